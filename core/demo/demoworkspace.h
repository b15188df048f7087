#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "store/workspace.h"

#include <QString>

namespace clearsight
{

// Rows of the demo workspace the GUI offers on first start.
inline constexpr qint64 demoWorkspaceRows = 200000;

// Where the demo workspace lives: the user's application-data folder.
QString defaultDemoWorkspacePath();

// Builds a workspace at `path` (which must not exist) from the seeded demo generator: writes
// the canonical CSV and its truth files beside it (NAME.csv for NAME.clearsight) and imports
// the CSV, as a user would. Progress runs over
// both steps; cancelling removes the half-built workspace.
Result<WorkspaceInfo> buildDemoWorkspace(const QString &path, qint64 rows = demoWorkspaceRows,
                                         const ProgressCallback &progress = {});

} // namespace clearsight
