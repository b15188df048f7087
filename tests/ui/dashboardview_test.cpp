// The dashboard against figures the test computes itself with plain SQL on the workspace.
#include "charts/chartview.h"
#include "charts/valuescale.h"
#include "dashboard/channelpanel.h"
#include "dashboard/dashboardview.h"
#include "dashboard/filterchips.h"
#include "dashboard/kpitiles.h"
#include "dashboard/summarytablemodel.h"
#include "dashboard/timepanel.h"
#include "dashboardviewfixture.h"
#include "mainwindow/viewregistry.h"
#include "report/statsreport.h"
#include "store/connection.h"
#include "store/declarationquery.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QScatterSeries>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace clearsight;
using namespace clearsight::ui;
using namespace clearsight::uitest;

namespace
{
class DashboardViewTest : public DashboardViewFixture
{
};
} // namespace

TEST_F(DashboardViewTest, IsTheFirstViewOfTheRegistry)
{
    const ViewRegistry registry = standardViews();
    ASSERT_FALSE(registry.isEmpty());
    EXPECT_EQ(registry.views().front().key, QStringLiteral("dashboard"));
    std::unique_ptr<WorkspaceView> view(registry.views().front().create(nullptr));
    EXPECT_NE(qobject_cast<DashboardView *>(view.get()), nullptr);
}

TEST_F(DashboardViewTest, TilesAndChartsShowTheFiguresOfTheStore)
{
    ModelTestMessages messages;
    std::unique_ptr<DashboardView> view = openView();
    const std::vector<ReferenceGroup> total = referenceGroups(path(), QStringLiteral("'total'"));
    ASSERT_EQ(total.size(), 1u);
    ASSERT_GT(total.front().flagged, 0); // the analyses flagged items
    ASSERT_GT(total.front().illicit, 0);

    KpiTiles *kpis = view->kpiTiles();
    ASSERT_TRUE(kpis->hasFigures());
    expectFigures(kpis->figures(), total.front());
    const QLocale locale;
    EXPECT_EQ(kpis->valueText(KpiTiles::Declarations), locale.toString(total.front().declarations));
    EXPECT_TRUE(kpis->exactText(KpiTiles::CustomsValue)
                    .startsWith(locale.toString(total.front().customsValue, 'f', 2)))
        << qPrintable(kpis->exactText(KpiTiles::CustomsValue));
    const double hitRate = 100.0 * double(total.front().illicit) / double(total.front().inspected);
    EXPECT_TRUE(kpis->valueText(KpiTiles::HitRate).startsWith(locale.toString(hitRate, 'f', 1)))
        << qPrintable(kpis->valueText(KpiTiles::HitRate));

    expectRanking(view->panel(DashboardView::Origins),
                  referenceGroups(path(), QStringLiteral("origin_country"), {}, 10));
    expectRanking(view->panel(DashboardView::Traders),
                  referenceGroups(path(), QStringLiteral("trader_id"), {}, 10));
    expectRanking(view->panel(DashboardView::Chapters),
                  referenceGroups(path(), QStringLiteral("substr(hs_code, 1, 2)"), {}, 10));
    expectRanking(view->panel(DashboardView::Lanes),
                  referenceGroups(path(), laneExpression(), {}, 10));

    // Channels: the declarations of each, and the hit rate of its inspections as a point.
    const std::vector<ReferenceGroup> channels =
        referenceGroups(path(), QStringLiteral("COALESCE(channel, '')"));
    const SummaryTableModel *channelModel = view->channelPanel()->model();
    ASSERT_EQ(size_t(channelModel->rowCount()), channels.size());
    QChart *channelChart = view->channelPanel()->chartView()->chart();
    QScatterSeries *rates = nullptr;
    for (QAbstractSeries *series : channelChart->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            rates = scatter;
    }
    ASSERT_NE(rates, nullptr);
    int inspectedChannels = 0;
    for (const ReferenceGroup &channel : channels) {
        bool found = false;
        for (const SummaryRow &row : channelModel->rows()) {
            if (row.key != channel.key)
                continue;
            found = true;
            expectFigures(row.figures, channel);
        }
        EXPECT_TRUE(found) << qPrintable(channel.key);
        if (channel.inspected == 0)
            continue;
        ++inspectedChannels;
        const double percent = 100.0 * double(channel.illicit) / double(channel.inspected);
        bool plotted = false;
        for (const QPointF &point : rates->points())
            plotted = plotted || std::abs(point.y() - percent) <= 0.05;
        EXPECT_TRUE(plotted) << qPrintable(channel.key) << " " << percent;
    }
    EXPECT_EQ(rates->count(), inspectedChannels);

    // A year of declarations is shown by week; every week's items and value as stored.
    EXPECT_EQ(view->timeDimension(), SummaryDimension::Week);
    const std::vector<ReferenceGroup> days = referenceGroups(path(), QStringLiteral("date"));
    std::map<QString, ReferenceGroup> weeks;
    for (const ReferenceGroup &day : days) {
        int year = 0;
        const int week = QDate::fromString(day.key, Qt::ISODate).weekNumber(&year);
        ReferenceGroup &sum =
            weeks[QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'))];
        sum.items += day.items;
        sum.customsValue += day.customsValue;
    }
    const SummaryTableModel *timeModel = view->timePanel()->model();
    ASSERT_EQ(size_t(timeModel->rowCount()), weeks.size());
    for (const SummaryRow &row : timeModel->rows()) {
        ASSERT_TRUE(weeks.count(row.key)) << qPrintable(row.key);
        EXPECT_EQ(row.figures.items, weeks[row.key].items) << qPrintable(row.key);
        EXPECT_NEAR(row.figures.customsValue, weeks[row.key].customsValue,
                    1e-6 * weeks[row.key].customsValue);
    }
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST_F(DashboardViewTest, ClickingAnOriginFiltersEveryOtherChart)
{
    std::unique_ptr<DashboardView> view = openView();
    QSignalSpy remembered(view.get(), &WorkspaceView::navigationStateChanged);
    DashboardPanel *origins = view->panel(DashboardView::Origins);
    ASSERT_GE(origins->model()->rowCount(), 2);
    const QString second = origins->model()->rows()[1].key;
    QBarSet *bars = rankingBars(origins);
    ASSERT_NE(bars, nullptr);
    Q_EMIT bars->clicked(bars->count() - 2); // the second bar from the top
    EXPECT_FALSE(view->isSettled());
    settle(*view);
    EXPECT_EQ(view->filter().origin, second);
    EXPECT_EQ(remembered.count(), 1);

    const ReferenceWhere byOrigin =
        ReferenceWhere().add(QStringLiteral("origin_country = ?"), second);
    expectFigures(view->kpiTiles()->figures(),
                  referenceGroups(path(), QStringLiteral("'total'"), byOrigin).front());
    expectRanking(view->panel(DashboardView::Traders),
                  referenceGroups(path(), QStringLiteral("trader_id"), byOrigin, 10));
    expectRanking(view->panel(DashboardView::Offices),
                  referenceGroups(path(), QStringLiteral("office"), byOrigin, 10));
    ASSERT_EQ(view->panel(DashboardView::Origins)->model()->rowCount(), 1);
    ASSERT_EQ(view->chips()->criteria().size(), 1u);
    EXPECT_EQ(view->chips()->criteria().front().key, QStringLiteral("origin"));

    // A click on a week narrows the period to that week.
    TimePanel *time = view->timePanel();
    ASSERT_EQ(time->dimension(), SummaryDimension::Week);
    const std::vector<QString> &weeks = time->periodKeys();
    ASSERT_GE(weeks.size(), 10u);
    const QString week = weeks[weeks.size() / 2];
    time->activatePeriod(int(weeks.size() / 2));
    settle(*view);
    const auto [monday, sunday] = DashboardFilter::periodOfKey(SummaryDimension::Week, week);
    EXPECT_EQ(view->filter().from, monday.toString(Qt::ISODate));
    EXPECT_EQ(view->filter().to, sunday.toString(Qt::ISODate));
    EXPECT_EQ(view->timeDimension(), SummaryDimension::Day);
    ReferenceWhere byWeek = byOrigin;
    byWeek.add(QStringLiteral("date >= ?"), monday.toString(Qt::ISODate))
        .add(QStringLiteral("date <= ?"), sunday.toString(Qt::ISODate));
    const std::vector<ReferenceGroup> weekTotal =
        referenceGroups(path(), QStringLiteral("'total'"), byWeek);
    if (weekTotal.empty())
        EXPECT_EQ(view->kpiTiles()->figures().items, 0);
    else
        expectFigures(view->kpiTiles()->figures(), weekTotal.front());

    // Removing the origin's chip keeps the week only.
    auto *chip = view->chips()->findChild<QToolButton *>(QStringLiteral("chip_origin"));
    ASSERT_NE(chip, nullptr);
    chip->click();
    settle(*view);
    EXPECT_TRUE(view->filter().origin.isEmpty());
    EXPECT_EQ(view->filter().from, monday.toString(Qt::ISODate));
    ReferenceWhere weekOnly;
    weekOnly.add(QStringLiteral("date >= ?"), monday.toString(Qt::ISODate))
        .add(QStringLiteral("date <= ?"), sunday.toString(Qt::ISODate));
    expectFigures(view->kpiTiles()->figures(),
                  referenceGroups(path(), QStringLiteral("'total'"), weekOnly).front());
    EXPECT_EQ(remembered.count(), 3);
}
