#pragma once

#include <QByteArrayView>

#include <optional>

namespace clearsight {

// Fast readers for field text as it comes from a CSV file (UTF-8 bytes).

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
