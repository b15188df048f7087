#include "analysis/analysisrunaction.h"
#include "analysis/flagsmodel.h"
#include "analysis/incotermsview.h"
#include "analysis/stalenotice.h"
#include "analysis/traderscoremodel.h"
#include "analysis/tradersview.h"
#include "analysis/valuationview.h"
#include "analysistestsupport.h"
#include "ingest/importer.h"
#include "mainwindow/mainwindow.h"
#include "store/connection.h"
#include "store/flagrepository.h"
#include "store/workspace.h"
#include "uitestsupport.h"

#include <QAction>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

TEST(RunAnalyses, TheActionRunsTheAnalysesAndEveryAnalysisViewShowsTheResults)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = uitest::createAnalysisWorkspace(dir, false);
    MainWindow window(standardViews(), MainWindow::Options{.persistent = false});
    window.resize(1440, 900);
    window.show();
    ASSERT_TRUE(window.openWorkspace(path).ok());
    const auto settle = [&] {
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.isSettled(); }, 10000));
    };

    // Before any run: no flags, no ranking, and a notice saying why in each view.
    ASSERT_TRUE(window.showView(QStringLiteral("traders")));
    settle();
    auto *traders = qobject_cast<TradersView *>(window.currentView());
    ASSERT_TRUE(window.showView(QStringLiteral("incoterms")));
    settle();
    auto *incoterms = qobject_cast<IncotermsView *>(window.currentView());
    ASSERT_TRUE(window.showView(QStringLiteral("valuation")));
    settle();
    auto *valuation = qobject_cast<ValuationView *>(window.currentView());
    ASSERT_TRUE(traders && incoterms && valuation);
    EXPECT_EQ(valuation->model()->rowCount(), 0);
    EXPECT_EQ(traders->model()->rowCount(), 0);
    EXPECT_TRUE(valuation->staleNotice()->isVisible());
    EXPECT_TRUE(valuation->staleNotice()->text().contains(QStringLiteral("No analysis")));

    // Analysis > Run analyses, by its shortcut's action.
    AnalysisRunAction *run = window.analysisRun();
    QAction *action = run->action();
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    ASSERT_TRUE(action->isEnabled());
    bool finished = false;
    QObject::connect(run, &AnalysisRunAction::finished, &window, [&] { finished = true; });
    action->trigger();
    EXPECT_FALSE(action->isEnabled()); // one run at a time
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 20000));
    settle();
    EXPECT_TRUE(action->isEnabled());

    EXPECT_GT(valuation->model()->rowCount(), 0);
    EXPECT_FALSE(valuation->staleNotice()->isVisible());
    // The views not on screen were read again as well.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return traders->isSettled() && incoterms->isSettled(); }, 10000));
    EXPECT_EQ(traders->model()->rowCount(), 9);
    EXPECT_GT(incoterms->flagsModel()->rowCount(), 0);
}

TEST(RunAnalyses, CancelKeepsThePreviousResults)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Big enough that the run is still going when Cancel is pressed.
    const QString csv = dir.filePath(QStringLiteral("bulk.csv"));
    uitest::writeCanonicalCsv(csv, 20000);
    const QString path = dir.filePath(QStringLiteral("bulk.clearsight"));
    ASSERT_TRUE(workspace::create(path).ok());
    ASSERT_TRUE(importFile(path, csv).ok());
    ASSERT_TRUE(runAnalyses(path).ok());
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    ASSERT_TRUE(connection.ok());
    const auto before = FlagRepository(connection.value()).latestRun();
    ASSERT_TRUE(before.ok() && before.value().has_value());

    MainWindow window(standardViews(), MainWindow::Options{.persistent = false});
    window.show();
    ASSERT_TRUE(window.openWorkspace(path).ok());
    AnalysisRunAction *run = window.analysisRun();
    bool cancelled = false;
    bool finished = false;
    QObject::connect(run, &AnalysisRunAction::cancelled, &window, [&] { cancelled = true; });
    QObject::connect(run, &AnalysisRunAction::finished, &window, [&] { finished = true; });
    run->action()->trigger();
    auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("analysisProgress"));
    ASSERT_NE(progress, nullptr);
    auto *cancel = progress->findChild<QPushButton *>();
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return cancelled || finished; }, 20000));
    EXPECT_TRUE(cancelled);
    EXPECT_FALSE(finished);
    EXPECT_TRUE(run->action()->isEnabled());
    // The first run's results are still the stored ones, and current.
    const auto after = FlagRepository(connection.value()).latestRun();
    ASSERT_TRUE(after.ok() && after.value().has_value());
    EXPECT_EQ(after.value()->id, before.value()->id);
    EXPECT_EQ(after.value()->startedAt, before.value()->startedAt);
    EXPECT_EQ(after.value()->flags, before.value()->flags);
    const Result<bool> stale = analysisIsStale(path);
    ASSERT_TRUE(stale.ok());
    EXPECT_FALSE(stale.value());
}
