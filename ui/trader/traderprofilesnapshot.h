#pragma once

#include "analysis/analysisstate.h"
#include "report/traderprofilereport.h"

#include <QString>

#include <vector>

namespace clearsight::ui
{

// A trader's profile as the drill-down shows it, with the state of the analysis results.
struct TraderSnapshot {
    TraderReport report;
    AnalysisState state;
};

// Reads the profile of `request` in the workspace at `path`. Opens and closes its own
// connection: meant for a worker thread.
Result<TraderSnapshot> readTraderSnapshot(const QString &path, const TraderProfileRequest &request);

// Traders whose ID or name starts with `prefix`, for the search field's completion. Meant
// for a worker thread.
Result<std::vector<TraderProfileRepository::TraderMatch>>
findTraderMatches(const QString &path, const QString &prefix, int limit = 20);

} // namespace clearsight::ui
