#include "connection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace clearsight
{

namespace
{
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("clearsight-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Result<Connection> Connection::open(const QString &path, Mode mode)
{
    if (!QFileInfo::exists(path)) {
        return makeError(Error::Code::FileNotFound,
                         QCoreApplication::translate("Store", "%1: no such file.").arg(path));
    }
    Connection connection;
    connection.m_name = nextConnectionName();
    connection.m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.m_name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        return makeError(
            Error::Code::FileUnreadable,
            QCoreApplication::translate("Store", "%1: cannot open: %2").arg(path, reason));
    }
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection.m_handle = *static_cast<sqlite3 *const *>(handle.data());
    // Per-connection settings; journal_mode=WAL is persistent and set when the file is created.
    // No memory-mapped I/O: it would count the scanned file in the process's memory.
    for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                               "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY"}) {
        QSqlQuery query(db);
        query.exec(QLatin1StringView(pragma));
    }
    return connection;
}

Connection::Connection(Connection &&other) noexcept
    : m_name(std::exchange(other.m_name, QString())), m_path(std::move(other.m_path)),
      m_handle(std::exchange(other.m_handle, nullptr))
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_name = std::exchange(other.m_name, QString());
        m_path = std::move(other.m_path);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
    m_handle = nullptr;
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Status Connection::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        return makeError(Error::Code::Database,
                         QCoreApplication::translate("Store", "Database error in %1: %2")
                             .arg(m_path, query.lastError().text()));
    }
    return Done{};
}

} // namespace clearsight
