#pragma once

#include <QTabWidget>

namespace clearsight::ui
{

class ViewRegistry;
class WorkspaceView;

// The views open in the main window, one tab each: closable, movable, a tab per key
// ("declarations", "trader:TR300"). It creates the views from the registry and knows which
// key each tab shows; what opens when is the navigator's business (viewnavigator.h).
class ViewTabs : public QTabWidget
{
    Q_OBJECT
public:
    // `registry` must outlive the tabs.
    explicit ViewTabs(const ViewRegistry &registry, QWidget *parent = nullptr);

    // The view of `key`, its tab opened at the end when missing (but not made current): the
    // new view is announced by viewCreated(), so the window wires it and gives it its workspace,
    // and then a parameterised view gets its argument. nullptr when the registry cannot
    // resolve `key`.
    WorkspaceView *open(const QString &key);

    int indexOf(const QString &key) const;
    using QTabWidget::indexOf;
    WorkspaceView *view(const QString &key) const;
    WorkspaceView *viewAt(int index) const;
    QString keyAt(int index) const;
    QString keyOf(const QWidget *view) const;
    QString currentKey() const;
    WorkspaceView *currentView() const;
    // The keys of the open tabs, in tab order.
    QStringList keys() const;
    // How a tab of `key` is named: the view's title, with its argument for a parameterised
    // view ("Trader TR300") unless the view has set a window title of its own.
    QString titleFor(const QString &key) const;

    // Closes the tab at `index`; its view is deleted once its signals are delivered.
    void closeTab(int index);

Q_SIGNALS:
    void viewCreated(clearsight::ui::WorkspaceView *view);
    // Just before a tab goes: its view still shows what it showed.
    void aboutToClose(clearsight::ui::WorkspaceView *view);

private:
    void updateTabText(WorkspaceView *view);

    const ViewRegistry &m_registry;
};

} // namespace clearsight::ui
