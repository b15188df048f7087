#pragma once

#include "common/result.h"
#include "store/batchrepository.h"
#include "store/statsrepository.h"
#include "store/workspace.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace clearsight
{

// Everything `clearsight-cli stats` reports about a workspace.
struct WorkspaceReport {
    WorkspaceInfo workspace;
    StoreStatistics statistics;
    std::vector<ImportBatch> batches;
};

// Reads the report from the workspace at path (opened read-only after the usual checks).
// Quick reads the totals from the summary tables (see StatsRepository::statistics).
Result<WorkspaceReport> readWorkspaceReport(
    const QString &path, StatsRepository::Depth depth = StatsRepository::Depth::Exact);

// The JSON contract: {"declarations": N, "batches": [{"file", "read", "stored", "rejected",
// ...}], ...}. "declarations" counts stored declaration items (rows).
QJsonObject workspaceReportJson(const WorkspaceReport &report);
// The same for a person, in English unless translated.
QString workspaceReportText(const WorkspaceReport &report);

} // namespace clearsight
