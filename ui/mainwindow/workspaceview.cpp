#include "workspaceview.h"

namespace clearsight::ui {

void WorkspaceView::setWorkspaceReport(const WorkspaceReport &) {}

} // namespace clearsight::ui
