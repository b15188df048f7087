#pragma once

// Internal to core/store: what the summary reads share, whether from the summary tables or
// from the declarations.

#include "summaryrepository.h"

#include <QVariant>
#include <QVariantList>

namespace clearsight::summaryquery
{

// A query whose rows are (key, the nine figures); rows with the same key are added up.
struct FigureQuery {
    QString sql;
    QVariantList binds;
    bool keyIsDay = false;   // key is YYYYMMDD (or ISO date text): bucket it by the dimension
    bool keyIsMonth = false; // key is YYYYMM
    // A ranking cut to a limit may instead read the same rows as (key, customs value) only,
    // then every figure of the top keys (`topSql`'s %1 stands for "?,?,..." of the keys, bound
    // after `binds`): two columns of every row instead of ten.
    QString rankSql;
    QString topSql;
};

// Runs the query (through the native handle: a ranking may read a hundred thousand rows), adds
// up the rows of each key and turns them into the result: time keys formatted and bucketed;
// other groups ranked by customs value, largest first, and cut to `limit`; labels added.
Result<SummaryResult> run(const Connection &connection, SummaryDimension dimension,
                          const FigureQuery &query, int limit, SummarySource source);

bool isTimeDimension(SummaryDimension dimension);

} // namespace clearsight::summaryquery
