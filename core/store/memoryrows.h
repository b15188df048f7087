#pragma once

// Internal to core/store: rows held in memory that one INSERT ... SELECT reads through an
// eponymous virtual table, `SELECT c0, c1, ... FROM clearsight_memory_rows(?)` with the rows
// bound as a pointer (bindMemoryRows). One statement inserting a million rows runs SQLite's
// own insert loop: two to three times faster than a million single-row INSERTs.

#include <QtGlobal>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_stmt;

namespace clearsight
{

class MemoryRows
{
public:
    // Columns c0 ... c(kColumns - 1) the virtual table offers.
    static constexpr int kColumns = 24;

    virtual ~MemoryRows() = default;
    virtual qint64 rowCount() const = 0;
    // Gives column `column` of row `row` to SQLite (sqlite3_result_*). Text must stay valid
    // until the statement has finished.
    virtual void column(qint64 row, int column, sqlite3_context *context) const = 0;
};

// Makes clearsight_memory_rows available on the connection (again is harmless). SQLite result
// code.
int registerMemoryRows(sqlite3 *db);
// Binds `rows` to parameter `index`, for `FROM clearsight_memory_rows(?)`.
int bindMemoryRows(sqlite3_stmt *statement, int index, const MemoryRows *rows);

} // namespace clearsight
