#pragma once

#include "analysis/analysisdata.h"
#include "common/progress.h"
#include "common/result.h"

namespace clearsight {

class Connection;

// Reads the declaration items an analysis pass needs into AnalysisData, in one scan. Values a
// data-quality finding marks as unusable (unreadable, zero or negative) are read as NaN and
// counted in skippedUnusable. Progress is in rows.
Result<AnalysisData> loadAnalysisData(const Connection &connection,
                                      const ProgressCallback &progress = {});

} // namespace clearsight
