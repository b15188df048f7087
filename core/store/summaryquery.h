#pragma once

// Internal to core/store: what the summary reads share, whether from the summary tables or
// from the declarations.

#include "summaryrepository.h"

#include <QVariant>
#include <QVariantList>

namespace clearsight::summaryquery
{

// The nine figure sums, in SummaryFigures order, for a SELECT list.
extern const char *const figureSums;

// A query whose rows are (key, the nine figures[, total groups]).
struct FigureQuery {
    QString sql;
    QVariantList binds;
    bool keyIsDay = false;        // key is YYYYMMDD (or ISO date text): bucket it by the dimension
    bool keyIsMonth = false;      // key is YYYYMM
    bool withTotalGroups = false; // an 11th column holds COUNT(*) OVER ()
};

// Runs the query and turns its rows into the result: time keys formatted and bucketed, other
// rows already ordered and cut by the SQL, labels added.
Result<SummaryResult> run(const Connection &connection, SummaryDimension dimension,
                          const FigureQuery &query, int limit, SummarySource source);

// " ORDER BY 4 DESC, 1 LIMIT n" for ranked dimensions; empty for time and Total.
QString rankingClause(SummaryDimension dimension, int limit);

bool isTimeDimension(SummaryDimension dimension);

} // namespace clearsight::summaryquery
