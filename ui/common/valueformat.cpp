#include "valueformat.h"

#include <QDate>

namespace clearsight::ui {

QString formatTrimmed(double value, int decimals, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    const qsizetype pointAt = text.lastIndexOf(point);
    if (pointAt < 0)
        return text;
    qsizetype end = text.size();
    while (end > pointAt + point.size() && text.at(end - 1) == locale.zeroDigit().at(0))
        --end;
    if (end == pointAt + point.size())
        end = pointAt;
    text.truncate(end);
    return text;
}

QString shortDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1StringView("yyyy")))
        format.replace(QLatin1StringView("yy"), QLatin1StringView("yyyy"));
    return format;
}

QString formatValue(const QVariant &value, ValueFormat format, const QLocale &locale)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (format) {
    case ValueFormat::Text:
        return value.toString();
    case ValueFormat::Date: {
        const QString text = value.toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? locale.toString(date, shortDateFormat(locale)) : text;
    }
    case ValueFormat::Integer: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        return ok ? QString::number(number) : value.toString();
    }
    case ValueFormat::Money:
    case ValueFormat::Measure:
    case ValueFormat::Rate: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return value.toString();
        if (format == ValueFormat::Money)
            return locale.toString(number, 'f', 2);
        return formatTrimmed(number, format == ValueFormat::Measure ? 3 : 6, locale);
    }
    }
    return value.toString();
}

Qt::Alignment valueAlignment(ValueFormat format)
{
    switch (format) {
    case ValueFormat::Integer:
    case ValueFormat::Money:
    case ValueFormat::Measure:
    case ValueFormat::Rate:
        return Qt::AlignRight | Qt::AlignVCenter;
    case ValueFormat::Text:
    case ValueFormat::Date:
        break;
    }
    return Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace clearsight::ui
