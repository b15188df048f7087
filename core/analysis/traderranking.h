#pragma once

#include "analysis/analysisdata.h"
#include "analysis/flag.h"
#include "store/flagrepository.h"

#include <vector>

namespace clearsight {

// A risk score per trader from its flags (how many, how strong, revenue at stake, the share
// of its items flagged), its inspection history (hit rate smoothed toward the population
// rate when inspections are few) and its size, with its top reasons. Shares are smoothed
// toward the population so that a new or tiny trader cannot reach the top from one item.
// Returns every trader with at least one item, riskiest first (rank 1).
std::vector<TraderScore> rankTraders(const AnalysisData &data, const std::vector<Flag> &flags);

} // namespace clearsight
