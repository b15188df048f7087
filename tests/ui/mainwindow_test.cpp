#include "app/colorscheme.h"
#include "app/screenshot.h"
#include "common/version.h"
#include "declarations/declarationfilterbar.h"
#include "declarations/declarationsview.h"
#include "help/aboutbox.h"
#include "help/shortcutsdialog.h"
#include "help/userguidedialog.h"
#include "importing/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationpanel.h"
#include "mainwindow/searchbox.h"
#include "mainwindow/viewtabs.h"
#include "models/declarationtablemodel.h"
#include "report/statsreport.h"
#include "store/connection.h"
#include "store/summaryrepository.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <map>

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

TEST_F(MainWindowTest, FileExportFindsTheAnalysisViewsExportButtons)
{
    // File > Export list (WorkspaceView::exportListed) presses the button named exportButton.
    for (const char *key : {"valuation", "traders", "incoterms"}) {
        ASSERT_TRUE(m_window->showView(QLatin1StringView(key))) << key;
        EXPECT_NE(
            m_window->currentView()->findChild<QAbstractButton *>(QStringLiteral("exportButton")),
            nullptr)
            << key;
    }
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

TEST(MainWindowWithoutWorkspace, AnOlderWorkspaceIsUpgradedOnOpeningAndItsSummariesFilled)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = uitest::createSmallWorkspace(dir);
    {
        // As left by the previous version: schema 5, summaries marked for a fill.
        Connection c = Connection::open(path).value();
        ASSERT_TRUE(c.exec(QStringLiteral("PRAGMA user_version = 5")).ok());
        ASSERT_TRUE(c.exec(QStringLiteral("DELETE FROM summary_entity")).ok());
    }
    MainWindow window(standardViews(), MainWindow::Options{.persistent = false});
    const Status opened = window.openWorkspace(path); // the opening runs on a worker thread
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_EQ(window.workspacePath(), QFileInfo(path).absoluteFilePath());
    Connection c = Connection::open(path).value();
    EXPECT_FALSE(SummaryRepository(c).needsRebuild().value());
    const Result<SummaryResult> traders =
        SummaryRepository(c).summarize(SummaryDimension::Trader, {});
    ASSERT_TRUE(traders.ok());
    EXPECT_FALSE(traders->rows.empty());
}

TEST_F(MainWindowTest, TheShortcutListIsReadFromTheActionsAndNamesTheMainOnes)
{
    const auto keysByCommand = [this] {
        std::map<QString, QString> keys;
        for (const ShortcutGroup &group :
             collectShortcuts(m_window->menuBar(), m_window->actions()))
            for (const ShortcutEntry &entry : group.entries)
                keys[entry.command] = entry.keys;
        return keys;
    };
    std::map<QString, QString> keys = keysByCommand();
    const auto native = [](QKeySequence sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    EXPECT_EQ(keys[QStringLiteral("Open workspace…")], native(QKeySequence::Open));
    EXPECT_EQ(keys[QStringLiteral("Import declarations…")], native(Qt::CTRL | Qt::Key_I));
    EXPECT_EQ(keys[QStringLiteral("Run analyses")], native(Qt::CTRL | Qt::Key_R));
    EXPECT_EQ(keys[QStringLiteral("Export list…")], native(Qt::CTRL | Qt::Key_E));
    EXPECT_EQ(keys[QStringLiteral("Quit")], native(Qt::CTRL | Qt::Key_Q));
    EXPECT_EQ(keys[QStringLiteral("User guide")], native(Qt::Key_F1));
    EXPECT_TRUE(keys[QStringLiteral("Back")].startsWith(native(Qt::ALT | Qt::Key_Left)));
    EXPECT_TRUE(keys[QStringLiteral("Forward")].startsWith(native(Qt::ALT | Qt::Key_Right)));
    EXPECT_TRUE(keys[QStringLiteral("Close tab")].startsWith(native(Qt::CTRL | Qt::Key_W)));
    EXPECT_TRUE(keys[QStringLiteral("Next tab")].startsWith(native(Qt::CTRL | Qt::Key_Tab)));
    EXPECT_TRUE(keys[QStringLiteral("Search…")].startsWith(native(Qt::CTRL | Qt::Key_K)));
    // The views in navigation order: the dashboard first, then the declarations.
    EXPECT_EQ(keys[QStringLiteral("Dashboard")], native(Qt::CTRL | Qt::Key_1));
    EXPECT_EQ(keys[QStringLiteral("Declarations")], native(Qt::CTRL | Qt::Key_2));

    // A command added later is listed with it, as are its keys.
    QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
    ASSERT_NE(file, nullptr);
    file->addAction(QStringLiteral("&Probe"))->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    keys = keysByCommand();
    EXPECT_EQ(keys[QStringLiteral("Probe")], native(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    ShortcutsDialog dialog(collectShortcuts(m_window->menuBar(), m_window->actions()));
    EXPECT_GE(dialog.list()->topLevelItemCount(), 4);
}

TEST_F(MainWindowTest, CtrlKPutsTheKeyboardInTheSearchBox)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    m_view->table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(m_window->searchBox()->hasFocus());
    // In the declarations view Ctrl+F finds in its own filter; elsewhere it is the search box.
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(m_view->findChild<QLineEdit *>(QStringLiteral("declarationSearch"))->hasFocus());
    ASSERT_TRUE(m_window->showView(QStringLiteral("quality")));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(m_window->searchBox()->hasFocus());
}

TEST(HelpDialogs, TheUserGuideOpensAtItsSectionAndAboutNamesTheVersions)
{
    UserGuideDialog guide;
    guide.resize(900, 600);
    guide.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&guide));
    QTextBrowser *browser = guide.browser();
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("Keyboard")));
    EXPECT_GT(browser->verticalScrollBar()->value(), 0);
    // The section's heading is the first line on screen.
    const QTextCursor top = browser->cursorForPosition(
        QPoint(browser->fontMetrics().averageCharWidth() * 2, browser->fontMetrics().height()));
    EXPECT_EQ(top.block().text(), UserGuideDialog::sectionTitle());

    const QString about = aboutText();
    EXPECT_TRUE(about.contains(applicationVersion()));
    EXPECT_TRUE(about.contains(QStringLiteral(QT_VERSION_STR)));
    EXPECT_TRUE(about.contains(QStringLiteral("License")));
}

TEST(MainWindowPalette, ADarkPaletteKeepsTextReadableOnDarkBackgrounds)
{
    const QPalette original = QApplication::palette();
    const QString originalStyle = QApplication::style()->name();
    useDarkPalette();
    ASSERT_TRUE(isDarkPalette(QApplication::palette()));
    {
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const QString path = uitest::createSmallWorkspace(dir);
        MainWindow window(standardViews(), MainWindow::Options{.persistent = false});
        window.resize(1200, 700);
        window.show();
        ASSERT_TRUE(window.openWorkspace(path).ok());
        ASSERT_TRUE(window.showView(QStringLiteral("declarations")));
        ASSERT_TRUE(window.showView(QStringLiteral("quality")));
        ASSERT_TRUE(window.showView(QStringLiteral("declarations")));
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.isSettled(); }, 10000));
        auto *declarations = qobject_cast<DeclarationsView *>(window.currentView());
        ASSERT_NE(declarations, nullptr);

        const std::vector<std::pair<const char *, QWidget *>> widgets = {
            {"navigation", window.navigation()->viewport()},
            {"table", declarations->table()->viewport()},
            {"filter bar", declarations->filterBar()},
            {"tab bar", window.tabs()->tabBar()},
            {"search box", window.searchBox()},
            {"toolbar", window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))},
            {"status bar", window.statusBar()},
            {"menu bar", window.menuBar()},
        };
        for (const auto &[name, widget] : widgets) {
            ASSERT_NE(widget, nullptr) << name;
            const QPalette palette = widget->palette();
            const QColor background = palette.color(widget->backgroundRole());
            const QColor text = palette.color(widget->foregroundRole());
            EXPECT_LT(background.lightnessF(), 0.5) << name;
            EXPECT_GE(contrastRatio(text, background), 4.5) << name;
            // What is drawn, too: a colour fixed in code or a style sheet shows up here.
            const QImage image = widget->grab().toImage();
            double lightness = 0;
            int samples = 0;
            for (int y = 0; y < image.height(); y += 3) {
                for (int x = 0; x < image.width(); x += 3) {
                    lightness += image.pixelColor(x, y).lightnessF();
                    ++samples;
                }
            }
            ASSERT_GT(samples, 0) << name;
            EXPECT_LT(lightness / samples, 0.4) << name;
        }
        // The table's text on its rows, and the selection.
        const QPalette table = declarations->table()->palette();
        EXPECT_GE(contrastRatio(table.color(QPalette::Text), table.color(QPalette::AlternateBase)),
                  4.5);
        EXPECT_GE(
            contrastRatio(table.color(QPalette::HighlightedText), table.color(QPalette::Highlight)),
            4.5);
    }
    QApplication::setStyle(QStyleFactory::create(originalStyle));
    QApplication::setPalette(original);
}
