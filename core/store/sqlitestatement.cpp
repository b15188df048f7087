#include "sqlitestatement.h"

namespace clearsight
{

Statement::Statement(sqlite3 *db, const char *sql)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

bool Statement::bind(int index, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return sqlite3_bind_text(m_statement, index, bytes.constData(), int(bytes.size()),
                             SQLITE_TRANSIENT) == SQLITE_OK;
}

bool Statement::bind(int index, qint64 value)
{
    return sqlite3_bind_int64(m_statement, index, value) == SQLITE_OK;
}

bool Statement::step()
{
    m_rc = sqlite3_step(m_statement);
    return m_rc == SQLITE_ROW;
}

QString Statement::text(int column) const
{
    const std::string_view bytes = columnText(m_statement, column);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

} // namespace clearsight
