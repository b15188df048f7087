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
const QString kColumns = QStringLiteral(
    "id, file_name, file_path, sha256, file_size, started_at, COALESCE(finished_at, ''), "
    "profile, mapping, records_read, records_stored, records_rejected, items, findings, "
    "COALESCE(first_row_id, 0), COALESCE(last_row_id, 0)");

ImportBatch readBatch(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.fileName = q.value(1).toString();
    b.filePath = q.value(2).toString();
    b.sha256 = q.value(3).toString();
    b.fileSize = q.value(4).toLongLong();
    b.startedAt = q.value(5).toString();
    b.finishedAt = q.value(6).toString();
    b.profile = q.value(7).toString();
    b.mapping = q.value(8).toString();
    b.read = q.value(9).toLongLong();
    b.stored = q.value(10).toLongLong();
    b.rejected = q.value(11).toLongLong();
    b.items = q.value(12).toLongLong();
    b.findings = q.value(13).toLongLong();
    b.firstRowId = q.value(14).toLongLong();
    b.lastRowId = q.value(15).toLongLong();
    return b;
}

Error queryError(const Connection &connection, const QSqlQuery &query)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: import batches: %2")
                         .arg(connection.path(), query.lastError().text()));
}

Result<std::vector<ImportBatch>> runQuery(const Connection &connection, QSqlQuery &query)
{
    if (!query.exec())
        return queryError(connection, query);
    std::vector<ImportBatch> batches;
    while (query.next())
        batches.push_back(readBatch(query));
    return batches;
}
} // namespace

Result<qint64> BatchRepository::create(const ImportBatch &b) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral(
        "INSERT INTO import_batches(file_name, file_path, sha256, file_size, started_at, "
        "profile, mapping) VALUES(?, ?, COALESCE(?, ''), ?, ?, ?, ?)"));
    q.addBindValue(b.fileName);
    q.addBindValue(b.filePath);
    q.addBindValue(b.sha256);
    q.addBindValue(b.fileSize);
    q.addBindValue(b.startedAt);
    q.addBindValue(b.profile);
    q.addBindValue(b.mapping);
    if (!q.exec())
        return queryError(m_connection, q);
    return q.lastInsertId().toLongLong();
}

Status BatchRepository::finish(const ImportBatch &b) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral(
        "UPDATE import_batches SET sha256 = ?, finished_at = ?, records_read = ?, "
        "records_stored = ?, records_rejected = ?, items = ?, findings = ?, first_row_id = ?, "
        "last_row_id = ? WHERE id = ?"));
    q.addBindValue(b.sha256);
    q.addBindValue(b.finishedAt);
    q.addBindValue(b.read);
    q.addBindValue(b.stored);
    q.addBindValue(b.rejected);
    q.addBindValue(b.items);
    q.addBindValue(b.findings);
    q.addBindValue(b.firstRowId > 0 ? QVariant(b.firstRowId) : QVariant());
    q.addBindValue(b.lastRowId > 0 ? QVariant(b.lastRowId) : QVariant());
    q.addBindValue(b.id);
    if (!q.exec())
        return queryError(m_connection, q);
    return Done{};
}

Result<std::vector<ImportBatch>> BatchRepository::all() const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM import_batches ORDER BY id"));
    return runQuery(m_connection, q);
}

Result<std::optional<ImportBatch>> BatchRepository::byId(qint64 id) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM import_batches WHERE id = ?"));
    q.addBindValue(id);
    const auto batches = runQuery(m_connection, q);
    if (!batches)
        return batches.error();
    if (batches->empty())
        return std::optional<ImportBatch>();
    return std::optional<ImportBatch>(batches->front());
}

Result<std::optional<ImportBatch>> BatchRepository::bySha256(const QString &sha256) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM import_batches WHERE sha256 = ? AND finished_at IS NOT NULL "
                             "ORDER BY id LIMIT 1"));
    q.addBindValue(sha256);
    const auto batches = runQuery(m_connection, q);
    if (!batches)
        return batches.error();
    if (batches->empty())
        return std::optional<ImportBatch>();
    return std::optional<ImportBatch>(batches->front());
}

} // namespace clearsight
