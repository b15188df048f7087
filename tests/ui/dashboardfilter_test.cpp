// The dashboard's filter rules, its table model and chart helpers, without a workspace.
#include "charts/rankingchart.h"
#include "charts/timechart.h"
#include "charts/valuescale.h"
#include "dashboard/dashboardfilter.h"
#include "dashboard/summarytablemodel.h"
#include "report/csvtable.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{
QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

TEST(DashboardFilter, ThePeriodLengthChoosesDaysWeeksOrMonths)
{
    // 62 days (March and April) by day; 63 by week; 18 months by week; longer by month.
    EXPECT_EQ(DashboardFilter::automaticTimeDimension(day("2025-03-01"), day("2025-05-01")),
              SummaryDimension::Day);
    EXPECT_EQ(DashboardFilter::automaticTimeDimension(day("2025-03-01"), day("2025-05-02")),
              SummaryDimension::Week);
    EXPECT_EQ(DashboardFilter::automaticTimeDimension(day("2024-01-01"), day("2025-06-30")),
              SummaryDimension::Week);
    EXPECT_EQ(DashboardFilter::automaticTimeDimension(day("2023-01-01"), day("2025-06-30")),
              SummaryDimension::Month);
    EXPECT_EQ(DashboardFilter::timeDimension(TimeStep::Month, day("2025-03-01"), day("2025-03-05")),
              SummaryDimension::Month);
    // One trader's year goes by month (the summaries keep a trader's months), short periods
    // still by day, and weeks stay available on request.
    EXPECT_EQ(DashboardFilter::automaticTimeDimension(day("2025-01-01"), day("2025-12-31"), true),
              SummaryDimension::Month);
    EXPECT_EQ(DashboardFilter::automaticTimeDimension(day("2025-03-01"), day("2025-04-30"), true),
              SummaryDimension::Day);
    EXPECT_EQ(
        DashboardFilter::timeDimension(TimeStep::Week, day("2025-01-01"), day("2025-12-31"), true),
        SummaryDimension::Week);
    // The filter's period within the workspace's.
    SummaryFilter filter;
    filter.from = QStringLiteral("2020-01-01");
    filter.to = QStringLiteral("2025-02-28");
    const auto [first, last] =
        DashboardFilter::shownPeriod(filter, day("2025-01-01"), day("2025-12-31"));
    EXPECT_EQ(first, day("2025-01-01"));
    EXPECT_EQ(last, day("2025-02-28"));
}

TEST(DashboardFilter, ATimeKeyStandsForItsPeriod)
{
    // 1 January 2025 is a Wednesday: ISO week 1 of 2025 starts on Monday 30 December 2024.
    EXPECT_EQ(DashboardFilter::periodOfKey(SummaryDimension::Week, QStringLiteral("2025-W01")),
              std::pair(day("2024-12-30"), day("2025-01-05")));
    EXPECT_EQ(DashboardFilter::periodOfKey(SummaryDimension::Month, QStringLiteral("2024-02")),
              std::pair(day("2024-02-01"), day("2024-02-29")));
    EXPECT_EQ(DashboardFilter::periodOfKey(SummaryDimension::Day, QStringLiteral("2025-03-04")),
              std::pair(day("2025-03-04"), day("2025-03-04")));
    EXPECT_FALSE(DashboardFilter::periodOfKey(SummaryDimension::Week, QStringLiteral("2025-W60"))
                     .first.isValid());
    const SummaryFilter week =
        DashboardFilter::narrowed({}, SummaryDimension::Week, QStringLiteral("2025-W10"));
    EXPECT_EQ(week.from, QStringLiteral("2025-03-03"));
    EXPECT_EQ(week.to, QStringLiteral("2025-03-09"));
}

TEST(DashboardFilter, ACriterionNarrowsTravelsAndComesOff)
{
    SummaryFilter filter =
        DashboardFilter::narrowed({}, SummaryDimension::Origin, QStringLiteral("CN"));
    filter = DashboardFilter::narrowed(
        filter, SummaryDimension::Lane,
        laneKey(QStringLiteral("CN"), QStringLiteral("FRLEH"), QStringLiteral("SEA")));
    filter = DashboardFilter::narrowed(filter, SummaryDimension::Month, QStringLiteral("2025-02"));
    filter.traderId = QStringLiteral("TR100");
    EXPECT_EQ(filter.origin, QStringLiteral("CN"));
    EXPECT_EQ(filter.from, QStringLiteral("2025-02-01"));
    EXPECT_EQ(filter.to, QStringLiteral("2025-02-28"));

    const QVariantMap map = DashboardFilter::toMap(filter);
    EXPECT_EQ(map.value(QStringLiteral("trader")).toString(), QStringLiteral("TR100"));
    EXPECT_FALSE(map.contains(QStringLiteral("office")));
    EXPECT_EQ(DashboardFilter::fromMap(map), filter);

    const DeclarationFilter declarations = DashboardFilter::declarations(filter);
    EXPECT_EQ(declarations.origin, QStringLiteral("CN"));
    EXPECT_EQ(declarations.office, QStringLiteral("FRLEH"));
    EXPECT_EQ(declarations.transportMode, QStringLiteral("SEA"));
    EXPECT_EQ(declarations.dateFrom, QStringLiteral("2025-02-01"));
    EXPECT_EQ(declarations.traderId, QStringLiteral("TR100"));

    const std::vector<FilterCriterion> criteria =
        DashboardFilter::criteria(filter, [](const QString &id) {
            return id == QLatin1StringView("TR100") ? QStringLiteral("Acme") : QString();
        });
    ASSERT_EQ(criteria.size(), 4u);
    EXPECT_EQ(criteria[0].key, QStringLiteral("period"));
    EXPECT_TRUE(criteria[2].text.contains(QStringLiteral("Acme")));
    EXPECT_TRUE(criteria[3].text.contains(QStringLiteral("FRLEH")));

    SummaryFilter less = DashboardFilter::without(filter, QStringLiteral("period"));
    EXPECT_TRUE(less.from.isEmpty() && less.to.isEmpty());
    less = DashboardFilter::without(less, QStringLiteral("lane"));
    EXPECT_TRUE(less.lane.isEmpty());
    EXPECT_EQ(less.origin, QStringLiteral("CN"));
}

TEST(DashboardFilter, TheTableModelHoldsRawFiguresAndExportsThem)
{
    uitest::ModelTestMessages messages;
    SummaryTableModel model(SummaryDimension::Trader);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    SummaryResult result;
    result.dimension = SummaryDimension::Trader;
    SummaryRow acme{QStringLiteral("TR100"), QStringLiteral("=Acme"), {}};
    acme.figures.items = 4;
    acme.figures.declarations = 3;
    acme.figures.customsValue = 1250.5;
    acme.figures.inspected = 2;
    acme.figures.illicit = 1;
    acme.figures.flagged = 1;
    SummaryRow bare{QStringLiteral("TR200"), QStringLiteral("TR200"), {}};
    bare.figures.items = 1;
    result.rows = {acme, bare};
    model.setResult(result);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, SummaryTableModel::CustomsValue).data().toDouble(), 1250.5);
    EXPECT_DOUBLE_EQ(model.index(0, SummaryTableModel::HitRate).data().toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(model.index(0, SummaryTableModel::FlaggedShare).data().toDouble(), 0.25);
    EXPECT_TRUE(model.index(1, SummaryTableModel::HitRate).data().isNull()); // no inspection
    EXPECT_EQ(model.index(1, SummaryTableModel::Name).data().toString(), QString());
    EXPECT_EQ(SummaryTableModel::chartLabel(SummaryDimension::Trader, model.rows()[1]),
              QStringLiteral("TR200"));
    EXPECT_EQ(model.headerData(SummaryTableModel::Key, Qt::Horizontal).toString(),
              SummaryTableModel::keyTitle(SummaryDimension::Trader));
    // A formula in a name is neutralised in the CSV.
    const QString csv = model.toCsvTable().toCsv(true);
    EXPECT_TRUE(csv.contains(QStringLiteral("'=Acme"))) << qPrintable(csv);
    EXPECT_EQ(csv.count(u'\n'), 3);
    result.dimension = SummaryDimension::Month;
    model.setResult(result);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST(DashboardFilter, ChartHelpersPickBarsScalesAndLabels)
{
    // Ten bars: the top one (index 0) is drawn at y = 9.
    EXPECT_EQ(rankingIndexAt(QPointF(5, 9.2), 10), 0);
    EXPECT_EQ(rankingIndexAt(QPointF(5, 0), 10), 9);
    EXPECT_EQ(rankingIndexAt(QPointF(5, 10.6), 10), -1);
    EXPECT_EQ(categoryIndexAt(3.4, 5), 3);
    EXPECT_EQ(categoryIndexAt(-0.7, 5), -1);
    EXPECT_EQ(timeLabelStep(52, 12), 5);
    EXPECT_EQ(timeLabelStep(10, 12), 1);
    EXPECT_EQ(ValueScale::forMaximum(2.5e9).divisor, 1e9);
    EXPECT_EQ(ValueScale::forMaximum(999).divisor, 1);
    const QStringList labels = chartCategoryLabels(
        {QStringLiteral("Same"), QStringLiteral("Same"), QString()}, QFont(), 20);
    EXPECT_EQ(labels.size(), 3);
    EXPECT_NE(labels[0], labels[1]); // Qt Charts would merge equal categories
}
