#include "dashboardviewfixture.h"

#include "charts/chartview.h"
#include "charts/valuescale.h"
#include "dashboard/dashboardpanel.h"
#include "dashboard/summarytablemodel.h"
#include "report/statsreport.h"

#include <QTest>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>

namespace clearsight::uitest
{

namespace
{
std::unique_ptr<QTemporaryDir> g_dir; // removed at exit
QString g_path;
} // namespace

void DashboardViewFixture::SetUpTestSuite()
{
    // Built once for every suite of the run: the demo generator's smallest data set, with the
    // analyses, takes a few seconds.
    if (g_dir)
        return;
    g_dir = std::make_unique<QTemporaryDir>();
    g_path = createDashboardWorkspace(*g_dir, 10000);
}

void DashboardViewFixture::TearDownTestSuite() {}

QString DashboardViewFixture::path()
{
    return g_path;
}

QString DashboardViewFixture::scratch(const QString &name)
{
    return g_dir->filePath(name);
}

std::unique_ptr<ui::DashboardView> DashboardViewFixture::openView() const
{
    auto view = std::make_unique<ui::DashboardView>();
    view->resize(1240, 800);
    view->show();
    view->setWorkspace(g_path);
    const Result<WorkspaceReport> report = readWorkspaceReport(g_path);
    EXPECT_TRUE(report.ok());
    if (report)
        view->setWorkspaceReport(report.value());
    settle(*view);
    return view;
}

void DashboardViewFixture::settle(const ui::DashboardView &view)
{
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.isSettled(); }, 30000));
}

void expectFigures(const SummaryFigures &shown, const ReferenceGroup &expected)
{
    EXPECT_EQ(shown.items, expected.items) << qPrintable(expected.key);
    EXPECT_EQ(shown.declarations, expected.declarations) << qPrintable(expected.key);
    EXPECT_NEAR(shown.customsValue, expected.customsValue, 1e-6 * expected.customsValue + 0.01);
    EXPECT_NEAR(shown.dutyPaid, expected.dutyPaid, 1e-6 * expected.dutyPaid + 0.01);
    EXPECT_EQ(shown.inspected, expected.inspected) << qPrintable(expected.key);
    EXPECT_EQ(shown.illicit, expected.illicit) << qPrintable(expected.key);
    EXPECT_NEAR(shown.revenueRecovered, expected.revenueRecovered,
                1e-6 * expected.revenueRecovered + 0.01);
    EXPECT_EQ(shown.flagged, expected.flagged) << qPrintable(expected.key);
}

void expectRanking(const ui::DashboardPanel *panel, const std::vector<ReferenceGroup> &expected)
{
    const ui::SummaryTableModel *model = panel->model();
    ASSERT_EQ(size_t(model->rowCount()), expected.size());
    ASSERT_FALSE(expected.empty());
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(model->rows()[i].key, expected[i].key) << "rank " << i;
        expectFigures(model->rows()[i].figures, expected[i]);
    }
    QBarSet *set = rankingBars(panel);
    ASSERT_NE(set, nullptr);
    ASSERT_EQ(size_t(set->count()), expected.size());
    const double divisor = ui::ValueScale::forMaximum(expected.front().customsValue).divisor;
    for (size_t i = 0; i < expected.size(); ++i) {
        // Bars run bottom-up: the largest group is the last bar, drawn at the top.
        const double bar = set->at(int(expected.size() - 1 - i)) * divisor;
        EXPECT_NEAR(bar, expected[i].customsValue, 1e-6 * expected[i].customsValue + 0.01);
    }
}

QBarSet *rankingBars(const ui::DashboardPanel *panel)
{
    QChart *chart = panel->chartView()->chart();
    if (!chart || chart->series().size() != 1)
        return nullptr;
    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().front());
    return bars && !bars->barSets().isEmpty() ? bars->barSets().front() : nullptr;
}

} // namespace clearsight::uitest
