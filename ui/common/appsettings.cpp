#include "appsettings.h"

#include <QSettings>

namespace clearsight::ui::appsettings {

namespace {
const QString kLastWorkspace = QStringLiteral("workspace/last");
const QString kRecentWorkspaces = QStringLiteral("workspace/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kCurrentView = QStringLiteral("window/view");
const QString kDemoOffered = QStringLiteral("startup/demoOffered");
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

void setCurrentView(const QString &key)
{
    QSettings().setValue(kCurrentView, key);
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
