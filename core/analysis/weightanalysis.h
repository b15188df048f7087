#pragma once

#include "analysis/analysisdata.h"
#include "analysis/analysisthresholds.h"
#include "analysis/flag.h"

#include <vector>

namespace clearsight {

// Gross kg per quantity unit against items of the same HS6 and unit (DOMAIN.md: "a container
// of flowers that weighs twice what flower containers weigh"): weight_outlier flags.
std::vector<Flag> analyseWeight(const AnalysisData &data, const AnalysisThresholds &thresholds);

} // namespace clearsight
