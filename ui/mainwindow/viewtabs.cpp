#include "viewtabs.h"

#include "viewregistry.h"
#include "workspaceview.h"

#include <QTabBar>

namespace clearsight::ui
{

namespace
{
// The tab key of a view, kept on the view itself: tabs move, and their index with them.
constexpr const char *kKeyProperty = "clearsightViewKey";
} // namespace

ViewTabs::ViewTabs(const ViewRegistry &registry, QWidget *parent)
    : QTabWidget(parent), m_registry(registry)
{
    setObjectName(QStringLiteral("viewTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideRight);
    tabBar()->setExpanding(false);
    // Keyboard focus stays in the views: Ctrl+Tab and the shortcuts switch tabs.
    tabBar()->setFocusPolicy(Qt::NoFocus);
    connect(this, &QTabWidget::tabCloseRequested, this, &ViewTabs::closeTab);
}

WorkspaceView *ViewTabs::open(const QString &key)
{
    if (WorkspaceView *existing = view(key))
        return existing;
    const ViewDescriptor *descriptor = m_registry.resolve(key);
    if (!descriptor)
        return nullptr;
    WorkspaceView *created = descriptor->create(this);
    created->setObjectName(descriptor->key + QStringLiteral("View"));
    created->setProperty(kKeyProperty, key);
    Q_EMIT viewCreated(created);
    if (const QString argument = ViewKey::parse(key).argument; !argument.isEmpty())
        created->restoreNavigationState({{descriptor->key, argument}});
    addTab(created, descriptor->icon(), QString());
    updateTabText(created);
    connect(created, &QWidget::windowTitleChanged, this,
            [this, created] { updateTabText(created); });
    return created;
}

int ViewTabs::indexOf(const QString &key) const
{
    for (int index = 0; index < count(); ++index) {
        if (keyAt(index) == key)
            return index;
    }
    return -1;
}

WorkspaceView *ViewTabs::view(const QString &key) const
{
    return viewAt(indexOf(key));
}

WorkspaceView *ViewTabs::viewAt(int index) const
{
    return qobject_cast<WorkspaceView *>(widget(index));
}

QString ViewTabs::keyAt(int index) const
{
    return keyOf(widget(index));
}

QString ViewTabs::keyOf(const QWidget *view) const
{
    return view ? view->property(kKeyProperty).toString() : QString();
}

QString ViewTabs::currentKey() const
{
    return keyAt(currentIndex());
}

WorkspaceView *ViewTabs::currentView() const
{
    return viewAt(currentIndex());
}

QStringList ViewTabs::keys() const
{
    QStringList result;
    for (int index = 0; index < count(); ++index)
        result << keyAt(index);
    return result;
}

QString ViewTabs::titleFor(const QString &key) const
{
    if (const WorkspaceView *open = view(key); open && !open->windowTitle().isEmpty())
        return open->windowTitle();
    const ViewDescriptor *descriptor = m_registry.resolve(key);
    if (!descriptor)
        return key;
    const QString argument = ViewKey::parse(key).argument;
    if (argument.isEmpty())
        return descriptor->translatedTitle();
    //: A tab showing one thing of a kind: "Trader TR300"
    return tr("%1 %2").arg(descriptor->translatedTitle(), argument);
}

void ViewTabs::closeTab(int index)
{
    WorkspaceView *closing = viewAt(index);
    if (!closing)
        return;
    Q_EMIT aboutToClose(closing);
    removeTab(index);
    closing->deleteLater();
}

void ViewTabs::updateTabText(WorkspaceView *view)
{
    const int index = indexOf(view);
    if (index < 0)
        return;
    const QString title = titleFor(keyOf(view));
    // A single '&' would make a mnemonic of the next letter.
    setTabText(index, QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")));
    setTabToolTip(index, title);
}

} // namespace clearsight::ui
