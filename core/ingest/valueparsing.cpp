#include "valueparsing.h"

#include <charconv>
#include <cstring>

namespace clearsight
{

QByteArrayView formatNumber(double value, std::string &out)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.assign(buffer, result.ptr);
    return QByteArrayView(out.data(), qsizetype(out.size()));
}

QByteArrayView trimmedField(QByteArrayView text)
{
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        --e;
    return text.sliced(b, e - b);
}

std::optional<double> parseNumber(QByteArrayView text, bool decimalComma, bool *empty)
{
    const QByteArrayView t = trimmedField(text);
    if (empty)
        *empty = t.isEmpty();
    if (t.isEmpty())
        return std::nullopt;
    const char *first = t.data();
    const char *last = t.data() + t.size();
    if (*first == '+')
        ++first;
    if (!decimalComma) {
        double value = 0;
        const auto [ptr, ec] = std::from_chars(first, last, value);
        if (ec == std::errc() && ptr == last)
            return value;
        return std::nullopt;
    }
    // Decimal comma: drop '.' and space thousands separators, turn ',' into '.'.
    char buffer[64];
    qsizetype n = 0;
    for (const char *p = first; p < last; ++p) {
        if (*p == '.' || *p == ' ')
            continue;
        if (n >= qsizetype(sizeof buffer))
            return std::nullopt;
        buffer[n++] = *p == ',' ? '.' : *p;
    }
    double value = 0;
    const auto [ptr, ec] = std::from_chars(buffer, buffer + n, value);
    if (ec == std::errc() && ptr == buffer + n && n > 0)
        return value;
    return std::nullopt;
}

int daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil algorithm (public domain description of the
    // proleptic Gregorian calendar arithmetic).
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int(doe) - 719468;
}

void formatIsoDate(int days, char *out)
{
    days += 719468;
    const int era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int year = int(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    year += month <= 2;
    out[0] = char('0' + (year / 1000) % 10);
    out[1] = char('0' + (year / 100) % 10);
    out[2] = char('0' + (year / 10) % 10);
    out[3] = char('0' + year % 10);
    out[4] = '-';
    out[5] = char('0' + month / 10);
    out[6] = char('0' + month % 10);
    out[7] = '-';
    out[8] = char('0' + day / 10);
    out[9] = char('0' + day % 10);
}

namespace
{
bool readDigits(const char *p, int count, int &value)
{
    value = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        value = value * 10 + (p[i] - '0');
    }
    return true;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}
} // namespace

std::optional<int> parseIsoDate(QByteArrayView text)
{
    const QByteArrayView t = trimmedField(text);
    int year = 0;
    int month = 0;
    int day = 0;
    const char *p = t.data();
    if (t.size() >= 10 && (p[4] == '-' || p[4] == '/') && p[7] == p[4]) {
        // Accept a time part after the date ("2025-03-01 00:00:00", "2025-03-01T10:00").
        if (t.size() > 10 && p[10] != ' ' && p[10] != 'T')
            return std::nullopt;
        if (!readDigits(p, 4, year) || !readDigits(p + 5, 2, month) || !readDigits(p + 8, 2, day))
            return std::nullopt;
    } else if (t.size() == 8) {
        if (!readDigits(p, 4, year) || !readDigits(p + 4, 2, month) || !readDigits(p + 6, 2, day))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    return daysFromCivil(year, month, day);
}

} // namespace clearsight

namespace clearsight
{

namespace
{

int twoDigitYear(int yy)
{
    return yy >= 70 ? 1900 + yy : 2000 + yy;
}

std::optional<int> makeDate(int year, int month, int day)
{
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    return daysFromCivil(year, month, day);
}

// Splits "a<sep>b<sep>c" where sep is one of / . - or space; false if not three numeric parts.
bool splitThree(QByteArrayView t, int (&parts)[3], int (&widths)[3])
{
    int index = 0;
    int value = 0;
    int width = 0;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        const char c = i < t.size() ? t[i] : '\0';
        if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            if (++width > 4)
                return false;
        } else if (c == '/' || c == '.' || c == '-' || c == ' ' || c == '\0') {
            if (width == 0 || index > 2)
                return false;
            parts[index] = value;
            widths[index] = width;
            ++index;
            value = 0;
            width = 0;
        } else {
            return false;
        }
    }
    return index == 3;
}

int monthFromName(QByteArrayView name)
{
    static constexpr const char *kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                              "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (name.first(3).compare(QByteArrayView(kMonths[m]), Qt::CaseInsensitive) == 0)
            return m + 1;
    }
    return 0;
}

std::optional<int> parseDayMonName(QByteArrayView t)
{
    // d-Mon-yy, dd-Mon-yyyy, "4 Apr 2014"
    qsizetype i = 0;
    int day = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9')
        day = day * 10 + (t[i++] - '0');
    if (i == 0 || i > 2 || i >= t.size() || (t[i] != '-' && t[i] != ' ' && t[i] != '/'))
        return std::nullopt;
    const qsizetype monthStart = ++i;
    while (i < t.size() && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z')))
        ++i;
    const int month = monthFromName(t.sliced(monthStart, i - monthStart));
    if (month == 0 || i >= t.size() || (t[i] != '-' && t[i] != ' ' && t[i] != '/'))
        return std::nullopt;
    ++i;
    const qsizetype yearStart = i;
    int year = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9')
        year = year * 10 + (t[i++] - '0');
    if (i != t.size())
        return std::nullopt;
    const qsizetype digits = i - yearStart;
    if (digits == 2)
        year = twoDigitYear(year);
    else if (digits != 4)
        return std::nullopt;
    return makeDate(year, month, day);
}

} // namespace

std::optional<int> parseDate(QByteArrayView text, DateLayout layout)
{
    const QByteArrayView t = trimmedField(text);
    if (t.isEmpty())
        return std::nullopt;
    switch (layout) {
    case DateLayout::Auto:
        for (DateLayout l : {DateLayout::Iso, DateLayout::DayMonNameYear, DateLayout::DayMonthYear,
                             DateLayout::YearMonth}) {
            if (const auto d = parseDate(t, l))
                return d;
        }
        return std::nullopt;
    case DateLayout::Iso:
        return parseIsoDate(t);
    case DateLayout::DayMonNameYear:
        return parseDayMonName(t);
    case DateLayout::DayMonthYear:
    case DateLayout::MonthDayYear:
    case DateLayout::YearMonthDayShort: {
        // Cut a time part ("14/03/2025 10:00").
        QByteArrayView d = t;
        if (const qsizetype space = d.indexOf(' '); space > 0 && d.indexOf(':') > space)
            d = d.first(space);
        int parts[3];
        int widths[3];
        if (!splitThree(d, parts, widths))
            return std::nullopt;
        if (layout == DateLayout::YearMonthDayShort) {
            if (widths[0] != 2)
                return std::nullopt;
            return makeDate(twoDigitYear(parts[0]), parts[1], parts[2]);
        }
        if (widths[2] != 2 && widths[2] != 4)
            return std::nullopt;
        const int year = widths[2] == 2 ? twoDigitYear(parts[2]) : parts[2];
        return layout == DateLayout::DayMonthYear ? makeDate(year, parts[1], parts[0])
                                                  : makeDate(year, parts[0], parts[1]);
    }
    case DateLayout::YearMonth: {
        int year = 0;
        int month = 0;
        const char *p = t.data();
        if (t.size() == 6 && readDigits(p, 4, year) && readDigits(p + 4, 2, month))
            return makeDate(year, month, 1);
        if (t.size() == 7 && (p[4] == '-' || p[4] == '/') && readDigits(p, 4, year) &&
            readDigits(p + 5, 2, month))
            return makeDate(year, month, 1);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

DateLayout detectDateLayout(const std::vector<QByteArray> &samples)
{
    for (DateLayout layout :
         {DateLayout::Iso, DateLayout::DayMonNameYear, DateLayout::DayMonthYear,
          DateLayout::MonthDayYear, DateLayout::YearMonthDayShort, DateLayout::YearMonth}) {
        bool all = true;
        bool any = false;
        for (const QByteArray &s : samples) {
            if (trimmedField(s).isEmpty())
                continue;
            any = true;
            if (!parseDate(s, layout)) {
                all = false;
                break;
            }
        }
        if (any && all)
            return layout;
    }
    return DateLayout::Iso;
}

bool detectDecimalComma(const std::vector<QByteArray> &samples)
{
    int comma = 0;
    int point = 0;
    for (const QByteArray &s : samples) {
        const qsizetype c = s.lastIndexOf(',');
        const qsizetype p = s.lastIndexOf('.');
        if (c >= 0 && c > p)
            ++comma;
        else if (p >= 0)
            ++point;
    }
    return comma > point;
}

} // namespace clearsight
