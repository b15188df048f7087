#pragma once

// Internal to core/store: writing the cells gathered in memory (SummaryCells) into the summary
// tables, for SummaryRepository's import, analysis and rebuild paths.

#include "common/result.h"

#include <QByteArray>

namespace clearsight
{

class Connection;
class SummaryCells;

namespace summarymerge
{

// A failed summary step, with SQLite's message.
Error error(const Connection &connection, const char *what);

// Adds the cells to the three summary tables, each with one INSERT ... SELECT in primary-key
// order: an upsert, or a plain insert into an empty table (with summary_entity's second index
// paused, unless `whileReading`: another statement is still reading on the connection, so the
// schema must not change).
Status mergeCells(const Connection &connection, const SummaryCells &cells, bool whileReading);

// Drops summary_entity's second index when the table is empty (true when it did): a first
// fill goes three times faster without it, built again after the rows in one sorted pass by
// restoreEntityIndex (which does nothing when the index is there).
Result<bool> pauseEntityIndex(const Connection &connection);
Status restoreEntityIndex(const Connection &connection);

} // namespace summarymerge
} // namespace clearsight
