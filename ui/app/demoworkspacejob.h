#pragma once

#include "common/result.h"
#include "demo/demoworkspace.h"

class QWidget;

namespace clearsight::ui {

// Builds the demo workspace at `path` off the UI thread (buildDemoWorkspace in a
// QtConcurrent task) behind a modal progress dialog showing records and percent, with Cancel.
// Returns when the job has finished: the workspace, or its error (Error::Code::Cancelled when
// the user cancelled; the half-built files are then gone).
Result<WorkspaceInfo> buildDemoWorkspaceWithProgress(QWidget *parent, const QString &path,
                                                     qint64 rows = demoWorkspaceRows);

} // namespace clearsight::ui
