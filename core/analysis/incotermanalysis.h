#pragma once

#include "analysis/analysisdata.h"
#include "analysis/analysisthresholds.h"
#include "analysis/flag.h"

#include <QString>

#include <vector>

namespace clearsight {

// The Incoterm checks of DOMAIN.md for imports in a CIF-basis workspace: missing_freight,
// double_freight, mode_mismatch (lower severity for ROAD/RAIL than for AIR/POST),
// incoterm_deviation and incoterm_switch (the switch uses ValuationResult::relativeLogValue
// to see unit values fall against peers).
std::vector<Flag> analyseIncoterms(const AnalysisData &data,
                                   const std::vector<float> &relativeLogValue,
                                   const AnalysisThresholds &thresholds, const QString &currency);

} // namespace clearsight
