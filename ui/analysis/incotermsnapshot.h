#pragma once

#include "common/result.h"
#include "flagsnapshot.h"
#include "store/analysisviewrepository.h"

#include <vector>

namespace clearsight::ui
{

// What the Incoterms view shows at once, under one filter: the Incoterm × mode matrix, the
// freight share per rule and the Incoterm flags with each item's Incoterm and mode.
struct IncotermSnapshot {
    std::vector<IncotermModeCell> matrix;
    std::vector<FreightShareStats> freight;
    FlagsSnapshot flags;
};

// The Incoterm flag kinds: missing and double freight, mode mismatch, deviation, switch.
const std::vector<FlagKind> &incotermFlagKinds();

// Reads the snapshot from the workspace at `path`. Opens and closes its own connections:
// meant for a worker thread.
Result<IncotermSnapshot> readIncotermSnapshot(const QString &path,
                                              const AnalysisViewFilter &filter);

// A trader's Incoterm usage against its industry. For a worker thread.
Result<std::vector<IncotermUsage>> readIncotermUsage(const QString &path, const QString &traderId);

} // namespace clearsight::ui
