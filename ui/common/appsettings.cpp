#include "appsettings.h"

#include <QSettings>

namespace clearsight::ui::appsettings
{

namespace
{
const QString kLastWorkspace = QStringLiteral("workspace/last");
const QString kRecentWorkspaces = QStringLiteral("workspace/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kCurrentView = QStringLiteral("window/view");
const QString kDemoOffered = QStringLiteral("startup/demoOffered");
const QString kSessionWorkspace = QStringLiteral("session/workspace");
const QString kSessionTabs = QStringLiteral("session/tabs");
const QString kSessionCurrent = QStringLiteral("session/current");
const QString kTabKey = QStringLiteral("key");
const QString kTabState = QStringLiteral("state");
} // namespace

QString lastWorkspace()
{
    return QSettings().value(kLastWorkspace).toString();
}

void setLastWorkspace(const QString &path)
{
    QSettings().setValue(kLastWorkspace, path);
}

QStringList recentWorkspaces()
{
    return QSettings().value(kRecentWorkspaces).toStringList();
}

void setRecentWorkspaces(const QStringList &paths)
{
    QSettings().setValue(kRecentWorkspaces, paths);
}

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray windowState()
{
    return QSettings().value(kState).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

QString currentView()
{
    return QSettings().value(kCurrentView).toString();
}

SavedSession session()
{
    const QSettings settings;
    SavedSession saved;
    saved.workspace = settings.value(kSessionWorkspace).toString();
    const QVariantList tabs = settings.value(kSessionTabs).toList();
    for (const QVariant &tab : tabs) {
        const QVariantMap fields = tab.toMap();
        const QString key = fields.value(kTabKey).toString();
        if (!key.isEmpty())
            saved.tabs.push_back({key, fields.value(kTabState).toMap()});
    }
    saved.current = settings.value(kSessionCurrent, 0).toInt();
    return saved;
}

void setSession(const SavedSession &session)
{
    QVariantList tabs;
    for (const SavedTab &tab : session.tabs)
        tabs << QVariantMap{{kTabKey, tab.key}, {kTabState, tab.state}};
    QSettings settings;
    settings.setValue(kSessionWorkspace, session.workspace);
    settings.setValue(kSessionTabs, tabs);
    settings.setValue(kSessionCurrent, session.current);
}

bool demoOffered()
{
    return QSettings().value(kDemoOffered, false).toBool();
}

void setDemoOffered(bool offered)
{
    QSettings().setValue(kDemoOffered, offered);
}

} // namespace clearsight::ui::appsettings
