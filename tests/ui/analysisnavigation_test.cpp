// Back/forward give the valuation and Incoterm views their filter bar's criteria back.
#include "analysis/analysisfilterbar.h"
#include "analysis/incotermsview.h"
#include "analysis/tradersview.h"
#include "analysis/valuationview.h"
#include "quality/qualityview.h"

#include <QLineEdit>

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;

namespace
{

AnalysisViewFilter someCriteria()
{
    AnalysisViewFilter f;
    f.dateFrom = QStringLiteral("2025-03-01");
    f.dateTo = QStringLiteral("2025-05-31");
    f.office = QStringLiteral("PRT01");
    f.hsChapter = QStringLiteral("84");
    f.origin = QStringLiteral("CN");
    f.traderId = QStringLiteral("TR0001");
    return f;
}

template <typename View> void expectCriteriaComeBack()
{
    View view;
    QSignalSpy changed(&view, &WorkspaceView::navigationStateChanged);
    view.filterBar()->setFilter(someCriteria());
    EXPECT_GE(changed.count(), 1);
    const QVariantMap state = view.navigationState();
    EXPECT_EQ(state.value(QStringLiteral("origin")).toString(), QStringLiteral("CN"));

    view.filterBar()->clear();
    EXPECT_TRUE(view.filterBar()->filter().origin.isEmpty());
    view.restoreNavigationState(state);
    const AnalysisViewFilter back = view.filterBar()->filter();
    const AnalysisViewFilter expected = someCriteria();
    EXPECT_EQ(back.dateFrom, expected.dateFrom);
    EXPECT_EQ(back.dateTo, expected.dateTo);
    EXPECT_EQ(back.office, expected.office);
    EXPECT_EQ(back.hsChapter, expected.hsChapter);
    EXPECT_EQ(back.origin, expected.origin);
    EXPECT_EQ(back.traderId, expected.traderId);
}

} // namespace

TEST(AnalysisNavigation, TheValuationViewGetsItsCriteriaBack)
{
    expectCriteriaComeBack<ValuationView>();
}

TEST(AnalysisNavigation, TheIncotermsViewGetsItsCriteriaBack)
{
    expectCriteriaComeBack<IncotermsView>();
}

TEST(AnalysisNavigation, TheTradersViewGetsItsSearchBack)
{
    TradersView view;
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("traderSearch"));
    ASSERT_NE(search, nullptr);
    search->setText(QStringLiteral("TORIA"));
    const QVariantMap state = view.navigationState();
    search->clear();
    view.restoreNavigationState(state);
    EXPECT_EQ(search->text(), QStringLiteral("TORIA"));
}

TEST(AnalysisNavigation, TheQualityViewGetsItsBatchBack)
{
    QualityView view;
    view.showBatch(3);
    const QVariantMap state = view.navigationState();
    view.showBatch(0);
    EXPECT_EQ(view.batchId(), 0);
    view.restoreNavigationState(state);
    EXPECT_EQ(view.batchId(), 3);
}
