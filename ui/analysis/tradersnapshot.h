#pragma once

#include "analysisstate.h"
#include "common/result.h"
#include "store/flagrepository.h"

#include <vector>

namespace clearsight::ui
{

// The trader ranking with the state of the results.
struct TradersSnapshot {
    std::vector<TraderScoreRecord> traders;
    AnalysisState state;
};

// Reads the ranking of the workspace at `path`. Opens and closes its own connections: meant
// for a worker thread.
Result<TradersSnapshot> readTradersSnapshot(const QString &path);

} // namespace clearsight::ui
