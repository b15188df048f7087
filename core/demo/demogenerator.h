#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QString>

namespace clearsight
{

// What the demo data set looks like: a fictional administration's year of declarations.
struct DemoOptions {
    qint64 rows = 200000;    // declaration items (CSV data rows) to write, 10'000 .. 10'000'000
    quint64 seed = 20250101; // same seed + same rows => byte-identical files
    int year = 2025;         // calendar year covered
};

struct DemoSummary {
    qint64 rows = 0; // data rows written to the CSV
    qint64 declarations = 0;
    int traders = 0;        // distinct trader ids in the CSV (aliases included)
    int plantedTraders = 0; // traders carrying any planted anomaly (aliases counted once with
                            // their original)
    qint64 truthRows = 0;
    qint64 truthTraders = 0;
};

// "x/FILE.csv" -> "x/FILE.truth_rows.csv": one line per planted row anomaly
// (declaration_id,item_no,kind).
QString demoTruthRowsPath(const QString &csvPath);
// "x/FILE.csv" -> "x/FILE.truth_traders.csv": one line per planted trader (trader_id,kind,detail).
QString demoTruthTradersPath(const QString &csvPath);

// Writes the canonical CSV at csvPath and the two truth files beside it.
// The CSV is UTF-8 without BOM, `\n` line ends, header = canonicalColumns() names, rows in date
// order; money in national currency (EUR, CIF basis) with 2 decimals.
// Streams: memory does not grow with rows. Progress is reported in rows; returning false from
// progress cancels (files removed, Error::Code::Cancelled). Other errors: InvalidArgument (rows
// or year out of range), FileUnreadable (a file could not be written). Thread-safe for separate
// calls (no globals).
Result<DemoSummary> writeDemoDataset(const QString &csvPath, const DemoOptions &options,
                                     const ProgressCallback &progress = {});

} // namespace clearsight
