#include "app/screenshot.h"
#include "declarations/declarationfilterbar.h"
#include "declarations/declarationsview.h"
#include "importing/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationpanel.h"
#include "models/declarationtablemodel.h"
#include "report/statsreport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{
class MainWindowTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = uitest::createSmallWorkspace(m_dir);
        m_window =
            std::make_unique<MainWindow>(standardViews(), MainWindow::Options{.persistent = false});
        m_window->resize(1200, 700);
        m_window->show();
        const Status opened = m_window->openWorkspace(m_path);
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
        ASSERT_TRUE(m_window->showView(QStringLiteral("declarations")));
        m_view = qobject_cast<DeclarationsView *>(m_window->currentView());
        ASSERT_NE(m_view, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isSettled(); }, 10000));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    DeclarationsView *m_view = nullptr;
};
} // namespace

TEST_F(MainWindowTest, ShowsEveryStoredItemAndListsTheDeclarationsView)
{
    const Result<WorkspaceReport> report = readWorkspaceReport(m_path);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->statistics.items, uitest::smallWorkspaceItems);
    EXPECT_EQ(m_view->model()->rowCount(), report->statistics.items);
    EXPECT_TRUE(m_window->navigation()->viewKeys().contains(QStringLiteral("declarations")));
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("small.clearsight")));

    auto *count = m_view->findChild<QLabel *>(QStringLiteral("declarationMatchCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_TRUE(count->text().contains(QStringLiteral("6"))) << qPrintable(count->text());
    auto *statusItems = m_window->findChild<QLabel *>(QStringLiteral("statusItems"));
    ASSERT_NE(statusItems, nullptr);
    EXPECT_TRUE(statusItems->text().contains(QStringLiteral("6")))
        << qPrintable(statusItems->text());

    // The rows on screen are loaded and formatted: the first item's date is a real date.
    EXPECT_TRUE(m_view->model()->index(0, 0).data(DeclarationTableModel::LoadedRole).toBool());
}

TEST_F(MainWindowTest, SearchTextNarrowsTheRowsAfterTheDebounce)
{
    auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("declarationSearch"));
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("acme"));
    // Typing alone changes nothing until the debounce fires.
    EXPECT_TRUE(m_view->model()->filter().search.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return m_view->model()->filter().search == QLatin1StringView("acme") &&
                   !m_view->model()->isBusy();
        },
        5000));
    EXPECT_EQ(m_view->model()->rowCount(), uitest::smallWorkspaceAcmeItems);

    // A trader-id prefix, then Clear brings every row back.
    search->setText(QStringLiteral("TR3"));
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return m_view->model()->filter().search == QLatin1StringView("TR3") &&
                   !m_view->model()->isBusy();
        },
        5000));
    EXPECT_EQ(m_view->model()->rowCount(), uitest::smallWorkspaceExports);
    m_view->filterBar()->clear();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return m_view->model()->filter().isEmpty() && !m_view->model()->isBusy(); },
        5000));
    EXPECT_EQ(m_view->model()->rowCount(), uitest::smallWorkspaceItems);
}

TEST_F(MainWindowTest, HeaderClickSortsInTheModel)
{
    QTableView *table = m_view->table();
    table->sortByColumn(int(CanonicalColumn::CifValue), Qt::DescendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isSettled(); }, 5000));
    EXPECT_DOUBLE_EQ(m_view->model()->index(0, int(CanonicalColumn::CifValue)).data().toDouble(),
                     18000);
}

TEST_F(MainWindowTest, ScreenshotWritesAPngOfTheWindow)
{
    const QString file = m_dir.filePath(QStringLiteral("shots/declarations.png"));
    const Status saved = saveScreenshot(*m_window, file, std::chrono::seconds(10));
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message);
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), m_window->size() * m_window->devicePixelRatio());
}

TEST_F(MainWindowTest, CtrlIOpensTheImportWizard)
{
    QAction *import = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            import = action;
    }
    ASSERT_NE(import, nullptr);
    EXPECT_TRUE(import->isEnabled());
    import->trigger();
    auto *wizard = m_window->findChild<ImportWizard *>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(wizard->currentId(), FilePageId);
    EXPECT_EQ(wizard->session().workspacePath, m_window->workspacePath());
    wizard->close();
}

TEST_F(MainWindowTest, ADroppedFileIsImportedAndEveryViewShowsItsRows)
{
    const QString file = m_dir.filePath(QStringLiteral("dropped.csv"));
    uitest::writeCanonicalCsv(file, 5);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    // Enter first: it makes the window the drag's target, which the drop is then delivered to.
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    ImportWizard *wizard = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (wizard = m_window->findChild<ImportWizard *>()) != nullptr; }, 5000));
    EXPECT_EQ(wizard->currentId(), SettingsPageId);
    EXPECT_EQ(wizard->session().filePath, file);

    // The canonical layout is detected: straight on to the import, then the summary.
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, 10000));
    wizard->next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->currentId() == SummaryPageId; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return m_window->isSettled() &&
                   m_view->model()->rowCount() == uitest::smallWorkspaceItems + 5;
        },
        10000));
    wizard->accept();
}

TEST(MainWindowWithoutWorkspace, RefusesAFileThatIsNotAWorkspace)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow window(standardViews(), MainWindow::Options{.persistent = false});
    const Status opened = window.openWorkspace(dir.filePath(QStringLiteral("missing.clearsight")));
    EXPECT_FALSE(opened.ok());
    EXPECT_TRUE(window.workspacePath().isEmpty());
    EXPECT_FALSE(window.navigation()->isEnabled());
}
