#pragma once

#include <QLocale>
#include <QString>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace clearsight::ui
{

// Large figures on an axis or a tile: divided into thousands, millions or billions so that
// labels stay short ("12.5 M" rather than "12,503,118.40").
struct ValueScale {
    double divisor = 1;
    QString suffix; // "k", "M", "bn" in the user's language; empty for plain numbers

    // The scale that keeps `maximum` (absolute) under a thousand units.
    static ValueScale forMaximum(double maximum);

    // `value` divided by the scale, with at most `decimals` decimals and the suffix.
    QString format(double value, int decimals = 1, const QLocale &locale = {}) const;
    // The scale with a unit: "M EUR", "EUR", "M"; empty for plain numbers without a unit.
    QString unit(const QString &unit) const;
    // An axis title with the unit: "Customs value (M EUR)", or "Customs value (EUR)".
    QString title(const QString &measure, const QString &unit) const;

    // An amount on a tile or in a tooltip: scaled to its own size, two decimals at most, then
    // the currency when there is one ("12.5 M EUR").
    static QString money(double value, const QString &currency, const QLocale &locale = {});
};

// Gives `axis` the range 0 to a round number at or above `maximum`, in at most `intervals`
// round steps (1, 2, 2.5 or 5 times a power of ten), and labels with the decimals the steps
// need. Few intervals keep the labels of a short chart from being shortened to "...".
void setRoundRange(QValueAxis *axis, double maximum, int intervals);

// The category (column, bar, period) centred nearest to `position` on a category axis whose
// categories sit at 0, 1, ... count - 1; -1 outside them.
int categoryIndexAt(double position, int count);

} // namespace clearsight::ui
