#include "csvtable.h"

#include "ingest/valueparsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>

namespace clearsight
{

namespace
{

bool isNumber(const QVariant &v)
{
    const int type = v.typeId();
    return type == QMetaType::Double || type == QMetaType::Float || type == QMetaType::LongLong ||
           type == QMetaType::Int || type == QMetaType::ULongLong || type == QMetaType::UInt;
}

QString field(const QVariant &v, bool neutralise)
{
    if (v.isNull() || !v.isValid())
        return {};
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
        return csvNumber(v.toDouble());
    if (isNumber(v))
        return QString::number(v.toLongLong());
    QString text = v.toString();
    if (neutralise && !text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QString csvNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    std::string text;
    return QString::fromLatin1(formatNumber(value, text));
}

QString CsvTable::toCsv(bool neutraliseFormulas) const
{
    QString out;
    QStringList line;
    for (const QString &name : m_header)
        line << field(name, false);
    out += line.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const auto &row : m_rows) {
        line.clear();
        for (const QVariant &v : row)
            line << field(v, neutraliseFormulas);
        out += line.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QString CsvTable::toJson() const
{
    QJsonArray array;
    for (const auto &row : m_rows) {
        QJsonObject o;
        for (int i = 0; i < m_header.size() && size_t(i) < row.size(); ++i) {
            const QVariant &v = row[size_t(i)];
            if (v.isNull() || !v.isValid())
                o.insert(m_header.at(i), QJsonValue::Null);
            else if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
                o.insert(m_header.at(i), v.toDouble());
            else if (isNumber(v))
                o.insert(m_header.at(i), v.toLongLong());
            else
                o.insert(m_header.at(i), v.toString());
        }
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson());
}

} // namespace clearsight
