#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace clearsight::ui {

// The GUI's per-user settings (QSettings, organisation and application name set at startup).
// One place for the keys, so no widget invents its own.
namespace appsettings {

QString lastWorkspace();
void setLastWorkspace(const QString &path);

// Most recent first.
QStringList recentWorkspaces();
void setRecentWorkspaces(const QStringList &paths);

QByteArray windowGeometry();
QByteArray windowState();
void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

QString currentView();
void setCurrentView(const QString &key);

// The demo workspace is offered once, on the first start without a workspace.
bool demoOffered();
void setDemoOffered(bool offered);

} // namespace appsettings

} // namespace clearsight::ui
