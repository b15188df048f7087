// Summaries computed straight from the declarations with GROUP BY: the exact answer for filter
// combinations the summary tables do not hold, and the reference the tests and the benchmark
// compare the summary tables with.

#include "summaryquery.h"

#include "connection.h"

namespace clearsight
{

using summaryquery::FigureQuery;

namespace
{

QString keyExpression(SummaryDimension dimension)
{
    switch (dimension) {
    case SummaryDimension::Total:
        return QStringLiteral("''");
    case SummaryDimension::Month:
    case SummaryDimension::Week:
    case SummaryDimension::Day:
        return QStringLiteral("d.date");
    case SummaryDimension::Trader:
        return QStringLiteral("COALESCE(d.trader_id, '')");
    case SummaryDimension::HsChapter:
        return QStringLiteral("COALESCE(substr(d.hs_code, 1, 2), '')");
    case SummaryDimension::Origin:
        return QStringLiteral("COALESCE(d.origin_country, '')");
    case SummaryDimension::Office:
        return QStringLiteral("COALESCE(d.office, '')");
    case SummaryDimension::Declarant:
        return QStringLiteral("COALESCE(d.declarant_id, '')");
    case SummaryDimension::Lane:
        return QStringLiteral("COALESCE(d.origin_country, '') || '>' || COALESCE(d.office, '') "
                              "|| '>' || COALESCE(d.transport_mode, '')");
    case SummaryDimension::Channel:
        return QStringLiteral("COALESCE(d.channel, '')");
    case SummaryDimension::Flow:
        return QStringLiteral("COALESCE(d.flow, '')");
    }
    return QStringLiteral("''");
}

void addCondition(QStringList &where, QVariantList &binds, const QString &value,
                  const QString &expression)
{
    if (value.isEmpty())
        return;
    where << expression + QStringLiteral(" = ?");
    binds << value;
}

} // namespace

Result<SummaryResult> SummaryRepository::summarizeFromDeclarations(SummaryDimension dimension,
                                                                   const SummaryFilter &filter,
                                                                   int limit) const
{
    QStringList where;
    FigureQuery query;
    if (!filter.from.isEmpty()) {
        where << QStringLiteral("d.date >= ?");
        query.binds << filter.from;
    }
    if (!filter.to.isEmpty()) {
        where << QStringLiteral("d.date <= ?");
        query.binds << filter.to;
    }
    for (const SummaryDimension d : summaryGroupDimensions()) {
        if (const QString *value = filter.field(d); value && d != SummaryDimension::Lane)
            addCondition(where, query.binds, *value, keyExpression(d));
    }
    if (!filter.lane.isEmpty()) {
        const LaneParts lane = laneParts(filter.lane);
        addCondition(where, query.binds, lane.origin, QStringLiteral("d.origin_country"));
        addCondition(where, query.binds, lane.office, QStringLiteral("d.office"));
        addCondition(where, query.binds, lane.mode, QStringLiteral("d.transport_mode"));
    }
    query.keyIsDay = dimension == SummaryDimension::Day || dimension == SummaryDimension::Week ||
                     dimension == SummaryDimension::Month;
    query.sql =
        QStringLiteral("SELECT ") + keyExpression(dimension) +
        QStringLiteral(" AS k, COUNT(*), COUNT(DISTINCT d.declaration_id), TOTAL(d.cif_value), "
                       "TOTAL(d.duty_paid), TOTAL(d.inspected = 1), TOTAL(d.outcome = 'ILLICIT'), "
                       "TOTAL(d.revenue_recovered), COUNT(f.declaration_row), TOTAL(f.at_stake)") +
        QStringLiteral(" FROM declarations d LEFT JOIN (SELECT declaration_row, "
                       "MAX(COALESCE(revenue_at_stake, 0)) AS at_stake FROM flags GROUP BY "
                       "declaration_row) f ON f.declaration_row = d.id") +
        (where.isEmpty() ? QString()
                         : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" GROUP BY k");
    return summaryquery::run(m_connection, dimension, query, limit, SummarySource::Declarations);
}

} // namespace clearsight
