#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace clearsight::ui {

// File > Recent workspaces: the last workspaces opened, most recent first, kept in the
// settings. Files that no longer exist are dropped from the list.
class RecentWorkspaces : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxEntries = 8;

    // `persistent` false keeps the list in memory only (screenshots, tests).
    RecentWorkspaces(QMenu *menu, bool persistent, QObject *parent = nullptr);

    void add(const QString &path);
    QStringList paths() const { return m_paths; }

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuildMenu();
    void save();

    QMenu *m_menu = nullptr;
    bool m_persistent = true;
    QStringList m_paths;
};

} // namespace clearsight::ui
