#pragma once

// Internal to core/store: what the summary reads share, whether from the summary tables or
// from the declarations.

#include "summaryrepository.h"

#include <QVariant>
#include <QVariantList>

namespace clearsight::summaryquery
{

// A query whose rows are (key, the nine figures[, total groups]).
struct FigureQuery {
    QString sql;
    QVariantList binds;
    bool keyIsDay = false;   // key is YYYYMMDD (or ISO date text): bucket it by the dimension
    bool keyIsMonth = false; // key is YYYYMM
};

// Runs the query (through the native handle: a ranking may read tens of thousands of groups)
// and turns its rows into the result: time keys formatted and bucketed; other groups ranked by
// customs value, largest first, and cut to `limit`; labels added.
Result<SummaryResult> run(const Connection &connection, SummaryDimension dimension,
                          const FigureQuery &query, int limit, SummarySource source);

bool isTimeDimension(SummaryDimension dimension);

} // namespace clearsight::summaryquery
