#include "viewnavigator.h"

#include "viewtabs.h"
#include "workspaceview.h"

namespace clearsight::ui
{

namespace
{
// Counts a move of the navigator's own while it lives.
class Moving
{
public:
    explicit Moving(int &counter) : m_counter(counter) { ++m_counter; }
    ~Moving() { --m_counter; }
    Moving(const Moving &) = delete;
    Moving &operator=(const Moving &) = delete;

private:
    int &m_counter;
};
} // namespace

ViewNavigator::ViewNavigator(ViewTabs *tabs, QObject *parent) : QObject(parent), m_tabs(tabs)
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &ViewNavigator::currentTabChanged);
    connect(m_tabs, &ViewTabs::aboutToClose, this, &ViewNavigator::viewClosing);
    connect(m_tabs, &ViewTabs::viewCreated, this, [this](WorkspaceView *view) {
        connect(view, &WorkspaceView::navigationStateChanged, this,
                [this, view] { viewStateChanged(view); });
    });
}

WorkspaceView *ViewNavigator::show(const QString &key)
{
    return drillDown(key, {});
}

WorkspaceView *ViewNavigator::drillDown(const QString &key,
                                        const std::function<void(WorkspaceView *)> &apply)
{
    rememberCurrent();
    WorkspaceView *view = nullptr;
    {
        const Moving moving(m_moving);
        view = m_tabs->open(key);
        if (!view)
            return nullptr;
        m_tabs->setCurrentWidget(view);
        if (apply)
            apply(view);
    }
    recordCurrent();
    return view;
}

bool ViewNavigator::goBack()
{
    if (!canGoBack())
        return false;
    rememberCurrent();
    go(m_history.back());
    return true;
}

bool ViewNavigator::goForward()
{
    if (!canGoForward())
        return false;
    rememberCurrent();
    go(m_history.forward());
    return true;
}

void ViewNavigator::go(NavigationEntry entry)
{
    {
        const Moving moving(m_moving);
        if (WorkspaceView *view = m_tabs->open(entry.key)) {
            m_tabs->setCurrentWidget(view);
            view->restoreNavigationState(entry.state);
        }
    }
    Q_EMIT historyChanged();
}

void ViewNavigator::openSession(const std::vector<NavigationEntry> &tabs, int current)
{
    {
        const Moving moving(m_moving);
        QString currentKey;
        for (int index = 0; index < int(tabs.size()); ++index) {
            const NavigationEntry &entry = tabs[size_t(index)];
            WorkspaceView *view = m_tabs->open(entry.key);
            if (!view)
                continue;
            if (!entry.state.isEmpty())
                view->restoreNavigationState(entry.state);
            if (index == current || currentKey.isEmpty())
                currentKey = entry.key;
        }
        if (WorkspaceView *view = m_tabs->view(currentKey))
            m_tabs->setCurrentWidget(view);
    }
    resetHistory();
}

std::vector<NavigationEntry> ViewNavigator::session() const
{
    std::vector<NavigationEntry> tabs;
    for (int index = 0; index < m_tabs->count(); ++index)
        tabs.push_back({m_tabs->keyAt(index), m_tabs->viewAt(index)->navigationState()});
    return tabs;
}

void ViewNavigator::resetHistory()
{
    m_history.clear();
    recordCurrent();
    Q_EMIT historyChanged();
}

void ViewNavigator::currentTabChanged()
{
    if (m_moving > 0)
        return;
    // The analyst picked a tab (or closed the current one): a step.
    rememberCurrent();
    recordCurrent();
}

void ViewNavigator::viewStateChanged(WorkspaceView *view)
{
    if (m_moving > 0)
        return;
    const NavigationEntry *current = m_history.current();
    if (current && current->key == m_tabs->keyOf(view) && view == m_tabs->currentView())
        m_history.updateCurrent(view->navigationState());
}

void ViewNavigator::viewClosing(WorkspaceView *view)
{
    const NavigationEntry *current = m_history.current();
    if (current && current->key == m_tabs->keyOf(view))
        m_history.updateCurrent(view->navigationState());
}

void ViewNavigator::rememberCurrent()
{
    const NavigationEntry *current = m_history.current();
    if (!current)
        return;
    if (const WorkspaceView *view = m_tabs->view(current->key))
        m_history.updateCurrent(view->navigationState());
}

void ViewNavigator::recordCurrent()
{
    const WorkspaceView *view = m_tabs->currentView();
    if (!view)
        return;
    m_history.visit({m_tabs->currentKey(), view->navigationState()});
    Q_EMIT historyChanged();
}

} // namespace clearsight::ui
