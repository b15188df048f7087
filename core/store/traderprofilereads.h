#pragma once

// Internal to TraderProfileRepository: the reads around the trader's own rows (peers' unit
// values, standing, population figures) and a small prepared-statement wrapper.

#include "common/result.h"
#include "store/traderprofilerepository.h"

#include <QString>

#include <sqlite3.h>

#include <vector>

namespace clearsight::traderprofile
{

// A prepared statement on the native handle, finalised when it goes.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
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

// A store error naming the workspace and what was being read.
Error readError(const QString &path, sqlite3 *db, const char *what);

// The median of `values` (reordered); nullopt when empty.
std::optional<double> median(std::vector<double> &values);

// Fills the peer figures of `groups` (HS6, flow and unit already set): a sample of other
// traders' items of each HS6 in [from, to], split at `secondHalf`.
Status readPeerUnitValues(const QString &path, sqlite3 *db, const QString &traderId,
                          const QString &from, const QString &to, const QString &secondHalf,
                          std::vector<UnitValueTally> &groups);

Result<TraderStanding> readStanding(const Connection &connection, const QString &traderId);

// Inspections of every trader over the whole months around [from, to]. Summaries holding
// fewer than `traderItems` items (not yet filled) are not used.
PopulationFigures readPopulation(const Connection &connection, const QString &from,
                                 const QString &to, qint64 traderItems);

} // namespace clearsight::traderprofile
