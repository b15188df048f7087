#pragma once

#include "common/result.h"

#include <QString>

namespace clearsight::ui
{

// Whether the stored analysis results can be trusted: none yet, or older than the last
// import. Every analysis view reads it with its data and says so when they are stale.
struct AnalysisState {
    bool hasRun = false;
    bool stale = true;
};

// Reads the state of the workspace at `path`. Opens its own connections: meant for a worker.
Result<AnalysisState> readAnalysisState(const QString &path);

} // namespace clearsight::ui
