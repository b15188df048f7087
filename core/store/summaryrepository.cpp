// Answers a summary from the summary tables when they hold the filter combination, else from
// the declarations. Which table serves what:
//   summary_general  month x flow, office, channel, chapter, origin, mode: time by month, the
//                    chapter/origin/office/lane/channel/flow charts, under any mix of those
//                    filters and a period of whole months;
//   summary_daily    day x one dimension: day and week series, and any exact period, under at
//                    most one filter (not trader);
//   summary_entity   per trader and per declarant, by month and for the whole period:
//                    rankings under a period and at most one other filter, and the charts of
//                    one trader or one declarant under a period of whole months.

#include "summaryrepository.h"

#include "connection.h"
#include "summarycells.h"
#include "summaryquery.h"

#include <QDate>
#include <QSqlQuery>

#include <set>

namespace clearsight
{

using summaryquery::FigureQuery;

namespace
{

struct Period {
    bool whole = true;       // no period, or one that covers every stored day
    bool wholeMonths = true; // starts on a 1st and ends on a month's last day
    qint64 fromDay = 0;      // YYYYMMDD
    qint64 toDay = 99991231;
    qint64 fromMonth = 1; // YYYYMM
    qint64 toMonth = 999912;
};

qint64 dayNumber(const QDate &date)
{
    return qint64(date.year()) * 10000 + date.month() * 100 + date.day();
}

Period periodOf(const Connection &connection, const SummaryFilter &filter)
{
    Period p;
    const QDate from = QDate::fromString(filter.from, Qt::ISODate);
    const QDate to = QDate::fromString(filter.to, Qt::ISODate);
    if (from.isValid()) {
        p.fromDay = dayNumber(from);
        p.fromMonth = p.fromDay / 100;
        p.wholeMonths = from.day() == 1;
    }
    if (to.isValid()) {
        p.toDay = dayNumber(to);
        p.toMonth = p.toDay / 100;
        p.wholeMonths = p.wholeMonths && to.day() == to.daysInMonth();
    }
    if (!from.isValid() && !to.isValid())
        return p;
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT MIN(day), MAX(day) FROM summary_daily WHERE dim = '' AND "
                              "value = ''")) &&
        q.next() && !q.value(0).isNull()) {
        p.whole = p.fromDay <= q.value(0).toLongLong() && p.toDay >= q.value(1).toLongLong();
    } else {
        p.whole = false;
    }
    if (p.whole)
        p.wholeMonths = true;
    return p;
}

using Dimensions = std::set<SummaryDimension>;
using D = SummaryDimension;

const Dimensions kGeneral{D::Flow, D::Office, D::Channel, D::HsChapter, D::Origin, D::Lane};
const Dimensions kDaily{D::Flow,   D::Office,    D::Channel, D::HsChapter,
                        D::Origin, D::Declarant, D::Lane};

bool within(const Dimensions &active, const Dimensions &allowed)
{
    for (const SummaryDimension d : active) {
        if (!allowed.contains(d))
            return false;
    }
    return true;
}

QString generalColumn(SummaryDimension dimension)
{
    switch (dimension) {
    case D::Flow:
        return QStringLiteral("flow");
    case D::Office:
        return QStringLiteral("office");
    case D::Channel:
        return QStringLiteral("channel");
    case D::HsChapter:
        return QStringLiteral("chapter");
    case D::Origin:
        return QStringLiteral("origin");
    case D::Lane:
        return QStringLiteral("origin || '>' || office || '>' || mode");
    default:
        return QStringLiteral("month");
    }
}

// "SELECT key AS k, items, ..." over the figure columns, with `declarationsColumn` in place of
// declarations. No GROUP BY: summaryquery::run adds up the rows of a key.
QString selectFigures(const QString &key, const char *declarationsColumn = "declarations")
{
    QString sql = QStringLiteral("SELECT ") + key + QStringLiteral(" AS k");
    for (const char *column : kSummaryFigureColumns) {
        const bool declarations = QLatin1StringView(column) == QLatin1StringView("declarations");
        sql += QStringLiteral(", %1").arg(
            QLatin1StringView(declarations ? declarationsColumn : column));
    }
    return sql;
}

// The declarations_* column that counts declarations right for a query grouping or filtering
// on these dimensions (see migration 5).
const char *generalDeclarationsColumn(SummaryDimension dimension, const Dimensions &active)
{
    Dimensions involved = active;
    involved.insert(dimension);
    int subset = 0;
    if (involved.contains(D::HsChapter))
        subset |= 1;
    if (involved.contains(D::Origin) || involved.contains(D::Lane))
        subset |= 2;
    if (involved.contains(D::Lane))
        subset |= 4;
    return kGeneralDeclarationColumns[size_t(subset)];
}

FigureQuery fromGeneral(SummaryDimension dimension, const SummaryFilter &filter,
                        const Dimensions &active, const Period &period)
{
    const bool ranked = !summaryquery::isTimeDimension(dimension);
    FigureQuery q;
    q.keyIsMonth = !ranked;
    QStringList where;
    if (!period.whole) {
        where << QStringLiteral("month BETWEEN ? AND ?");
        q.binds << period.fromMonth << period.toMonth;
    }
    for (const SummaryDimension d : active) {
        if (d == D::Lane) {
            const LaneParts lane = laneParts(filter.lane);
            where << QStringLiteral("origin = ? AND office = ? AND mode = ?");
            q.binds << lane.origin << lane.office << lane.mode;
        } else {
            where << generalColumn(d) + QStringLiteral(" = ?");
            q.binds << *filter.field(d);
        }
    }
    q.sql = selectFigures(ranked ? generalColumn(dimension) : QStringLiteral("month"),
                          generalDeclarationsColumn(dimension, active)) +
            QStringLiteral(" FROM summary_general") +
            (where.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    return q;
}

FigureQuery fromDaily(const SummaryFilter &filter, const Dimensions &active, const Period &period)
{
    FigureQuery q;
    q.keyIsDay = true;
    const SummaryDimension only = active.empty() ? D::Total : *active.begin();
    q.sql = selectFigures(QStringLiteral("day")) +
            QStringLiteral(" FROM summary_daily WHERE dim = ? AND value = ? AND day BETWEEN ? "
                           "AND ?");
    q.binds << (active.empty() ? QString() : summaryDimensionKey(only))
            << (active.empty() ? QString() : *filter.field(only)) << period.fromDay << period.toDay;
    return q;
}

// summary_entity rows of `kind`; `entity` and `value` empty = any. `groupBy` is "entity",
// "value" or "month".
FigureQuery fromEntity(SummaryDimension dimension, const QString &kind, const QString &dim,
                       const QString &value, const QString &entity, const QString &groupBy,
                       const Period &period)
{
    const bool ranked = !summaryquery::isTimeDimension(dimension);
    FigureQuery q;
    q.keyIsMonth = !ranked;
    QString where = QStringLiteral(" WHERE kind = ? AND dim = ?");
    q.binds << kind << dim;
    if (ranked && groupBy != QStringLiteral("value")) {
        where += QStringLiteral(" AND value = ?");
        q.binds << value;
    }
    if (!entity.isEmpty()) {
        where += QStringLiteral(" AND entity = ?");
        q.binds << entity;
    }
    if (period.whole && ranked) {
        where += QStringLiteral(" AND month = 0");
    } else {
        where += QStringLiteral(" AND month BETWEEN ? AND ?");
        q.binds << period.fromMonth << period.toMonth;
    }
    // One trader's or declarant's rows: without the hint SQLite walks the primary key over
    // every entity's rows (90 ms instead of 1 ms at 10 million items).
    const QString from =
        entity.isEmpty()
            ? QStringLiteral(" FROM summary_entity")
            : QStringLiteral(" FROM summary_entity INDEXED BY summary_entity_by_entity");
    q.sql = selectFigures(groupBy) + from + where;
    if (ranked && groupBy == QStringLiteral("entity") && entity.isEmpty()) {
        // Rankings over tens of thousands of traders: rank on two columns, then read the top
        // traders' rows through the entity index.
        q.rankSql = QStringLiteral("SELECT entity, customs_value") + from + where;
        q.topSql = selectFigures(groupBy) +
                   QStringLiteral(" FROM summary_entity INDEXED BY summary_entity_by_entity") +
                   where + QStringLiteral(" AND entity IN (%1)");
    }
    return q;
}

QString entityDim(SummaryDimension dimension)
{
    return summaryDimensionKey(dimension);
}

std::optional<FigureQuery> plan(SummaryDimension dimension, const SummaryFilter &filter,
                                const Dimensions &active, const Period &period)
{
    const bool months = period.whole || period.wholeMonths;
    const bool one = active.size() == 1;
    const SummaryDimension only = one ? *active.begin() : D::Total;
    const QString onlyValue = one ? *filter.field(only) : QString();
    const QString trader = QStringLiteral("trader");
    const QString declarant = QStringLiteral("declarant");
    switch (dimension) {
    case D::Total:
    case D::Month:
        if (months && within(active, kGeneral))
            return fromGeneral(dimension, filter, active, period);
        if (months && one && (only == D::Trader || only == D::Declarant))
            return fromEntity(dimension, entityDim(only), {}, {}, onlyValue,
                              QStringLiteral("month"), period);
        [[fallthrough]];
    case D::Week:
    case D::Day:
        if (active.size() <= 1 && within(active, kDaily))
            return fromDaily(filter, active, period);
        return std::nullopt;
    case D::Trader:
        if (!months)
            return std::nullopt;
        if (active.empty())
            return fromEntity(dimension, trader, {}, {}, {}, QStringLiteral("entity"), period);
        if (one && only == D::Trader)
            return fromEntity(dimension, trader, {}, {}, onlyValue, QStringLiteral("entity"),
                              period);
        if (one)
            return fromEntity(dimension, trader, entityDim(only), onlyValue, {},
                              QStringLiteral("entity"), period);
        return std::nullopt;
    case D::Declarant:
        if (!months)
            return std::nullopt;
        if (active.empty() || (one && only == D::Declarant))
            return fromEntity(dimension, declarant, {}, {}, onlyValue, QStringLiteral("entity"),
                              period);
        if (one && only == D::Trader)
            return fromEntity(dimension, trader, declarant, {}, onlyValue, QStringLiteral("value"),
                              period);
        if (one && kGeneral.contains(only))
            return fromEntity(dimension, declarant, entityDim(only), onlyValue, {},
                              QStringLiteral("entity"), period);
        return std::nullopt;
    default: // chapter, origin, office, lane, channel, flow
        if (!months)
            return std::nullopt;
        if (within(active, kGeneral))
            return fromGeneral(dimension, filter, active, period);
        if (one && only == D::Trader)
            return fromEntity(dimension, trader, entityDim(dimension), {}, onlyValue,
                              QStringLiteral("value"), period);
        if (one && only == D::Declarant)
            return fromEntity(dimension, declarant, entityDim(dimension), {}, onlyValue,
                              QStringLiteral("value"), period);
        return std::nullopt;
    }
}

} // namespace

Result<SummaryResult> SummaryRepository::summarize(SummaryDimension dimension,
                                                   const SummaryFilter &filter, int limit) const
{
    Dimensions active;
    for (const SummaryDimension d : summaryGroupDimensions()) {
        if (const QString *value = filter.field(d); value && !value->isEmpty())
            active.insert(d);
    }
    const Period period = periodOf(m_connection, filter);
    if (const std::optional<FigureQuery> query = plan(dimension, filter, active, period))
        return summaryquery::run(m_connection, dimension, *query, limit,
                                 SummarySource::SummaryTables);
    return summarizeFromDeclarations(dimension, filter, limit);
}

} // namespace clearsight
