#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace clearsight
{

// One SQLite connection to a workspace file, owned by the thread that opened it.
// Opening names a fresh QSqlDatabase connection; destruction closes and removes it.
// Move-only. Not thread-safe: use it only in the thread that created it.
class Connection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens an existing database file (never creates one) and applies the per-connection
    // settings (busy timeout, foreign keys, cache).
    static Result<Connection> open(const QString &path, Mode mode = Mode::ReadWrite);

    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();

    QSqlDatabase database() const;
    // The native handle behind the Qt connection, for bulk paths. Read when the connection
    // opened, so that a thread the connection is lent to (the import's writer) may use it.
    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }

    // Runs one statement without results; the error names the statement's purpose.
    Status exec(const QString &sql) const;

private:
    Connection() = default;
    void close();

    QString m_name;
    QString m_path;
    sqlite3 *m_handle = nullptr;
};

} // namespace clearsight
