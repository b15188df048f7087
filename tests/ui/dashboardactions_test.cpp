// What the dashboard does with a filter: declarations and traders behind a chart element,
// navigation state, dropped answers of a superseded filter, models, exports.
#include "charts/chartview.h"
#include "dashboard/dashboardfilterbar.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpitiles.h"
#include "dashboard/summarytablemodel.h"
#include "dashboard/timepanel.h"
#include "dashboardviewfixture.h"
#include "store/connection.h"
#include "store/declarationquery.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;
using namespace clearsight::uitest;

namespace
{
class DashboardActionsTest : public DashboardViewFixture
{
};

qint64 declarationItems(const QString &path, const DeclarationFilter &filter)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    EXPECT_TRUE(connection.ok());
    if (!connection)
        return -1;
    const Result<qint64> count = DeclarationQuery(connection.value()).count(filter);
    EXPECT_TRUE(count.ok());
    return count ? count.value() : -1;
}
} // namespace

TEST_F(DashboardActionsTest, AnElementOpensTheDeclarationsItCounts)
{
    std::unique_ptr<DashboardView> view = openView();
    QSignalSpy requested(view.get(), &WorkspaceView::declarationsRequested);
    QSignalSpy traders(view.get(), &WorkspaceView::traderRequested);

    // A trader under a channel: both criteria reach the declarations, with the same count.
    view->setFilter(DashboardFilter::narrowed(view->filter(), SummaryDimension::Channel,
                                              QStringLiteral("RED")));
    settle(*view);
    DashboardPanel *traderPanel = view->panel(DashboardView::Traders);
    ASSERT_GT(traderPanel->model()->rowCount(), 0);
    const SummaryRow trader = traderPanel->model()->rows().front();
    traderPanel->requestDeclarations(0);
    ASSERT_EQ(requested.count(), 1);
    const auto filter = requested.front().at(0).value<DeclarationFilter>();
    EXPECT_EQ(filter.traderId, trader.key);
    EXPECT_EQ(filter.channel, QStringLiteral("RED"));
    EXPECT_FALSE(requested.front().at(1).toString().isEmpty());
    EXPECT_EQ(declarationItems(path(), filter), trader.figures.items);
    traderPanel->requestTrader(0);
    ASSERT_EQ(traders.count(), 1);
    EXPECT_EQ(traders.front().at(0).toString(), trader.key);

    // A lane becomes its origin, office and mode.
    DashboardPanel *lanes = view->panel(DashboardView::Lanes);
    ASSERT_GT(lanes->model()->rowCount(), 0);
    const SummaryRow lane = lanes->model()->rows().front();
    lanes->requestDeclarations(0);
    ASSERT_EQ(requested.count(), 2);
    const auto laneFilter = requested.back().at(0).value<DeclarationFilter>();
    const LaneParts parts = laneParts(lane.key);
    EXPECT_EQ(laneFilter.origin, parts.origin);
    EXPECT_EQ(laneFilter.office, parts.office);
    EXPECT_EQ(laneFilter.transportMode, parts.mode);
    EXPECT_EQ(declarationItems(path(), laneFilter), lane.figures.items);

    // The tiles' menu: everything under the filter.
    Q_EMIT view->kpiTiles()->declarationsRequested();
    ASSERT_EQ(requested.count(), 3);
    EXPECT_EQ(declarationItems(path(), requested.back().at(0).value<DeclarationFilter>()),
              view->kpiTiles()->figures().items);
}

TEST_F(DashboardActionsTest, TheFilterIsTheNavigationState)
{
    std::unique_ptr<DashboardView> view = openView();
    QSignalSpy remembered(view.get(), &WorkspaceView::navigationStateChanged);
    DashboardFilterBar *bar = view->filterBar();
    bar->applyPreset(DashboardFilterBar::Preset::Last3Months);
    settle(*view);
    ASSERT_EQ(remembered.count(), 1);
    EXPECT_TRUE(view->filter().from.endsWith(QStringLiteral("-01")));
    EXPECT_EQ(QDate::fromString(view->filter().from, Qt::ISODate)
                      .daysTo(QDate::fromString(view->filter().to, Qt::ISODate).addDays(1)) /
                  28,
              3);
    EXPECT_EQ(view->timeDimension(), SummaryDimension::Week);
    view->setFilter(DashboardFilter::narrowed(
        view->filter(), SummaryDimension::HsChapter,
        view->panel(DashboardView::Chapters)->model()->rows().front().key));
    settle(*view);
    const QVariantMap state = view->navigationState();
    EXPECT_EQ(state.value(QStringLiteral("from")).toString(), view->filter().from);
    EXPECT_EQ(state.value(QStringLiteral("hs_chapter")).toString(), view->filter().hsChapter);
    const SummaryFigures narrowed = view->kpiTiles()->figures();

    // Back: restored without being remembered again.
    std::unique_ptr<DashboardView> other = openView();
    QSignalSpy otherRemembered(other.get(), &WorkspaceView::navigationStateChanged);
    other->restoreNavigationState(state);
    settle(*other);
    EXPECT_EQ(other->filter(), view->filter());
    EXPECT_EQ(other->kpiTiles()->figures(), narrowed);
    EXPECT_EQ(otherRemembered.count(), 0);
    other->restoreNavigationState({});
    settle(*other);
    EXPECT_TRUE(other->filter().isEmpty());
}

TEST_F(DashboardActionsTest, AnswersToASupersededFilterAreDropped)
{
    std::unique_ptr<DashboardView> view = openView();
    QSignalSpy loaded(view.get(), &WorkspaceView::loaded);
    const SummaryFigures all = view->kpiTiles()->figures();
    SummaryFilter imports;
    imports.flow = QStringLiteral("IM");
    SummaryFilter exports;
    exports.flow = QStringLiteral("EX");
    // Answers are delivered by the event loop, so both filters are asked for before any answer
    // arrives: the imports' answers must never reach a chart.
    QSignalSpy traderResets(view->panel(DashboardView::Traders)->model(),
                            &QAbstractItemModel::modelReset);
    QSignalSpy timeResets(view->timePanel()->model(), &QAbstractItemModel::modelReset);
    view->setFilter(imports);
    EXPECT_FALSE(view->isSettled());
    view->setFilter(exports);
    settle(*view);
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_EQ(traderResets.count(), 1);
    EXPECT_EQ(timeResets.count(), 1);
    const std::vector<ReferenceGroup> expected =
        referenceGroups(path(), QStringLiteral("'total'"),
                        ReferenceWhere().add(QStringLiteral("flow = ?"), QStringLiteral("EX")));
    ASSERT_EQ(expected.size(), 1u);
    expectFigures(view->kpiTiles()->figures(), expected.front());
    EXPECT_LT(view->kpiTiles()->figures().items, all.items);
    // Let any straggler of the imports' reads arrive: nothing changes.
    QTest::qWait(300);
    expectFigures(view->kpiTiles()->figures(), expected.front());
    EXPECT_EQ(view->filterBar()->filter(), exports);
}

TEST_F(DashboardActionsTest, EveryModelPassesTheModelTester)
{
    ModelTestMessages messages;
    std::unique_ptr<DashboardView> view = openView();
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (int part = DashboardView::Time; part < DashboardView::Count; ++part) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            view->panel(DashboardView::Part(part))->model(),
            QAbstractItemModelTester::FailureReportingMode::Warning));
    }
    // Through a change of rows and of the time chart's dimension, and an empty result.
    SummaryFilter month;
    month.from = QStringLiteral("2025-03-01");
    month.to = QStringLiteral("2025-03-31");
    view->setFilter(month);
    settle(*view);
    EXPECT_EQ(view->timePanel()->model()->dimension(), SummaryDimension::Day);
    SummaryFilter nothing;
    nothing.origin = QStringLiteral("ZZ");
    view->setFilter(nothing);
    settle(*view);
    EXPECT_EQ(view->panel(DashboardView::Traders)->model()->rowCount(), 0);
    EXPECT_EQ(view->kpiTiles()->figures().items, 0);
    view->setFilter({});
    settle(*view);
    for (int part = DashboardView::Time; part < DashboardView::Count; ++part)
        EXPECT_GT(view->panel(DashboardView::Part(part))->model()->rowCount(), 0) << part;
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST_F(DashboardActionsTest, AChartSavesAsPngAndSvgAndItsTableAsCsv)
{
    std::unique_ptr<DashboardView> view = openView();
    DashboardPanel *traders = view->panel(DashboardView::Traders);
    const QString png = scratch(QStringLiteral("traders.png"));
    const QString svg = scratch(QStringLiteral("traders.svg"));
    const QString csv = scratch(QStringLiteral("traders.csv"));
    ASSERT_TRUE(traders->chartView()->saveImage(png).ok());
    ASSERT_TRUE(traders->chartView()->saveImage(svg).ok());
    EXPECT_GT(QFileInfo(png).size(), 1000);
    EXPECT_GT(QFileInfo(svg).size(), 1000);
    ASSERT_TRUE(traders->exportCsv(csv).ok());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_EQ(text.count(u'\n'), traders->model()->rowCount() + 1);
    EXPECT_TRUE(text.contains(traders->model()->rows().front().key));
    // The table behind the chart.
    traders->setShowingTable(true);
    EXPECT_TRUE(traders->isShowingTable());
    EXPECT_EQ(traders->table()->model()->rowCount(), traders->model()->rowCount());
}
