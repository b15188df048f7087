#include "mainwindow/recentworkspaces.h"

#include <QFile>
#include <QMenu>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace clearsight::ui;

TEST(RecentWorkspaces, KeepsTheEightMostRecentExistingFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QMenu menu;
    RecentWorkspaces recent(&menu, /*persistent=*/false);
    QStringList files;
    for (int i = 0; i < 10; ++i) {
        const QString path = dir.filePath(QStringLiteral("w%1.clearsight").arg(i));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        files << path;
        recent.add(path);
    }
    ASSERT_EQ(recent.paths().size(), RecentWorkspaces::maxEntries);
    EXPECT_EQ(recent.paths().constFirst(), files.last());

    // Opening one again moves it to the front without a duplicate.
    recent.add(files.at(5));
    EXPECT_EQ(recent.paths().constFirst(), files.at(5));
    EXPECT_EQ(recent.paths().count(files.at(5)), 1);

    // A deleted workspace disappears from the menu the next time it opens.
    QFile::remove(files.last());
    Q_EMIT menu.aboutToShow();
    EXPECT_FALSE(recent.paths().contains(files.last()));
    int entries = 0;
    for (QAction *action : menu.actions()) {
        if (action->statusTip().endsWith(QStringLiteral(".clearsight")))
            ++entries;
    }
    EXPECT_EQ(entries, RecentWorkspaces::maxEntries - 1);
}
