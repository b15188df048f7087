#include "analysis/analysisfilterbar.h"
#include "analysis/flagsmodel.h"
#include "analysis/peergrouppanel.h"
#include "analysis/stalenotice.h"
#include "analysis/valuationview.h"
#include "analysistestsupport.h"
#include "analysisviewfixture.h"
#include "charts/chartview.h"
#include "declarations/declarationsview.h"
#include "models/declarationtablemodel.h"
#include "store/connection.h"
#include "store/flagrepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTableView>

using namespace clearsight;
using namespace clearsight::ui;
using namespace clearsight::uitest;

namespace
{
std::vector<FlagRecord> repositoryFlags(const QString &path, const FlagQuery &query)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    EXPECT_TRUE(connection.ok());
    const Result<std::vector<FlagRecord>> flags = FlagRepository(connection.value()).flags(query);
    EXPECT_TRUE(flags.ok());
    return flags ? flags.value() : std::vector<FlagRecord>{};
}

class ValuationViewTest : public AnalysisViewFixture
{
};
} // namespace

TEST_F(ValuationViewTest, ListsTheRepositoryFlagsAndShowsTheUndervaluedItemInItsPeerGroup)
{
    ModelTestMessages messages;
    ValuationView *view = open<ValuationView>(QStringLiteral("valuation"));
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    FlagQuery query;
    query.kinds = ValuationView::kinds();
    const std::vector<FlagRecord> expected = repositoryFlags(path(), query);
    ASSERT_FALSE(expected.empty());
    ASSERT_EQ(view->model()->rowCount(), int(expected.size()));
    const FlagRecord &first = view->model()->flagAt(0).record;
    EXPECT_EQ(first.rowId, expected.front().rowId);
    EXPECT_EQ(view->model()->index(0, FlagsModel::Declaration).data().toString(),
              expected.front().declarationId);
    EXPECT_EQ(view->model()->index(0, FlagsModel::Kind).data().toString(),
              flagTitle(expected.front().kind));
    EXPECT_DOUBLE_EQ(view->model()->index(0, FlagsModel::Score).data().toDouble(),
                     expected.front().score);
    EXPECT_EQ(view->model()->index(0, FlagsModel::Reason).data().toString(),
              flagReason(expected.front().kind, expected.front().reason, QLocale()));
    EXPECT_FALSE(view->staleNotice()->isVisible());

    // The undervalued item, selected: its quarter's group with the item ringed and flagged.
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->flagAt(r).record.declarationId == QLatin1StringView(analysisUndervalued))
            row = r;
    }
    ASSERT_GE(row, 0);
    EXPECT_EQ(view->model()->flagAt(row).record.kind, FlagKind::Undervalued);
    view->table()->setCurrentIndex(view->model()->index(row, FlagsModel::Declaration));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto &group = view->peerGroupPanel()->snapshot();
            return view->isSettled() && group &&
                   group->rowId == view->model()->flagAt(row).record.rowId;
        },
        10000));
    const PeerGroupSnapshot &group = *view->peerGroupPanel()->snapshot();
    EXPECT_FALSE(group.widened);
    EXPECT_EQ(group.key.hs6, QStringLiteral("940540"));
    EXPECT_EQ(group.key.origin, QStringLiteral("CN"));
    EXPECT_EQ(group.key.quarter, 1);
    EXPECT_EQ(group.unit, QStringLiteral("NAR"));
    EXPECT_EQ(int(group.items.size()), analysisOrdinaryItems + 4);
    ASSERT_TRUE(group.selected.has_value());
    const PeerGroupItem &item = group.items[*group.selected];
    EXPECT_EQ(item.declarationId, QLatin1StringView(analysisUndervalued));
    EXPECT_EQ(item.flag, FlagKind::Undervalued);
    EXPECT_NEAR(item.unitValue, 2.1, 1e-9); // (2,000 + 100 freight) / 1,000 lamps
    // The ordinary lamps cost 10 EUR ± 6 % plus 5 % freight: the median sits there, and the
    // planted item lies far below the band.
    EXPECT_NEAR(group.median, 10.5, 0.6);
    EXPECT_LT(item.unitValue, group.bandLow);
    EXPECT_GT(group.bandHigh, group.median);
    EXPECT_TRUE(view->peerGroupPanel()->chartView()->hasContent());
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST_F(ValuationViewTest, FiltersInTheStoreAndOpensTheDeclarationOfAFlag)
{
    ValuationView *view = open<ValuationView>(QStringLiteral("valuation"));
    ASSERT_NE(view, nullptr);
    ASSERT_GT(view->model()->rowCount(), 0);
    // A chapter with no lamps in it: nothing listed.
    AnalysisViewFilter other;
    other.hsChapter = QStringLiteral("61");
    view->filterBar()->setFilter(other);
    settle();
    EXPECT_EQ(view->model()->rowCount(), 0);
    view->filterBar()->clear();
    settle();
    ASSERT_GT(view->model()->rowCount(), 0);

    const QString declaration = view->model()->flagAt(0).record.declarationId;
    QTableView *table = view->table();
    table->setFocus();
    table->setCurrentIndex(view->model()->index(0, FlagsModel::Declaration));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(m_window->currentViewKey(), QStringLiteral("declarations"));
    auto *declarations = qobject_cast<DeclarationsView *>(m_window->currentView());
    ASSERT_NE(declarations, nullptr);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return declarations->model()->filter().declarationId == declaration &&
                   m_window->isSettled();
        },
        10000));
    EXPECT_EQ(declarations->model()->rowCount(), 1);
}

TEST_F(ValuationViewTest, ExportsTheListedFlagsToCsv)
{
    ValuationView *view = open<ValuationView>(QStringLiteral("valuation"));
    ASSERT_NE(view, nullptr);
    const QString file = scratch(QStringLiteral("valuation.csv"));
    ASSERT_TRUE(view->exportCsv(file).ok());
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), view->model()->rowCount() + 1); // header and one line per flag
    EXPECT_TRUE(lines.front().contains(QStringLiteral("declaration_id")));
    EXPECT_TRUE(text.contains(QLatin1StringView(analysisUndervalued)));
}
