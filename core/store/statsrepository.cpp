#include "statsrepository.h"

#include "connection.h"
#include "summaryrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace clearsight
{

namespace
{
Error queryError(const Connection &connection, const QSqlQuery &query)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: statistics: %2")
                         .arg(connection.path(), query.lastError().text()));
}
} // namespace

Result<StoreStatistics> StatsRepository::statistics(Depth depth) const
{
    StoreStatistics s;
    QSqlQuery q(m_connection.database());
    if (depth == Depth::Quick) {
        const Result<SummaryResult> total =
            SummaryRepository(m_connection).summarize(SummaryDimension::Total, {});
        if (!total)
            return total.error();
        const SummaryFigures &f = total->rows.front().figures;
        s.items = f.items;
        s.declarations = f.declarations;
        s.customsValue = f.customsValue;
        s.dutyPaid = f.dutyPaid;
        s.revenueRecovered = f.revenueRecovered;
        s.inspected = f.inspected;
        s.illicit = f.illicit;
        if (!q.exec(QStringLiteral(
                "SELECT MIN(day), MAX(day), (SELECT COUNT(DISTINCT declaration_row) FROM "
                "findings) FROM summary_daily WHERE dim = '' AND value = ''")) ||
            !q.next())
            return queryError(m_connection, q);
        const auto isoDay = [](const QVariant &day) {
            const QString digits = day.toString();
            return digits.size() == 8 ? digits.left(4) + QLatin1Char('-') + digits.mid(4, 2) +
                                            QLatin1Char('-') + digits.right(2)
                                      : QString();
        };
        s.firstDate = isoDay(q.value(0));
        s.lastDate = isoDay(q.value(1));
        s.rowsWithFindings = q.value(2).toLongLong();
    } else if (!q.exec(QStringLiteral(
                   "SELECT COUNT(*), COUNT(DISTINCT declaration_id), MIN(date), MAX(date), "
                   "TOTAL(cif_value), TOTAL(invoice_value * exchange_rate), TOTAL(duty_paid), "
                   "TOTAL(revenue_recovered), TOTAL(inspected = 1), TOTAL(outcome = 'ILLICIT'), "
                   "TOTAL(findings <> 0) FROM declarations")) ||
               !q.next()) {
        return queryError(m_connection, q);
    } else {
        s.items = q.value(0).toLongLong();
        s.declarations = q.value(1).toLongLong();
        s.firstDate = q.value(2).toString();
        s.lastDate = q.value(3).toString();
        s.customsValue = q.value(4).toDouble();
        s.invoiceValueNational = q.value(5).toDouble();
        s.dutyPaid = q.value(6).toDouble();
        s.revenueRecovered = q.value(7).toDouble();
        s.inspected = qint64(q.value(8).toDouble());
        s.illicit = qint64(q.value(9).toDouble());
        s.rowsWithFindings = qint64(q.value(10).toDouble());
    }

    if (!q.exec(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM traders), "
                           "(SELECT COUNT(*) FROM declarants), (SELECT COUNT(*) FROM partners), "
                           "(SELECT COUNT(*) FROM rejects)")) ||
        !q.next())
        return queryError(m_connection, q);
    s.traders = q.value(0).toLongLong();
    s.declarants = q.value(1).toLongLong();
    s.partners = q.value(2).toLongLong();
    s.rejected = q.value(3).toLongLong();

    const Result<SummaryResult> flows =
        SummaryRepository(m_connection).summarize(SummaryDimension::Flow, {});
    if (!flows)
        return flows.error();
    for (const SummaryRow &flow : flows->rows)
        s.itemsByFlow[flow.key] = flow.figures.items;
    if (!q.exec(QStringLiteral("SELECT kind, COUNT(*) FROM findings GROUP BY kind")))
        return queryError(m_connection, q);
    while (q.next())
        s.findingsByKind[q.value(0).toString()] = q.value(1).toLongLong();
    return s;
}

Result<qint64> StatsRepository::storedItemCount() const
{
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral(
            "SELECT TOTAL(items) FROM import_batches WHERE finished_at IS NOT NULL")) ||
        !q.next())
        return queryError(m_connection, q);
    return qint64(q.value(0).toDouble());
}

Result<bool> StatsRepository::hasDeclarations() const
{
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM declarations)")) || !q.next())
        return queryError(m_connection, q);
    return q.value(0).toBool();
}

Result<bool> StatsRepository::hasBatchWithFileSize(qint64 size) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM import_batches WHERE file_size = ? AND "
                             "finished_at IS NOT NULL)"));
    q.addBindValue(size);
    if (!q.exec() || !q.next())
        return queryError(m_connection, q);
    return q.value(0).toBool();
}

} // namespace clearsight
