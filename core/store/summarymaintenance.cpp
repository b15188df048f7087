// Keeping the summary tables up to date: SummaryRepository::refreshFlagged and rebuild (an
// import brings its own cells, addCells). Rows are read once through the native handle, added
// up in memory (SummaryCells) and merged into the tables (summarymerge.h), so a second import
// adds to what the first one left.

#include "summaryrepository.h"

#include "connection.h"
#include "sqlitestatement.h"
#include "summarycells.h"
#include "summarymerge.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <memory>
#include <vector>

namespace clearsight
{

namespace
{

// The item's keys, in the order readKeys() takes them.
constexpr const char *kItemColumns =
    "d.declaration_id, d.date, d.flow, d.office, d.channel, d.hs_code, d.origin_country, "
    "d.transport_mode, d.trader_id, d.declarant_id";

void readKeys(sqlite3_stmt *s, SummaryItem &item)
{
    item.declarationId = columnText(s, 0);
    item.date = columnText(s, 1);
    item.flow = columnText(s, 2);
    item.office = columnText(s, 3);
    item.channel = columnText(s, 4);
    item.hsCode = columnText(s, 5);
    item.origin = columnText(s, 6);
    item.mode = columnText(s, 7);
    item.traderId = columnText(s, 8);
    item.declarantId = columnText(s, 9);
}

// Runs `sql` (keys, then the figures `readFigures` takes from column 10 on), adds every row and
// merges the cells into the tables, in parts of about SummaryCells::flushCells.
Error cancelled()
{
    return makeError(Error::Code::Cancelled,
                     QCoreApplication::translate("Store", "Summary update cancelled."));
}

template <typename ReadFigures>
Status collect(const Connection &connection, const QByteArray &sql,
               const std::vector<qint64> &binds, ReadFigures readFigures, qint64 total,
               const ProgressCallback &progress)
{
    if (!reportProgress(progress, 0, total))
        return cancelled();
    auto cells = std::make_unique<SummaryCells>();
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(connection.handle(), sql.constData(), -1, &s, nullptr) != SQLITE_OK)
        return summarymerge::error(connection, "reading declarations for the summaries");
    for (size_t i = 0; i < binds.size(); ++i)
        sqlite3_bind_int64(s, int(i) + 1, binds[i]);
    SummaryItem item;
    qint64 done = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        readKeys(s, item);
        item.figures = readFigures(s);
        if (cells->shouldFlushBefore(item.declarationId)) {
            // The item's texts point into the statement's row, which merging does not touch.
            if (Status merged = summarymerge::mergeCells(connection, *cells, true); !merged) {
                sqlite3_finalize(s);
                return merged;
            }
            cells = std::make_unique<SummaryCells>();
        }
        cells->add(item);
        if ((++done & 0xffff) == 0 && !reportProgress(progress, done, total)) {
            sqlite3_finalize(s);
            return cancelled();
        }
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        return summarymerge::error(connection, "reading declarations for the summaries");
    return summarymerge::mergeCells(connection, *cells, false);
}

double realColumn(sqlite3_stmt *s, int column)
{
    return sqlite3_column_double(s, column); // NULL reads as 0
}

// Adds the declarations with row ids in [firstRowId, lastRowId] to the summaries.
Status addDeclarations(const Connection &connection, qint64 firstRowId, qint64 lastRowId,
                       const ProgressCallback &progress)
{
    if (lastRowId < firstRowId)
        return Done{};
    const QByteArray sql = QByteArray("SELECT ") + kItemColumns +
                           ", d.cif_value, d.duty_paid, d.inspected, d.outcome, "
                           "d.revenue_recovered FROM declarations d WHERE d.id BETWEEN ? AND ? "
                           "ORDER BY d.id";
    const auto figures = [](sqlite3_stmt *s) {
        return storedItemFigures(realColumn(s, 10), realColumn(s, 11), realColumn(s, 12),
                                 columnText(s, 13), realColumn(s, 14));
    };
    return collect(connection, sql, {firstRowId, lastRowId}, figures, lastRowId - firstRowId + 1,
                   progress);
}

} // namespace

Status SummaryRepository::addCells(const SummaryCells &cells) const
{
    return summarymerge::mergeCells(m_connection, cells, false);
}

Status SummaryRepository::refreshFlagged(const ProgressCallback &progress) const
{
    for (const char *table : {"summary_general", "summary_daily", "summary_entity"}) {
        const QByteArray sql = QByteArray("UPDATE ") + table +
                               " SET flagged = 0, revenue_at_stake = 0 "
                               "WHERE flagged <> 0 OR revenue_at_stake <> 0";
        if (sqlite3_exec(m_connection.handle(), sql.constData(), nullptr, nullptr, nullptr) !=
            SQLITE_OK)
            return summarymerge::error(m_connection, "clearing the flagged figures");
    }
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
    return collect(m_connection, sql, {}, figures, 0, progress);
}

Status SummaryRepository::rebuild(const ProgressCallback &progress) const
{
    sqlite3 *db = m_connection.handle();
    if (sqlite3_exec(db,
                     "BEGIN IMMEDIATE; DELETE FROM summary_general; DELETE FROM summary_daily; "
                     "DELETE FROM summary_entity;",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return summarymerge::error(m_connection, "clearing the summaries");
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
    // Without summary_entity's second index while filling, built once at the end.
    if (const Result<bool> paused = pauseIndex(); !paused)
        return rollback(paused.error());
    if (Status st = addDeclarations(m_connection, first, last, progress); !st)
        return rollback(st.error());
    // A cancel pressed after the last progress report still counts.
    if (!reportProgress(progress, last - first + 1, last - first + 1))
        return rollback(cancelled());
    if (Status st = refreshFlagged(); !st)
        return rollback(st.error());
    if (Status st = restoreIndex(); !st)
        return rollback(st.error());
    if (sqlite3_exec(db, "DELETE FROM settings WHERE key = 'summaries_need_rebuild'", nullptr,
                     nullptr, nullptr) != SQLITE_OK)
        return rollback(summarymerge::error(m_connection, "saving the summaries"));
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return rollback(summarymerge::error(m_connection, "saving the summaries"));
    return Done{};
}

Result<bool> SummaryRepository::pauseIndex() const
{
    return summarymerge::pauseEntityIndex(m_connection);
}

Status SummaryRepository::restoreIndex() const
{
    return summarymerge::restoreEntityIndex(m_connection);
}

Result<bool> SummaryRepository::needsRebuild() const
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_connection.handle(),
                           "SELECT 1 FROM settings WHERE key = 'summaries_need_rebuild'", -1, &s,
                           nullptr) != SQLITE_OK)
        return summarymerge::error(m_connection, "checking the summaries");
    const int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return summarymerge::error(m_connection, "checking the summaries");
    return rc == SQLITE_ROW;
}

} // namespace clearsight
