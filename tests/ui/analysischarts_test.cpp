// Chart helpers and the analysis models that need no workspace.
#include "analysis/flagfilterproxy.h"
#include "analysis/flagsmodel.h"
#include "analysis/incotermmatrixmodel.h"
#include "analysis/numberdelegate.h"
#include "analysis/peergroupsnapshot.h"
#include "charts/chartview.h"
#include "charts/distributionchart.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtCharts/QChart>

#include <gtest/gtest.h>

#include <cmath>

using namespace clearsight;
using namespace clearsight::ui;

TEST(AnalysisCharts, LogTicksAreRoundValuesInsideTheRange)
{
    const std::vector<double> ticks = logTicks(0.25, 0.9);
    ASSERT_GE(ticks.size(), 3u);
    EXPECT_LE(ticks.size(), 9u);
    for (double tick : ticks) {
        EXPECT_GE(tick, 0.25);
        EXPECT_LE(tick, 0.9);
    }
    // Seven decades: powers of ten only.
    for (double tick : logTicks(0.01, 100000))
        EXPECT_NEAR(std::log10(tick), std::round(std::log10(tick)), 1e-9);
    EXPECT_TRUE(logTicks(5, 1).empty());
}

TEST(AnalysisCharts, TheBandIsTheMedianPlusMinusZScaledMads)
{
    // Log unit values ln(8), ln(10), ln(10), ln(12.5): median ln 10, MAD of the deviations
    // (0.223, 0, 0, 0.223) = 0.1116, scaled by 1.4826 = 0.1654.
    PeerGroupSnapshot snapshot;
    snapshot.z = 2;
    for (double value : {8.0, 10.0, 10.0, 12.5}) {
        PeerGroupItem item;
        item.unitValue = value;
        snapshot.items.push_back(item);
    }
    computeBand(snapshot);
    EXPECT_NEAR(snapshot.median, 10.0, 1e-9);
    const double scale = 1.4826 * std::log(1.25) / 2;
    EXPECT_NEAR(snapshot.bandLow, 10.0 * std::exp(-2 * scale), 1e-6);
    EXPECT_NEAR(snapshot.bandHigh, 10.0 * std::exp(2 * scale), 1e-6);
}

TEST(AnalysisCharts, AChartViewSavesPngAndSvg)
{
    QTemporaryDir dir;
    ChartView view;
    view.resize(400, 300);
    DistributionData data;
    data.groups = {{QStringLiteral("items"), ChartRole::Primary}};
    for (int i = 1; i <= 20; ++i)
        data.points.push_back({double(i), i, 0, QString(), i == 3});
    data.centre = 10.5;
    data.bandLow = 4;
    data.bandHigh = 18;
    view.setContent(
        [&](const ChartTheme &theme) { return buildDistributionChart(data, theme, nullptr); });
    ASSERT_TRUE(view.hasContent());
    EXPECT_EQ(view.chart()->series().size(), 4); // band, centre, the items and the ring
    ASSERT_TRUE(view.saveImage(dir.filePath(QStringLiteral("chart.png"))).ok());
    ASSERT_TRUE(view.saveImage(dir.filePath(QStringLiteral("chart.svg"))).ok());
    EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("chart.svg"))).size(), 1000);
    // A palette change rebuilds the chart in the new colours.
    QChart *before = view.chart();
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::Text, Qt::white);
    view.setPalette(dark);
    EXPECT_NE(view.chart(), before);
    EXPECT_EQ(view.chart()->backgroundBrush().color(), QColor(Qt::black));
}

TEST(AnalysisModels, FlagsMatrixAndProxyPassTheModelTester)
{
    uitest::ModelTestMessages messages;
    FlagsModel flags;
    FlagFilterProxy proxy;
    proxy.setSourceModel(&flags);
    IncotermMatrixModel matrix;
    QAbstractItemModelTester t1(&flags, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester t3(&matrix, QAbstractItemModelTester::FailureReportingMode::Warning);

    std::vector<FlagItem> items(3);
    items[0].record.declarationId = QStringLiteral("D1");
    items[0].record.kind = FlagKind::MissingFreight;
    items[0].incoterm = QStringLiteral("FOB");
    items[0].mode = QStringLiteral("SEA");
    items[1].record.declarationId = QStringLiteral("D2");
    items[1].record.kind = FlagKind::ModeMismatch;
    items[1].incoterm = QStringLiteral("CIF");
    items[1].mode = QStringLiteral("AIR");
    items[2].record.declarationId = QStringLiteral("D3");
    items[2].record.kind = FlagKind::DoubleFreight;
    items[2].incoterm = QStringLiteral("CIF");
    items[2].mode = QStringLiteral("SEA");
    flags.setFlags(items);
    FlagCriteria cif;
    cif.incoterm = QStringLiteral("CIF");
    proxy.setCriteria(cif);
    EXPECT_EQ(proxy.rowCount(), 2);
    cif.mode = QStringLiteral("AIR");
    proxy.setCriteria(cif);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, FlagsModel::Declaration).data().toString(), QStringLiteral("D2"));
    proxy.setCriteria({});
    EXPECT_EQ(proxy.rowCount(), 3);

    matrix.setCells({{QStringLiteral("FOB"), QStringLiteral("SEA"), 10, 1},
                     {QStringLiteral("CIF"), QStringLiteral("AIR"), 2, 2},
                     {QStringLiteral("EXW"), QString(), 1, 0}});
    ASSERT_EQ(matrix.rowCount(), 3);
    EXPECT_EQ(matrix.incotermAt(0), QStringLiteral("EXW")); // E, F, C order of the rules
    EXPECT_EQ(matrix.incotermAt(1), QStringLiteral("FOB"));
    EXPECT_EQ(matrix.modeAt(0), QStringLiteral("SEA"));
    EXPECT_EQ(matrix.columnCount(), 4); // sea, air, none, total
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST(AnalysisModels, NumbersAreFormattedInTheLocaleWithGroupSeparators)
{
    const QLocale french(QLocale::French, QLocale::France);
    EXPECT_EQ(NumberDelegate::format(1234567.891, NumberDelegate::Style::Money, french),
              french.toString(1234567.891, 'f', 2));
    EXPECT_EQ(NumberDelegate::format(0.125, NumberDelegate::Style::Percent, QLocale::c()),
              QStringLiteral("12.5 %"));
    EXPECT_TRUE(NumberDelegate::format(QVariant(), NumberDelegate::Style::Count, french).isEmpty());
}
