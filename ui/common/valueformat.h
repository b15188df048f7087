#pragma once

#include <QLocale>
#include <QString>
#include <QVariant>

namespace clearsight::ui {

// How a raw value from a core model is shown. Models hand out raw values (doubles, ISO dates);
// views format them here, in the user's locale.
enum class ValueFormat {
    Text,    // as stored
    Integer, // plain digits, no group separator (item numbers, line numbers, flags)
    Money,   // two decimals, group separators
    Measure, // quantities and weights: up to three decimals, group separators
    Rate,    // exchange rates: up to six decimals
    Date,    // ISO text shown in the locale's short format with a four-digit year
};

// The display text of `value`; empty for a null value. A value that does not read as the
// expected type is shown as it is rather than hidden.
QString formatValue(const QVariant &value, ValueFormat format, const QLocale &locale = {});

// Numbers are right-aligned so that digits line up; text and dates are left-aligned.
Qt::Alignment valueAlignment(ValueFormat format);

// The locale's short date format, with a four-digit year ("dd/MM/yyyy", "M/d/yyyy"): two-digit
// years are ambiguous in data that can span decades.
QString shortDateFormat(const QLocale &locale = {});

// A number with at most `decimals` decimals, trailing zeros dropped ("1 250,5").
QString formatTrimmed(double value, int decimals, const QLocale &locale = {});

} // namespace clearsight::ui
