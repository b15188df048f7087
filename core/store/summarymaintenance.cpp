// Keeping the summary tables up to date: SummaryRepository::addRows, refreshFlagged, rebuild.
// Rows are read once through the native handle, added up in memory (SummaryCells) and merged
// into the tables with an upsert, so a second import adds to what the first one left.

#include "summaryrepository.h"

#include "connection.h"
#include "summarycells.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <vector>

namespace clearsight
{

namespace
{

Error summaryError(const Connection &connection, const char *what)
{
    return makeError(Error::Code::Database,
                     QCoreApplication::translate("Store", "%1: %2 failed: %3")
                         .arg(connection.path(), QLatin1StringView(what),
                              QString::fromUtf8(sqlite3_errmsg(connection.handle()))));
}

std::string_view textColumn(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(s, column)))
                : std::string_view();
}

// The item's keys, in the order itemColumns() lists them.
constexpr const char *kItemColumns =
    "d.declaration_id, d.date, d.flow, d.office, d.channel, d.hs_code, d.origin_country, "
    "d.transport_mode, d.trader_id, d.declarant_id";

void readKeys(sqlite3_stmt *s, SummaryItem &item)
{
    item.declarationId = textColumn(s, 0);
    item.date = textColumn(s, 1);
    item.flow = textColumn(s, 2);
    item.office = textColumn(s, 3);
    item.channel = textColumn(s, 4);
    item.hsCode = textColumn(s, 5);
    item.origin = textColumn(s, 6);
    item.mode = textColumn(s, 7);
    item.traderId = textColumn(s, 8);
    item.declarantId = textColumn(s, 9);
}

// Runs `sql` (keys, then the figures `readFigures` takes from column 10 on) and adds every row.
template <typename ReadFigures>
Status collect(const Connection &connection, const QByteArray &sql,
               const std::vector<qint64> &binds, SummaryCells &cells, ReadFigures readFigures,
               qint64 total, const ProgressCallback &progress)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(connection.handle(), sql.constData(), -1, &s, nullptr) != SQLITE_OK)
        return summaryError(connection, "reading declarations for the summaries");
    for (size_t i = 0; i < binds.size(); ++i)
        sqlite3_bind_int64(s, int(i) + 1, binds[i]);
    SummaryItem item;
    qint64 done = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        readKeys(s, item);
        item.figures = readFigures(s);
        cells.add(item);
        if ((++done & 0xffff) == 0 && !reportProgress(progress, done, total)) {
            sqlite3_finalize(s);
            return makeError(Error::Code::Cancelled,
                             QCoreApplication::translate("Store", "Summary update cancelled."));
        }
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        return summaryError(connection, "reading declarations for the summaries");
    return Done{};
}

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
// The declarations_* counts beyond `declarations` (summary_general only).
std::vector<qint64> extrasOf(const SummaryCell &)
{
    return {};
}
std::vector<qint64> extrasOf(const GeneralCell &general)
{
    return {general.declarationsBySubset.begin() + 1, general.declarationsBySubset.end()};
}

// Writes the cells into the table: added to the rows already there (an upsert), or with plain
// INSERTs into an empty table (twice as fast).
Result<bool> isEmpty(const Connection &connection, const char *table)
{
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = QByteArray("SELECT NOT EXISTS (SELECT 1 FROM ") + table + ')';
    if (sqlite3_prepare_v2(connection.handle(), sql.constData(), -1, &s, nullptr) != SQLITE_OK ||
        sqlite3_step(s) != SQLITE_ROW) {
        sqlite3_finalize(s);
        return summaryError(connection, "reading the summaries");
    }
    const bool empty = sqlite3_column_int(s, 0) != 0;
    sqlite3_finalize(s);
    return empty;
}

template <typename CellMap>
Status mergeInto(const Connection &connection, const TableShape &shape, const SummaryCells &texts,
                 const CellMap &cells, const std::vector<const char *> &extraColumns = {})
{
    const Result<bool> empty = isEmpty(connection, shape.table);
    if (!empty)
        return empty.error();
    QByteArray columns, placeholders, updates;
    for (const char *key : shape.keyColumns) {
        columns += QByteArray(columns.isEmpty() ? "" : ", ") + key;
        placeholders += placeholders.isEmpty() ? "?" : ", ?";
    }
    const QByteArray keyList = columns;
    std::vector<const char *> figureColumns(kSummaryFigureColumns.begin(),
                                            kSummaryFigureColumns.end());
    figureColumns.insert(figureColumns.end(), extraColumns.begin(), extraColumns.end());
    for (const char *figure : figureColumns) {
        columns += QByteArray(", ") + figure;
        placeholders += ", ?";
        updates += QByteArray(updates.isEmpty() ? "" : ", ") + figure + " = " + figure +
                   " + excluded." + figure;
    }
    QByteArray sql = QByteArray("INSERT INTO ") + shape.table + '(' + columns + ") VALUES(" +
                     placeholders + ')';
    if (!empty.value())
        sql += " ON CONFLICT(" + keyList + ") DO UPDATE SET " + updates;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(connection.handle(), sql.constData(), -1, &s, nullptr) != SQLITE_OK)
        return summaryError(connection, "preparing the summary update");
    // In primary-key order: each insert lands next to the previous one instead of at a random
    // page of the tree (several times faster on hundreds of thousands of cells). The sort keys
    // are laid out flat (text ids replaced by their rank) so that sorting reads no cell.
    const std::vector<std::uint32_t> rank = texts.sortRanks();
    using Entry = typename CellMap::value_type;
    struct Ordered {
        SummaryCellKey sortKey;
        const Entry *entry;
    };
    std::vector<Ordered> sorted;
    sorted.reserve(cells.size());
    for (const Entry &entry : cells) {
        Ordered o{entry.first, &entry};
        for (size_t k = 0; k < shape.keyColumns.size(); ++k) {
            if (!shape.integerKey[k])
                o.sortKey.fields[k] = rank[o.sortKey.fields[k]];
        }
        sorted.push_back(o);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Ordered &a, const Ordered &b) {
        return a.sortKey.fields < b.sortKey.fields;
    });
    for (const Ordered &o : sorted) {
        const Entry *entry = o.entry;
        const SummaryCellKey &key = entry->first;
        const auto &cell = entry->second;
        int parameter = 1;
        for (size_t k = 0; k < shape.keyColumns.size(); ++k) {
            if (shape.integerKey[k]) {
                sqlite3_bind_int64(s, parameter++, key.fields[k]);
            } else {
                const std::string &text = texts.text(key.fields[k]);
                sqlite3_bind_text(s, parameter++, text.data(), int(text.size()), SQLITE_STATIC);
            }
        }
        const SummaryFigures &f = figuresOf(cell);
        sqlite3_bind_int64(s, parameter++, f.items);
        sqlite3_bind_int64(s, parameter++, f.declarations);
        sqlite3_bind_double(s, parameter++, f.customsValue);
        sqlite3_bind_double(s, parameter++, f.dutyPaid);
        sqlite3_bind_int64(s, parameter++, f.inspected);
        sqlite3_bind_int64(s, parameter++, f.illicit);
        sqlite3_bind_double(s, parameter++, f.revenueRecovered);
        sqlite3_bind_int64(s, parameter++, f.flagged);
        sqlite3_bind_double(s, parameter++, f.revenueAtStake);
        for (const qint64 extra : extrasOf(cell))
            sqlite3_bind_int64(s, parameter++, extra);
        if (sqlite3_step(s) != SQLITE_DONE) {
            sqlite3_finalize(s);
            return summaryError(connection, "updating the summaries");
        }
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    return Done{};
}

// The CREATE statement of summary_entity's second index when the table is empty, "" otherwise.
// A first fill goes three times faster without the index, built after in one sorted pass.
Result<QByteArray> entityIndexToRebuild(const Connection &connection)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(connection.handle(),
                           "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = "
                           "'summary_entity_by_entity' AND NOT EXISTS (SELECT 1 FROM "
                           "summary_entity)",
                           -1, &s, nullptr) != SQLITE_OK)
        return summaryError(connection, "reading the summaries' schema");
    QByteArray sql;
    if (sqlite3_step(s) == SQLITE_ROW)
        sql = QByteArray(textColumn(s, 0).data(), qsizetype(textColumn(s, 0).size()));
    sqlite3_finalize(s);
    return sql;
}

Status mergeAll(const Connection &connection, const SummaryCells &cells)
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
    const Result<QByteArray> index = entityIndexToRebuild(connection);
    if (!index)
        return index.error();
    sqlite3 *db = connection.handle();
    if (!index->isEmpty() &&
        sqlite3_exec(db, "DROP INDEX summary_entity_by_entity", nullptr, nullptr, nullptr) !=
            SQLITE_OK)
        return summaryError(connection, "updating the summaries");
    if (Status s = mergeInto(connection, entity, cells, cells.entity()); !s)
        return s;
    if (!index->isEmpty() &&
        sqlite3_exec(db, index->constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return summaryError(connection, "indexing the summaries");
    return Done{};
}

double realColumn(sqlite3_stmt *s, int column)
{
    return sqlite3_column_double(s, column); // NULL reads as 0
}

} // namespace

Status SummaryRepository::addRows(qint64 firstRowId, qint64 lastRowId,
                                  const ProgressCallback &progress) const
{
    if (lastRowId < firstRowId)
        return Done{};
    SummaryCells cells;
    const QByteArray sql = QByteArray("SELECT ") + kItemColumns +
                           ", d.cif_value, d.duty_paid, d.inspected, d.outcome, "
                           "d.revenue_recovered FROM declarations d WHERE d.id BETWEEN ? AND ? "
                           "ORDER BY d.id";
    const auto figures = [](sqlite3_stmt *s) {
        return storedItemFigures(realColumn(s, 10), realColumn(s, 11), realColumn(s, 12),
                                 textColumn(s, 13), realColumn(s, 14));
    };
    if (Status s = collect(m_connection, sql, {firstRowId, lastRowId}, cells, figures,
                           lastRowId - firstRowId + 1, progress);
        !s)
        return s;
    return mergeAll(m_connection, cells);
}

Status SummaryRepository::addCells(const SummaryCells &cells) const
{
    return mergeAll(m_connection, cells);
}

Status SummaryRepository::refreshFlagged(const ProgressCallback &progress) const
{
    for (const char *table : {"summary_general", "summary_daily", "summary_entity"}) {
        const QByteArray sql = QByteArray("UPDATE ") + table +
                               " SET flagged = 0, revenue_at_stake = 0 "
                               "WHERE flagged <> 0 OR revenue_at_stake <> 0";
        if (sqlite3_exec(m_connection.handle(), sql.constData(), nullptr, nullptr, nullptr) !=
            SQLITE_OK)
            return summaryError(m_connection, "clearing the flagged figures");
    }
    SummaryCells cells;
    const QByteArray sql =
        QByteArray("SELECT ") + kItemColumns +
        ", f.at_stake FROM (SELECT declaration_row, MAX(COALESCE(revenue_at_stake, 0)) AS "
        "at_stake FROM flags GROUP BY declaration_row) f JOIN declarations d ON d.id = "
        "f.declaration_row ORDER BY d.id";
    const auto figures = [](sqlite3_stmt *s) {
        SummaryFigures f;
        f.flagged = 1;
        f.revenueAtStake = realColumn(s, 10);
        return f;
    };
    if (Status s = collect(m_connection, sql, {}, cells, figures, 0, progress); !s)
        return s;
    return mergeAll(m_connection, cells);
}

Status SummaryRepository::rebuild(const ProgressCallback &progress) const
{
    sqlite3 *db = m_connection.handle();
    if (sqlite3_exec(db,
                     "BEGIN IMMEDIATE; DELETE FROM summary_general; DELETE FROM summary_daily; "
                     "DELETE FROM summary_entity;",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return summaryError(m_connection, "clearing the summaries");
    const auto rollback = [db](Error error) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    };
    sqlite3_stmt *s = nullptr;
    qint64 first = 0, last = -1;
    if (sqlite3_prepare_v2(db, "SELECT MIN(id), MAX(id) FROM declarations", -1, &s, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) {
        first = sqlite3_column_int64(s, 0);
        last = sqlite3_column_int64(s, 1);
    }
    sqlite3_finalize(s);
    if (Status st = addRows(first, last, progress); !st)
        return rollback(st.error());
    if (Status st = refreshFlagged(); !st)
        return rollback(st.error());
    if (sqlite3_exec(db, "DELETE FROM settings WHERE key = 'summaries_need_rebuild'", nullptr,
                     nullptr, nullptr) != SQLITE_OK)
        return rollback(summaryError(m_connection, "saving the summaries"));
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return rollback(summaryError(m_connection, "saving the summaries"));
    return Done{};
}

Result<bool> SummaryRepository::needsRebuild() const
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_connection.handle(),
                           "SELECT 1 FROM settings WHERE key = 'summaries_need_rebuild'", -1, &s,
                           nullptr) != SQLITE_OK)
        return summaryError(m_connection, "checking the summaries");
    const int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return summaryError(m_connection, "checking the summaries");
    return rc == SQLITE_ROW;
}

} // namespace clearsight
