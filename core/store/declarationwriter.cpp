#include "declarationwriter.h"

#include "connection.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace clearsight
{

namespace
{
QByteArray insertRowSql()
{
    QByteArray columns = "batch_id, source_line, findings, extra";
    QByteArray params = "?, ?, ?, ?";
    for (const ColumnInfo &info : canonicalColumns()) {
        columns += ", ";
        columns += info.name;
        params += ", ?";
    }
    return "INSERT INTO declarations(" + columns + ") VALUES(" + params + ")";
}

int bindView(sqlite3_stmt *stmt, int index, QByteArrayView text)
{
    return sqlite3_bind_text(stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
}

Error execError(sqlite3 *db, const QString &path, const char *what)
{
    return makeError(
        Error::Code::Database,
        QCoreApplication::translate("Store", "%1: %2 failed: %3")
            .arg(path, QLatin1StringView(what), QString::fromUtf8(sqlite3_errmsg(db))));
}
} // namespace

DeclarationWriter::DeclarationWriter(const Connection &connection)
    : m_connection(connection), m_db(connection.handle())
{
}

DeclarationWriter::~DeclarationWriter()
{
    sqlite3_finalize(m_insertRow);
    sqlite3_finalize(m_insertReject);
    sqlite3_finalize(m_insertFinding);
}

Error DeclarationWriter::sqliteError(const char *what) const
{
    return execError(m_db, m_connection.path(), what);
}

Status DeclarationWriter::prepare()
{
    if (!m_db) {
        return makeError(Error::Code::Database,
                         QCoreApplication::translate("Store", "The SQLite driver gave no handle."));
    }
    const QByteArray rowSql = insertRowSql();
    if (sqlite3_prepare_v3(m_db, rowSql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_insertRow,
                           nullptr) != SQLITE_OK)
        return sqliteError("preparing the declaration insert");
    if (sqlite3_prepare_v3(m_db,
                           "INSERT INTO rejects(batch_id, source_line, column_name, raw_text, "
                           "reason) VALUES(?, ?, ?, ?, ?)",
                           -1, SQLITE_PREPARE_PERSISTENT, &m_insertReject, nullptr) != SQLITE_OK)
        return sqliteError("preparing the reject insert");
    if (sqlite3_prepare_v3(m_db,
                           "INSERT INTO findings(declaration_row, batch_id, kind, column_name, "
                           "detail) VALUES(?, ?, ?, ?, ?)",
                           -1, SQLITE_PREPARE_PERSISTENT, &m_insertFinding, nullptr) != SQLITE_OK)
        return sqliteError("preparing the finding insert");
    return Done{};
}

Result<qint64> DeclarationWriter::insert(const DeclarationRow &row)
{
    sqlite3_stmt *s = m_insertRow;
    sqlite3_bind_int64(s, 1, row.batchId);
    sqlite3_bind_int64(s, 2, row.sourceLine);
    sqlite3_bind_int(s, 3, row.findingsMask);
    if (row.extraJson.isEmpty())
        sqlite3_bind_null(s, 4);
    else
        bindView(s, 4, row.extraJson);
    int index = 5;
    for (const StoredValue &value : row.values) {
        switch (value.kind) {
        case StoredValue::Kind::Null:
            sqlite3_bind_null(s, index);
            break;
        case StoredValue::Kind::Text:
            bindView(s, index, value.text);
            break;
        case StoredValue::Kind::Integer:
            sqlite3_bind_int64(s, index, value.integer);
            break;
        case StoredValue::Kind::Real:
            sqlite3_bind_double(s, index, value.real);
            break;
        }
        ++index;
    }
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return sqliteError("storing a declaration item");
    return qint64(sqlite3_last_insert_rowid(m_db));
}

Status DeclarationWriter::insertReject(qint64 batchId, qint64 sourceLine, QByteArrayView column,
                                       QByteArrayView rawText, QByteArrayView reason)
{
    sqlite3_stmt *s = m_insertReject;
    sqlite3_bind_int64(s, 1, batchId);
    sqlite3_bind_int64(s, 2, sourceLine);
    if (column.isEmpty())
        sqlite3_bind_null(s, 3);
    else
        bindView(s, 3, column);
    bindView(s, 4, rawText.isNull() ? QByteArrayView("") : rawText);
    bindView(s, 5, reason);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return sqliteError("storing a rejected record");
    return Done{};
}

Status DeclarationWriter::insertFinding(qint64 rowId, qint64 batchId, QByteArrayView kindKey,
                                        QByteArrayView column, QByteArrayView detail)
{
    sqlite3_stmt *s = m_insertFinding;
    sqlite3_bind_int64(s, 1, rowId);
    sqlite3_bind_int64(s, 2, batchId);
    bindView(s, 3, kindKey);
    if (column.isEmpty())
        sqlite3_bind_null(s, 4);
    else
        bindView(s, 4, column);
    if (detail.isEmpty())
        sqlite3_bind_null(s, 5);
    else
        bindView(s, 5, detail);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return sqliteError("storing a data-quality finding");
    return Done{};
}

BulkLoadMode::BulkLoadMode(const Connection &connection) : m_connection(connection)
{
    sqlite3 *db = connection.handle();
    // The page cache also bounds the sorter that builds the indexes: 128 MB keeps the peak
    // memory of an import flat whatever the file size.
    sqlite3_exec(db, "PRAGMA cache_size=-131072", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA mmap_size=0", nullptr, nullptr, nullptr);
    // Fails (and stays in WAL) while another connection has the file open.
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode=DELETE", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        const auto *mode = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        m_leftWal = mode && qstricmp(mode, "delete") == 0;
    }
    sqlite3_finalize(stmt);
}

BulkLoadMode::~BulkLoadMode()
{
    sqlite3 *db = m_connection.handle();
    if (m_leftWal)
        sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);
}

ImportTransaction::ImportTransaction(const Connection &connection) : m_connection(connection) {}

ImportTransaction::~ImportTransaction()
{
    rollback();
}

Status ImportTransaction::begin()
{
    sqlite3 *db = m_connection.handle();
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return execError(db, m_connection.path(), "starting the import transaction");
    m_open = true;
    return Done{};
}

Status ImportTransaction::commit()
{
    sqlite3 *db = m_connection.handle();
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error error = execError(db, m_connection.path(), "committing the import");
        rollback();
        return error;
    }
    m_open = false;
    return Done{};
}

void ImportTransaction::rollback()
{
    if (!m_open)
        return;
    sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    m_open = false;
}

} // namespace clearsight
