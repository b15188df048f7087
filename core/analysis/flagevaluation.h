#pragma once

#include "common/result.h"

#include <QString>

#include <vector>

namespace clearsight {

// How well the stored flags find what the demo generator planted (its truth files).
struct KindEvaluation {
    QString kind;
    qint64 planted = 0;       // truth rows of this kind
    qint64 flagged = 0;       // stored flags of this kind
    qint64 truePositives = 0; // flagged rows that were planted with this kind
    double recall() const { return planted > 0 ? double(truePositives) / double(planted) : 0.0; }
    double precision() const { return flagged > 0 ? double(truePositives) / double(flagged) : 0.0; }
};

struct FlagEvaluation {
    std::vector<KindEvaluation> kinds; // the row-level flag kinds of the truth
    int traders = 0;                   // ranked traders
    int topCount = 0;                  // the top 5 %
    int manipulators = 0;              // planted undervalued, overvalued or incoterm_switch traders
    int manipulatorsInTop = 0;
};

// Compares the workspace's stored flags and trader ranking with FILE.truth_rows.csv and
// FILE.truth_traders.csv beside the demo file `truthCsv` (FILE.csv).
Result<FlagEvaluation> evaluateFlags(const QString &workspacePath, const QString &truthCsv);

} // namespace clearsight
