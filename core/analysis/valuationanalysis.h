#pragma once

#include "analysis/analysisdata.h"
#include "analysis/analysisthresholds.h"
#include "analysis/flag.h"

#include <QString>

#include <vector>

namespace clearsight {

struct ValuationResult {
    std::vector<Flag> flags; // undervalued, overvalued, related_party_value
    // Per row: log unit value minus what its peer group expects (NaN: no verdict). Other
    // analyses use it to see whether a trader's values fell against its peers.
    std::vector<float> relativeLogValue;
};

// Unit values (customs value per quantity unit, or per net kg when there is no quantity)
// against their peer group, per flow, on log scale with median and scaled MAD. The default
// group is HS6 x origin x quarter with at least minPeerGroup items; smaller groups fall back
// to the HS6 (per flow and unit) with a robust additive model of log unit value on origin
// and quarter, so the origin's and the period's price levels are kept. Flags carry the
// declared and expected value, the group's duty rate and the revenue at stake.
ValuationResult analyseValuation(const AnalysisData &data, const AnalysisThresholds &thresholds,
                                 const QString &currency);

} // namespace clearsight
