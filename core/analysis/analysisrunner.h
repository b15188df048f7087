#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "store/flagrepository.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace clearsight {

struct AnalysisSummary {
    qint64 runId = 0;
    qint64 rows = 0;
    qint64 skipped = 0; // rows whose values a finding marks as unusable
    std::vector<FlagKindSummary> byKind;
    qint64 traders = 0;
    QStringList notes; // analyses disabled and why (e.g. Incoterm checks in a FOB workspace)
    double seconds = 0;
    std::vector<std::pair<QString, double>> phases;
};

// Runs every analysis on the workspace and stores the flags and trader scores in place of the
// previous results (one transaction). Progress: 0-1000 over the pass; false cancels and
// leaves the previous results. Runs in the calling thread with its own connection.
Result<AnalysisSummary> runAnalyses(const QString &workspacePath,
                                    const ProgressCallback &progress = {});

// True when the stored results predate the last import (or there are none).
Result<bool> analysisIsStale(const QString &workspacePath);

} // namespace clearsight
