#include "summaryquery.h"

#include "connection.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace clearsight::summaryquery
{

const char *const figureSums =
    "SUM(items), SUM(declarations), SUM(customs_value), SUM(duty_paid), SUM(inspected), "
    "SUM(illicit), SUM(revenue_recovered), SUM(flagged), SUM(revenue_at_stake)";

bool isTimeDimension(SummaryDimension dimension)
{
    return dimension == SummaryDimension::Total || dimension == SummaryDimension::Month ||
           dimension == SummaryDimension::Week || dimension == SummaryDimension::Day;
}

QString rankingClause(SummaryDimension dimension, int limit)
{
    if (isTimeDimension(dimension))
        return {};
    QString clause = QStringLiteral(" ORDER BY 4 DESC, 1");
    if (limit > 0)
        clause += QStringLiteral(" LIMIT %1").arg(limit);
    return clause;
}

namespace
{

QDate dateOfKey(const QVariant &key)
{
    if (key.typeId() == QMetaType::QString)
        return QDate::fromString(key.toString(), Qt::ISODate);
    const qint64 digits = key.toLongLong();
    return QDate(int(digits / 10000), int(digits / 100 % 100), int(digits % 100));
}

QString timeKey(SummaryDimension dimension, const QDate &date)
{
    switch (dimension) {
    case SummaryDimension::Day:
        return date.toString(Qt::ISODate);
    case SummaryDimension::Week: {
        int year = 0;
        const int week = date.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case SummaryDimension::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    default:
        return QStringLiteral("total");
    }
}

SummaryFigures figuresAt(const QSqlQuery &q, int first)
{
    SummaryFigures f;
    f.items = q.value(first).toLongLong();
    f.declarations = q.value(first + 1).toLongLong();
    f.customsValue = q.value(first + 2).toDouble();
    f.dutyPaid = q.value(first + 3).toDouble();
    f.inspected = q.value(first + 4).toLongLong();
    f.illicit = q.value(first + 5).toLongLong();
    f.revenueRecovered = q.value(first + 6).toDouble();
    f.flagged = q.value(first + 7).toLongLong();
    f.revenueAtStake = q.value(first + 8).toDouble();
    return f;
}

Status addLabels(const Connection &connection, SummaryResult &result)
{
    if (result.dimension == SummaryDimension::Lane) {
        for (SummaryRow &row : result.rows) {
            const LaneParts lane = laneParts(row.key);
            row.label = QStringLiteral("%1 → %2 (%3)").arg(lane.origin, lane.office, lane.mode);
        }
        return Done{};
    }
    for (SummaryRow &row : result.rows)
        row.label = row.key;
    if (result.dimension != SummaryDimension::Trader || result.rows.empty())
        return Done{};
    std::map<QString, SummaryRow *> byId;
    QStringList placeholders;
    for (SummaryRow &row : result.rows) {
        byId[row.key] = &row;
        placeholders << QStringLiteral("?");
    }
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT trader_id, trader_name FROM traders WHERE trader_id IN (") +
              placeholders.join(QLatin1Char(',')) + QLatin1Char(')'));
    for (const auto &[id, row] : byId)
        q.addBindValue(id);
    if (!q.exec())
        return makeError(Error::Code::Database,
                         QCoreApplication::translate("Store", "%1: reading trader names: %2")
                             .arg(connection.path(), q.lastError().text()));
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (!name.isEmpty())
            byId[q.value(0).toString()]->label = name;
    }
    return Done{};
}

} // namespace

Result<SummaryResult> run(const Connection &connection, SummaryDimension dimension,
                          const FigureQuery &query, int limit, SummarySource source)
{
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (!q.prepare(query.sql))
        return makeError(Error::Code::Database,
                         QCoreApplication::translate("Store", "%1: preparing a summary: %2")
                             .arg(connection.path(), q.lastError().text()));
    for (const QVariant &value : query.binds) {
        // A null QString would bind as SQL NULL; the tables store "" for a missing key.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        q.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!q.exec())
        return makeError(Error::Code::Database,
                         QCoreApplication::translate("Store", "%1: reading a summary: %2")
                             .arg(connection.path(), q.lastError().text()));
    SummaryResult result;
    result.dimension = dimension;
    result.source = source;
    if (query.keyIsDay || query.keyIsMonth || dimension == SummaryDimension::Total) {
        std::map<QString, SummaryFigures> buckets;
        while (q.next()) {
            QDate date;
            if (query.keyIsMonth) {
                const qint64 month = q.value(0).toLongLong();
                date = QDate(int(month / 100), int(month % 100), 1);
            } else if (query.keyIsDay) {
                date = dateOfKey(q.value(0));
            }
            buckets[timeKey(dimension, date)].add(figuresAt(q, 1));
        }
        if (dimension == SummaryDimension::Total && buckets.empty())
            buckets[QStringLiteral("total")] = {};
        for (auto &[key, figures] : buckets)
            result.rows.push_back({key, key, figures});
        result.totalGroups = qint64(result.rows.size());
    } else {
        while (q.next()) {
            result.rows.push_back({q.value(0).toString(), {}, figuresAt(q, 1)});
            if (query.withTotalGroups)
                result.totalGroups = q.value(10).toLongLong();
        }
        if (!query.withTotalGroups)
            result.totalGroups = qint64(result.rows.size());
        if (limit > 0 && qint64(result.rows.size()) > limit)
            result.rows.resize(size_t(limit));
    }
    if (Status s = addLabels(connection, result); !s)
        return s.error();
    return result;
}

} // namespace clearsight::summaryquery
