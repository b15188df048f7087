#pragma once

#include "navigationhistory.h"

#include <QObject>

#include <functional>
#include <vector>

namespace clearsight::ui
{

class ViewTabs;
class WorkspaceView;

// Which tab shows what, and the way back. Every move to another tab, and every drill-down
// (another view asked to show some records), is a step of the history: (tab key, the view's
// navigationState()). Back and forward open the step's tab again (reopening it if it was
// closed) and hand its view the state it had.
//
// When a view changes its own filters (navigationStateChanged()), the current step is updated
// in place rather than a step added: typing a search would otherwise fill the history with
// every keystroke, and Back should leave the view, not undo its last edit. The step is also
// brought up to date whenever the analyst leaves it, so a view that never signals still comes
// back as it was left.
class ViewNavigator : public QObject
{
    Q_OBJECT
public:
    explicit ViewNavigator(ViewTabs *tabs, QObject *parent = nullptr);

    // Makes the tab of `key` current (opening it) as a step; nullptr for an unknown key.
    WorkspaceView *show(const QString &key);
    // Makes the tab of `key` current and lets `apply` set what its view shows (a scope, an
    // item), then records one step with the result.
    WorkspaceView *drillDown(const QString &key, const std::function<void(WorkspaceView *)> &apply);

    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    bool goBack();
    bool goForward();
    const NavigationHistory &history() const { return m_history; }

    // Opens the tabs of `tabs` with their states (no steps), makes the one at `current`
    // current and starts a new history there. Unknown keys are skipped.
    void openSession(const std::vector<NavigationEntry> &tabs, int current);
    // The open tabs with what their views show now, in tab order.
    std::vector<NavigationEntry> session() const;
    // Forgets the history (another workspace); it starts again at the current tab.
    void resetHistory();

Q_SIGNALS:
    // Back or forward became possible or impossible, or the current step changed.
    void historyChanged();

private:
    void currentTabChanged();
    void viewStateChanged(WorkspaceView *view);
    void viewClosing(WorkspaceView *view);
    void rememberCurrent();
    void recordCurrent();
    void go(NavigationEntry entry);

    ViewTabs *m_tabs = nullptr;
    NavigationHistory m_history;
    // Non-zero while the navigator itself switches tabs or sets states: those changes are
    // recorded once, at the end, not as they happen.
    int m_moving = 0;
};

} // namespace clearsight::ui
