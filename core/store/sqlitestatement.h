#pragma once

// Internal to core/store: a prepared statement on the native SQLite handle, for the read and
// bulk paths that bypass QSqlQuery (trader profile, summaries).

#include <QString>

#include <sqlite3.h>

#include <string_view>

namespace clearsight
{

// Finalised when it goes. A statement that did not prepare is !ok() and every call on it is
// harmless.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }
    // False when SQLite refused the value (index out of range, statement not prepared).
    bool bind(int index, const QString &text);
    bool bind(int index, qint64 value);
    bool step(); // true while a row is there
    bool failed() const { return m_rc != SQLITE_DONE && m_rc != SQLITE_ROW && m_rc != SQLITE_OK; }

    QString text(int column) const;
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
};

// A text column as bytes in SQLite's buffer (valid until the next step); empty for NULL.
inline std::string_view columnText(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(s, column)))
                : std::string_view();
}

} // namespace clearsight
