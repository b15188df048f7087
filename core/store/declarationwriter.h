#pragma once

#include "common/result.h"
#include "domain/canonicalschema.h"

#include <QByteArrayView>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace clearsight
{

class Connection;

// One canonical value ready to store. Text views must stay valid until insert() returns.
struct StoredValue {
    enum class Kind : quint8 { Null, Text, Integer, Real };
    Kind kind = Kind::Null;
    QByteArrayView text;
    qint64 integer = 0;
    double real = 0;

    static StoredValue fromText(QByteArrayView t) { return {Kind::Text, t, 0, 0}; }
    static StoredValue fromInteger(qint64 v) { return {Kind::Integer, {}, v, 0}; }
    static StoredValue fromReal(double v) { return {Kind::Real, {}, 0, v}; }
};

struct DeclarationRow {
    qint64 batchId = 0;
    qint64 sourceLine = 0;
    int findingsMask = 0;
    std::array<StoredValue, canonicalColumnCount> values;
    QByteArrayView extraJson; // source columns with no canonical home, as a JSON object
};

// The bulk write path of an import: prepared statements on the native SQLite handle, run
// inside the import's transaction (see ImportTransaction). Not thread-safe; one per import.
class DeclarationWriter
{
public:
    explicit DeclarationWriter(const Connection &connection);
    ~DeclarationWriter();
    DeclarationWriter(const DeclarationWriter &) = delete;
    DeclarationWriter &operator=(const DeclarationWriter &) = delete;

    Status prepare();
    // Stores one declaration item and returns its row id.
    Result<qint64> insert(const DeclarationRow &row);
    Status insertReject(qint64 batchId, qint64 sourceLine, QByteArrayView column,
                        QByteArrayView rawText, QByteArrayView reason);
    Status insertFinding(qint64 rowId, qint64 batchId, QByteArrayView kindKey,
                         QByteArrayView column, QByteArrayView detail);

private:
    Error sqliteError(const char *what) const;

    const Connection &m_connection;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insertRow = nullptr;
    sqlite3_stmt *m_insertReject = nullptr;
    sqlite3_stmt *m_insertFinding = nullptr;
};

// For the length of a bulk load: a larger page cache, and rollback-journal mode instead of WAL
// when the connection is the only one (restored on destruction).
class BulkLoadMode
{
public:
    explicit BulkLoadMode(const Connection &connection);
    ~BulkLoadMode();
    BulkLoadMode(const BulkLoadMode &) = delete;
    BulkLoadMode &operator=(const BulkLoadMode &) = delete;

private:
    const Connection &m_connection;
    bool m_leftWal = false;
};

// The single transaction of an import: all of it lands, or none. Rolls back on destruction
// unless committed.
class ImportTransaction
{
public:
    explicit ImportTransaction(const Connection &connection);
    ~ImportTransaction();
    ImportTransaction(const ImportTransaction &) = delete;
    ImportTransaction &operator=(const ImportTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    const Connection &m_connection;
    bool m_open = false;
};

} // namespace clearsight
