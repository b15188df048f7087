#include "workspaceview.h"

#include <QAbstractButton>

namespace clearsight::ui
{

void WorkspaceView::setWorkspaceReport(const WorkspaceReport &) {}

bool WorkspaceView::exportListed()
{
    // A view's export button is named "exportButton".
    const QList<QAbstractButton *> buttons =
        findChildren<QAbstractButton *>(QStringLiteral("exportButton"));
    for (QAbstractButton *button : buttons) {
        if (button->isEnabled() && button->isVisibleTo(this)) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace clearsight::ui
