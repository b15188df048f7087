#pragma once

#include <QByteArrayView>

#include <optional>
#include <string>
#include <vector>

#include <QByteArray>

namespace clearsight
{

// Fast readers for field text as it comes from a CSV file (UTF-8 bytes).

// A number as text in its shortest round-trip form with '.' as decimal mark ("1234.5"),
// written into `out`; the view points into it.
QByteArrayView formatNumber(double value, std::string &out);

// Leading and trailing spaces and tabs removed.
QByteArrayView trimmedField(QByteArrayView text);

// A decimal number such as "1234.5", " -0.25 ", "1e3". With decimalComma, "1.234,5" and
// "1234,5" read as 1234.5. Empty text gives nullopt with `empty` set; unreadable text gives
// nullopt with `empty` clear.
std::optional<double> parseNumber(QByteArrayView text, bool decimalComma = false,
                                  bool *empty = nullptr);

// A calendar date as days since 1970-01-01, from ISO "YYYY-MM-DD" (also "YYYY/MM/DD" and
// "YYYYMMDD"). nullopt when the text is not a valid date.
std::optional<int> parseIsoDate(QByteArrayView text);

// Writes the ISO form of days since 1970-01-01 into out (10 bytes, no terminator).
void formatIsoDate(int days, char *out);

// Days since 1970-01-01 of a valid proleptic Gregorian date.
int daysFromCivil(int year, int month, int day);

} // namespace clearsight

namespace clearsight
{

// Date layouts met in declaration files. Auto tries ISO, then the others in this order.
enum class DateLayout {
    Auto,
    Iso,               // 2025-03-14, 2025/03/14, 20250314, 2025-03-14T00:00:00Z
    DayMonthYear,      // 14/03/2025, 14.03.2025, 14-03-2025 (two-digit years: 19xx from 70)
    MonthDayYear,      // 03/14/2025
    DayMonNameYear,    // 14-Mar-2025, 14-Aug-14, 4 Apr 2014
    YearMonth,         // 202503 or 2025-03: the first day of the month
    YearMonthDayShort, // 25-03-14 (yy-mm-dd)
};

// Days since 1970-01-01 of a date in the given layout; nullopt when unreadable.
std::optional<int> parseDate(QByteArrayView text, DateLayout layout);

// The first layout that reads every non-empty sample, Iso when none is given.
DateLayout detectDateLayout(const std::vector<QByteArray> &samples);

// True when numbers in these samples use a decimal comma ("1234,5", "1.234,56").
bool detectDecimalComma(const std::vector<QByteArray> &samples);

} // namespace clearsight
