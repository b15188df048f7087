#include "recentworkspaces.h"

#include "common/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace clearsight::ui {

RecentWorkspaces::RecentWorkspaces(QMenu *menu, bool persistent, QObject *parent)
    : QObject(parent), m_menu(menu), m_persistent(persistent)
{
    if (m_persistent)
        m_paths = appsettings::recentWorkspaces();
    // The list is checked each time it opens: a workspace deleted meanwhile disappears.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentWorkspaces::rebuildMenu);
    rebuildMenu();
}

void RecentWorkspaces::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.removeAll(absolute);
    m_paths.prepend(absolute);
    while (m_paths.size() > maxEntries)
        m_paths.removeLast();
    save();
}

void RecentWorkspaces::rebuildMenu()
{
    const qsizetype before = m_paths.size();
    m_paths.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    if (m_paths.size() != before)
        save();
    m_menu->clear();
    int number = 1;
    for (const QString &path : std::as_const(m_paths)) {
        const QString fileName = QFileInfo(path).fileName();
        // "&1 demo.clearsight": the digit is the menu accelerator; escape the name's own '&'.
        QString text = QString(fileName).replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (number < 10)
            text = QStringLiteral("&%1 %2").arg(number).arg(text);
        QAction *action = m_menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
        ++number;
    }
    if (m_paths.isEmpty()) {
        m_menu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Clear list")), &QAction::triggered, this, [this] {
        // The menu is rebuilt when it next opens, not while its action is being triggered.
        m_paths.clear();
        save();
    });
}

void RecentWorkspaces::save()
{
    if (m_persistent)
        appsettings::setRecentWorkspaces(m_paths);
}

} // namespace clearsight::ui
