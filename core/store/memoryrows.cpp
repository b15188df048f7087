#include "memoryrows.h"

#include <sqlite3.h>

#include <cstring>
#include <string>

namespace clearsight
{

namespace
{

constexpr const char *kPointerType = "clearsight-memory-rows";
constexpr int kSourceColumn = MemoryRows::kColumns; // the hidden argument

struct Cursor {
    sqlite3_vtab_cursor base{};
    const MemoryRows *rows = nullptr;
    qint64 row = 0;
};

int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    std::string schema = "CREATE TABLE x(";
    for (int c = 0; c < MemoryRows::kColumns; ++c)
        schema += 'c' + std::to_string(c) + ", ";
    schema += "source HIDDEN)";
    if (const int rc = sqlite3_declare_vtab(db, schema.c_str()); rc != SQLITE_OK)
        return rc;
    *table = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    std::memset(*table, 0, sizeof(sqlite3_vtab));
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

// The only plan: the rows given as the hidden `source` argument, scanned in their order.
int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &constraint = info->aConstraint[i];
        if (constraint.iColumn == kSourceColumn && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ &&
            constraint.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT;
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    auto *c = new (std::nothrow) Cursor;
    if (!c)
        return SQLITE_NOMEM;
    *cursor = &c->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *cursor, int, const char *, int argc, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<Cursor *>(cursor);
    c->rows = argc > 0
                  ? static_cast<const MemoryRows *>(sqlite3_value_pointer(argv[0], kPointerType))
                  : nullptr;
    c->row = 0;
    if (!c->rows) {
        // No rows bound (or a pointer of another type): an error, not a silent empty table.
        sqlite3_free(cursor->pVtab->zErrMsg);
        cursor->pVtab->zErrMsg = sqlite3_mprintf("clearsight_memory_rows: no rows bound");
        return SQLITE_ERROR;
    }
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<Cursor *>(cursor)->row;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *cursor)
{
    const auto *c = reinterpret_cast<Cursor *>(cursor);
    return !c->rows || c->row >= c->rows->rowCount();
}

int column(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int column)
{
    const auto *c = reinterpret_cast<Cursor *>(cursor);
    if (column == kSourceColumn)
        sqlite3_result_null(context);
    else
        c->rows->column(c->row, column, context);
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *cursor, sqlite_int64 *id)
{
    *id = reinterpret_cast<Cursor *>(cursor)->row;
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m{};
    m.xConnect = connect; // no xCreate: eponymous only, used as a table-valued function
    m.xBestIndex = bestIndex;
    m.xDisconnect = disconnect;
    m.xOpen = open;
    m.xClose = close;
    m.xFilter = filter;
    m.xNext = next;
    m.xEof = eof;
    m.xColumn = column;
    m.xRowid = rowid;
    return m;
}

const sqlite3_module kModule = makeModule();

} // namespace

int registerMemoryRows(sqlite3 *db)
{
    return sqlite3_create_module_v2(db, "clearsight_memory_rows", &kModule, nullptr, nullptr);
}

int bindMemoryRows(sqlite3_stmt *statement, int index, const MemoryRows *rows)
{
    return sqlite3_bind_pointer(statement, index, const_cast<MemoryRows *>(rows), kPointerType,
                                nullptr);
}

} // namespace clearsight
