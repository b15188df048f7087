#pragma once

#include "analysisstate.h"
#include "common/result.h"
#include "flagsmodel.h"
#include "store/analysisviewrepository.h"

#include <QString>

#include <vector>

namespace clearsight::ui
{

// A ranked list of flags as a view shows it, with the state of the results.
struct FlagsSnapshot {
    std::vector<FlagItem> flags;
    AnalysisState state;
};

// The flags of `kinds` in the workspace at `path` matching `filter`, highest score first.
// `withIncoterm` also reads each flagged item's Incoterm and transport mode. Opens and closes
// its own connections: meant for a worker thread.
Result<FlagsSnapshot> readFlags(const QString &path, const AnalysisViewFilter &filter,
                                const std::vector<FlagKind> &kinds, bool withIncoterm);

FlagQuery flagQuery(const AnalysisViewFilter &filter, const std::vector<FlagKind> &kinds);

} // namespace clearsight::ui
