#include "declarationdetails.h"

#include "connection.h"
#include "domain/canonicalschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace clearsight
{

namespace
{
Error queryError(const Connection &connection, const QSqlQuery &query)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: reading a declaration: %2")
                         .arg(connection.path(), query.lastError().text()));
}
} // namespace

Result<DeclarationDetails> declarationDetails(const Connection &connection, qint64 rowId)
{
    QStringList columns;
    for (const ColumnInfo &info : canonicalColumns())
        columns << QString::fromLatin1(info.name);
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
              QStringLiteral(
                  ", COALESCE(extra, ''), source_line, batch_id FROM declarations WHERE id = ?"));
    q.addBindValue(rowId);
    if (!q.exec())
        return queryError(connection, q);
    if (!q.next()) {
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("Store", "%1 has no declaration row %2.")
                             .arg(connection.path())
                             .arg(rowId));
    }
    DeclarationDetails d;
    d.rowId = rowId;
    for (int i = 0; i < canonicalColumnCount; ++i)
        d.values.push_back(q.value(i));
    d.extraJson = q.value(canonicalColumnCount).toString();
    d.sourceLine = q.value(canonicalColumnCount + 1).toLongLong();
    const qint64 batchId = q.value(canonicalColumnCount + 2).toLongLong();
    const auto batch = BatchRepository(connection).byId(batchId);
    if (!batch)
        return batch.error();
    if (batch.value())
        d.batch = *batch.value();

    QSqlQuery f(connection.database());
    f.prepare(QStringLiteral("SELECT kind, COALESCE(column_name, ''), COALESCE(detail, '') FROM "
                             "findings WHERE declaration_row = ? ORDER BY id"));
    f.addBindValue(rowId);
    if (!f.exec())
        return queryError(connection, f);
    while (f.next())
        d.findings.push_back({f.value(0).toString(), f.value(1).toString(), f.value(2).toString()});
    return d;
}

} // namespace clearsight
