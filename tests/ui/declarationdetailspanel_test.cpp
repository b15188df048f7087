#include "declarations/declarationdetailspanel.h"
#include "declarations/declarationsview.h"
#include "mainwindow/mainwindow.h"
#include "models/declarationtablemodel.h"
#include "uitestsupport.h"

#include <QDir>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{
// The value beside `field` in the panel's section `section` ("lineage", "values"...).
QString fieldValue(const QTreeWidget *tree, const QString &section, const QString &field)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = tree->topLevelItem(i);
        if (top->data(0, Qt::UserRole).toString() != section)
            continue;
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->text(0) == field)
                return top->child(j)->text(1);
        }
    }
    return {};
}
} // namespace

TEST(DeclarationDetailsPanel, ShowsTheSourceFileAndLineOfTheSelectedRow)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = uitest::createWorkspaceWithFindings(dir);
    MainWindow window(standardViews(), MainWindow::Options{.persistent = false});
    window.resize(1300, 800);
    window.show();
    ASSERT_TRUE(window.openWorkspace(path).ok());
    ASSERT_TRUE(window.showView(QStringLiteral("declarations")));
    auto *view = qobject_cast<DeclarationsView *>(window.currentView());
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isSettled(); }, 10000));
    DeclarationDetailsPanel *panel = view->detailsPanel();
    EXPECT_FALSE(panel->isVisible()); // nothing selected yet

    // The seventh row in storage order: the first record of the second file, on its line 2.
    const int row = uitest::smallWorkspaceItems;
    view->table()->selectRow(row);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->isVisible() && !panel->isLoading(); }, 10000));
    EXPECT_EQ(panel->rowId(),
              view->model()->index(row, 0).data(DeclarationTableModel::RowIdRole).toLongLong());
    EXPECT_EQ(fieldValue(panel->tree(), QStringLiteral("lineage"), QStringLiteral("File")),
              QStringLiteral("findings.csv"));
    EXPECT_EQ(fieldValue(panel->tree(), QStringLiteral("lineage"), QStringLiteral("Source line")),
              QStringLiteral("2"));
    EXPECT_EQ(fieldValue(panel->tree(), QStringLiteral("lineage"), QStringLiteral("Batch")),
              QStringLiteral("2"));
    EXPECT_EQ(fieldValue(panel->tree(), QStringLiteral("values"), QStringLiteral("Declaration")),
              QStringLiteral("D24-0101"));
    if (const QString folder = qEnvironmentVariable("CLEARSIGHT_UI_SHOTS"); !folder.isEmpty()) {
        EXPECT_TRUE(window.grab().save(QDir(folder).filePath(QStringLiteral("row-details.png"))));
    }
    // Its finding, by its title, with the figures behind it.
    EXPECT_FALSE(fieldValue(panel->tree(), QStringLiteral("findings"),
                            QStringLiteral("Net weight above gross weight"))
                     .isEmpty());

    // The toggle hides the panel; selecting another row does not bring it back.
    auto *toggle = view->findChild<QToolButton *>(QStringLiteral("declarationDetailsToggle"));
    ASSERT_NE(toggle, nullptr);
    toggle->setChecked(false);
    EXPECT_FALSE(panel->isVisible());
    view->table()->selectRow(0);
    EXPECT_FALSE(panel->isVisible());
    toggle->setChecked(true);
    EXPECT_TRUE(panel->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->isLoading(); }, 10000));
    EXPECT_EQ(fieldValue(panel->tree(), QStringLiteral("lineage"), QStringLiteral("File")),
              QStringLiteral("small.csv"));
}
