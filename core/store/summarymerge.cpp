// SummaryRepository's writes: cells gathered in memory go into the summary tables through one
// INSERT ... SELECT per table over the cells sorted in primary-key order (memoryrows.h).

#include "summarymerge.h"

#include "connection.h"
#include "memoryrows.h"
#include "summarycells.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace clearsight::summarymerge
{

Error error(const Connection &connection, const char *what)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: %2 failed: %3")
                         .arg(connection.path(), QLatin1StringView(what),
                              QString::fromUtf8(sqlite3_errmsg(connection.handle()))));
}

namespace
{

struct TableShape {
    const char *table;
    std::vector<const char *> keyColumns;
    std::vector<bool> integerKey; // bound as integers (month, day)
};

const SummaryFigures &figuresOf(const SummaryCell &cell)
{
    return cell.figures;
}
const SummaryFigures &figuresOf(const GeneralCell &general)
{
    return general.cell.figures;
}
// The declarations_* counts beyond `declarations` (summary_general only), by position.
qint64 extraOf(const SummaryCell &, size_t)
{
    return 0;
}
qint64 extraOf(const GeneralCell &general, size_t index)
{
    return general.declarationsBySubset[index + 1];
}

Result<bool> isEmpty(const Connection &connection, const char *table)
{
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = QByteArray("SELECT NOT EXISTS (SELECT 1 FROM ") + table + ')';
    if (sqlite3_prepare_v2(connection.handle(), sql.constData(), -1, &s, nullptr) != SQLITE_OK ||
        sqlite3_step(s) != SQLITE_ROW) {
        sqlite3_finalize(s);
        return error(connection, "reading the summaries");
    }
    const bool empty = sqlite3_column_int(s, 0) != 0;
    sqlite3_finalize(s);
    return empty;
}

// A table's cells in primary-key order, as rows of (keys, figures, extra counts) for
// clearsight_memory_rows: each insert lands next to the previous one instead of at a random page
// of the tree (several times faster on hundreds of thousands of cells).
template <typename CellMap> class SortedCells : public MemoryRows
{
public:
    SortedCells(const TableShape &shape, const SummaryCells &texts, const CellMap &cells)
        : m_shape(shape), m_texts(texts)
    {
        // The sort keys are laid out flat (text ids replaced by their rank in byte order, as
        // SQLite's BINARY collation sorts), so that sorting reads no cell.
        const std::vector<std::uint32_t> rank = texts.sortRanks();
        m_sorted.reserve(cells.size());
        for (const Entry &entry : cells) {
            Ordered o{entry.first, &entry};
            for (size_t k = 0; k < shape.keyColumns.size(); ++k) {
                if (!shape.integerKey[k])
                    o.sortKey.fields[k] = rank[o.sortKey.fields[k]];
            }
            m_sorted.push_back(o);
        }
        std::sort(m_sorted.begin(), m_sorted.end(), [](const Ordered &a, const Ordered &b) {
            return a.sortKey.fields < b.sortKey.fields;
        });
    }

    qint64 rowCount() const override { return qint64(m_sorted.size()); }

    void column(qint64 row, int column, sqlite3_context *context) const override
    {
        const Entry &entry = *m_sorted[size_t(row)].entry;
        const int keys = int(m_shape.keyColumns.size());
        if (column < keys) {
            const std::uint32_t field = entry.first.fields[size_t(column)];
            if (m_shape.integerKey[size_t(column)]) {
                sqlite3_result_int64(context, field);
            } else {
                const std::string &text = m_texts.text(field);
                sqlite3_result_text(context, text.data(), int(text.size()), SQLITE_STATIC);
            }
            return;
        }
        const SummaryFigures &f = figuresOf(entry.second);
        switch (column - keys) {
        case 0:
            return sqlite3_result_int64(context, f.items);
        case 1:
            return sqlite3_result_int64(context, f.declarations);
        case 2:
            return sqlite3_result_double(context, f.customsValue);
        case 3:
            return sqlite3_result_double(context, f.dutyPaid);
        case 4:
            return sqlite3_result_int64(context, f.inspected);
        case 5:
            return sqlite3_result_int64(context, f.illicit);
        case 6:
            return sqlite3_result_double(context, f.revenueRecovered);
        case 7:
            return sqlite3_result_int64(context, f.flagged);
        case 8:
            return sqlite3_result_double(context, f.revenueAtStake);
        default:
            return sqlite3_result_int64(context, extraOf(entry.second, size_t(column - keys - 9)));
        }
    }

private:
    using Entry = typename CellMap::value_type;
    struct Ordered {
        SummaryCellKey sortKey;
        const Entry *entry;
    };
    const TableShape &m_shape;
    const SummaryCells &m_texts;
    std::vector<Ordered> m_sorted;
};

// Writes the cells into the table with one INSERT ... SELECT: added to the rows already there
// (an upsert), or plainly inserted into an empty table (twice as fast).
template <typename CellMap>
Status mergeInto(const Connection &connection, const TableShape &shape, const SummaryCells &texts,
                 const CellMap &cells, const std::vector<const char *> &extraColumns = {})
{
    if (cells.empty())
        return Done{};
    const Result<bool> empty = isEmpty(connection, shape.table);
    if (!empty)
        return empty.error();
    std::vector<const char *> columns(shape.keyColumns);
    columns.insert(columns.end(), kSummaryFigureColumns.begin(), kSummaryFigureColumns.end());
    columns.insert(columns.end(), extraColumns.begin(), extraColumns.end());
    QByteArray names, selected, updates;
    for (size_t c = 0; c < columns.size(); ++c) {
        names += QByteArray(c ? ", " : "") + columns[c];
        selected += QByteArray(c ? ", c" : "c") + QByteArray::number(qulonglong(c));
        if (c >= shape.keyColumns.size())
            updates += QByteArray(updates.isEmpty() ? "" : ", ") + columns[c] + " = " + columns[c] +
                       " + excluded." + columns[c];
    }
    QByteArray keyList;
    for (const char *key : shape.keyColumns)
        keyList += QByteArray(keyList.isEmpty() ? "" : ", ") + key;
    // "WHERE true" keeps ON CONFLICT from being read as part of the SELECT's join.
    QByteArray sql = QByteArray("INSERT INTO ") + shape.table + '(' + names + ") SELECT " +
                     selected + " FROM clearsight_memory_rows(?) WHERE true";
    if (!empty.value())
        sql += " ON CONFLICT(" + keyList + ") DO UPDATE SET " + updates;

    const SortedCells<CellMap> rows(shape, texts, cells);
    sqlite3 *db = connection.handle();
    if (registerMemoryRows(db) != SQLITE_OK)
        return error(connection, "preparing the summary update");
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) != SQLITE_OK)
        return error(connection, "preparing the summary update");
    if (bindMemoryRows(s, 1, &rows) != SQLITE_OK) {
        sqlite3_finalize(s);
        return error(connection, "preparing the summary update");
    }
    const int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        return error(connection, "updating the summaries");
    // Every cell is one row inserted or updated; anything else would be a silent loss.
    if (sqlite3_changes64(db) != rows.rowCount())
        return makeError(Error::Code::Database,
                         QCoreApplication::translate("Store", "%1: %2 of %3 summary cells written.")
                             .arg(connection.path())
                             .arg(sqlite3_changes64(db))
                             .arg(rows.rowCount()));
    return Done{};
}

} // namespace

Result<bool> pauseEntityIndex(const Connection &connection)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(connection.handle(),
                           "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = "
                           "'summary_entity_by_entity' AND NOT EXISTS (SELECT 1 FROM "
                           "summary_entity)",
                           -1, &s, nullptr) != SQLITE_OK)
        return error(connection, "reading the summaries' schema");
    const bool drop = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_finalize(s);
    if (drop && sqlite3_exec(connection.handle(), "DROP INDEX summary_entity_by_entity", nullptr,
                             nullptr, nullptr) != SQLITE_OK)
        return error(connection, "updating the summaries");
    return drop;
}

Status restoreEntityIndex(const Connection &connection)
{
    // As migration 5 defined it: one trader's or declarant's rows by dimension and month.
    if (sqlite3_exec(connection.handle(),
                     "CREATE INDEX IF NOT EXISTS summary_entity_by_entity ON "
                     "summary_entity(kind, entity, dim, month)",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return error(connection, "indexing the summaries");
    return Done{};
}

Status mergeCells(const Connection &connection, const SummaryCells &cells, bool whileReading)
{
    const TableShape general{"summary_general",
                             {"month", "flow", "office", "channel", "chapter", "origin", "mode"},
                             {true, false, false, false, false, false, false}};
    const TableShape daily{"summary_daily", {"dim", "value", "day"}, {false, false, true}};
    const TableShape entity{"summary_entity",
                            {"kind", "dim", "value", "month", "entity"},
                            {false, false, false, true, false}};
    if (Status s =
            mergeInto(connection, general, cells, cells.general(),
                      {kGeneralDeclarationColumns.begin() + 1, kGeneralDeclarationColumns.end()});
        !s)
        return s;
    if (Status s = mergeInto(connection, daily, cells, cells.daily()); !s)
        return s;
    const Result<bool> paused = whileReading ? Result<bool>(false) : pauseEntityIndex(connection);
    if (!paused)
        return paused.error();
    if (Status s = mergeInto(connection, entity, cells, cells.entity()); !s)
        return s;
    return paused.value() ? restoreEntityIndex(connection) : Status(Done{});
}

} // namespace clearsight::summarymerge
