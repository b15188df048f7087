#pragma once

#include "common/result.h"
#include "store/workspace.h"

class QWidget;

namespace clearsight::ui
{

// Opens the workspace at `path` (workspace::open) off the UI thread. An opening that upgrades
// the workspace and fills its summary tables can take minutes at 10 million rows: after half a
// second a modal progress dialog shows the declarations read, with Cancel (the workspace then
// stays as it was and the error's code is Error::Code::Cancelled). Returns when the opening
// has finished.
Result<WorkspaceInfo> openWorkspaceWithProgress(QWidget *parent, const QString &path);

} // namespace clearsight::ui
