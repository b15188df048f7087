#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace clearsight::ui
{

// The GUI's per-user settings (QSettings, organisation and application name set at startup).
// One place for the keys, so no widget invents its own.
namespace appsettings
{

QString lastWorkspace();
void setLastWorkspace(const QString &path);

// Most recent first.
QStringList recentWorkspaces();
void setRecentWorkspaces(const QStringList &paths);

QByteArray windowGeometry();
QByteArray windowState();
void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

// The view shown at exit by versions without tabs; read when no session is saved.
QString currentView();

// The tabs open at exit, restored when the same workspace opens at the next start.
struct SavedTab {
    QString key;       // "declarations", "trader:TR300"
    QVariantMap state; // the view's navigationState()
};
struct SavedSession {
    QString workspace; // absolute path
    std::vector<SavedTab> tabs;
    int current = 0; // index into tabs
};
SavedSession session();
void setSession(const SavedSession &session);

// The demo workspace is offered once, on the first start without a workspace.
bool demoOffered();
void setDemoOffered(bool offered);

} // namespace appsettings

} // namespace clearsight::ui
