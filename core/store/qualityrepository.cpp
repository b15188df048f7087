#include "qualityrepository.h"

#include "batchrepository.h"
#include "connection.h"

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
                     QCoreApplication::translate("Store", "%1: data quality: %2")
                         .arg(connection.path(), query.lastError().text()));
}
} // namespace

Result<QualityReport> QualityRepository::report(qint64 batchId) const
{
    QualityReport report;
    report.batchId = batchId;
    QString rowRange;
    if (batchId > 0) {
        const auto batch = BatchRepository(m_connection).byId(batchId);
        if (!batch)
            return batch.error();
        if (!batch.value()) {
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("Store", "%1 has no import batch %2.")
                                 .arg(m_connection.path())
                                 .arg(batchId));
        }
        // A batch's rows are one id range: no index on batch_id is needed.
        rowRange = QStringLiteral(" WHERE id BETWEEN %1 AND %2")
                       .arg(batch.value()->firstRowId)
                       .arg(batch.value()->lastRowId);
    }

    // One scan: filled counts for every column, ranges for numeric ones.
    QStringList expressions{QStringLiteral("COUNT(*)"), QStringLiteral("TOTAL(findings <> 0)")};
    for (const ColumnInfo &info : canonicalColumns()) {
        const QString name = QString::fromLatin1(info.name);
        expressions << QStringLiteral("COUNT(%1)").arg(name);
        if (info.type == ValueType::Real)
            expressions << QStringLiteral("MIN(%1), MAX(%1), AVG(%1)").arg(name);
    }
    QSqlQuery q(m_connection.database());
    if (!q.exec(QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) +
                QStringLiteral(" FROM declarations") + rowRange) ||
        !q.next())
        return queryError(m_connection, q);
    report.rows = q.value(0).toLongLong();
    report.rowsWithFindings = qint64(q.value(1).toDouble());
    int index = 2;
    for (const ColumnInfo &info : canonicalColumns()) {
        ColumnQuality c;
        c.column = info.column;
        c.filled = q.value(index++).toLongLong();
        if (info.type == ValueType::Real) {
            const QVariant minimum = q.value(index++);
            const QVariant maximum = q.value(index++);
            const QVariant mean = q.value(index++);
            if (!minimum.isNull()) {
                c.minimum = minimum.toDouble();
                c.maximum = maximum.toDouble();
                c.mean = mean.toDouble();
            }
        }
        report.columns.push_back(c);
    }

    QSqlQuery f(m_connection.database());
    f.prepare(QStringLiteral("SELECT kind, COALESCE(column_name, ''), COUNT(*) FROM findings") +
              (batchId > 0 ? QStringLiteral(" WHERE batch_id = ?") : QString()) +
              QStringLiteral(" GROUP BY 1, 2 ORDER BY 3 DESC, 1"));
    if (batchId > 0)
        f.addBindValue(batchId);
    if (!f.exec())
        return queryError(m_connection, f);
    while (f.next())
        report.findings.push_back(
            {f.value(0).toString(), f.value(1).toString(), f.value(2).toLongLong()});

    QSqlQuery r(m_connection.database());
    r.prepare(
        QStringLiteral("SELECT COALESCE(column_name, ''), COUNT(*), MIN(reason) FROM rejects") +
        (batchId > 0 ? QStringLiteral(" WHERE batch_id = ?") : QString()) +
        QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC, 1"));
    if (batchId > 0)
        r.addBindValue(batchId);
    if (!r.exec())
        return queryError(m_connection, r);
    while (r.next()) {
        report.rejects.push_back(
            {r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toString()});
        report.rejected += report.rejects.back().records;
    }
    return report;
}

} // namespace clearsight
