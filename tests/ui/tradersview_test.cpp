#include "analysis/flagsmodel.h"
#include "analysis/traderfilterproxy.h"
#include "analysis/traderflagspanel.h"
#include "analysis/traderscoremodel.h"
#include "analysis/tradersview.h"
#include "analysistestsupport.h"
#include "analysisviewfixture.h"
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
class TradersViewTest : public AnalysisViewFixture
{
};

std::vector<TraderScoreRecord> repositoryScores(const QString &path)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    EXPECT_TRUE(connection.ok());
    const auto scores = FlagRepository(connection.value()).traderScores();
    EXPECT_TRUE(scores.ok());
    return scores ? scores.value() : std::vector<TraderScoreRecord>{};
}
} // namespace

TEST_F(TradersViewTest, ShowsTheRankingOfTheStoreAndSortsIt)
{
    ModelTestMessages messages;
    TradersView *view = open<TradersView>(QStringLiteral("traders"));
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester modelTester(view->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(view->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);

    const std::vector<TraderScoreRecord> expected = repositoryScores(path());
    ASSERT_EQ(view->proxy()->rowCount(), int(expected.size()));
    ASSERT_EQ(expected.size(), 9u); // six ordinary traders and three planted ones
    for (int row = 0; row < view->proxy()->rowCount(); ++row) {
        EXPECT_EQ(view->proxy()->index(row, TraderScoreModel::TraderId).data().toString(),
                  expected[size_t(row)].traderId);
        EXPECT_EQ(view->proxy()->index(row, TraderScoreModel::Rank).data().toInt(), row + 1);
    }
    // The riskiest trader is selected and the flags behind its score listed.
    EXPECT_EQ(view->flagsPanel()->traderId(), expected.front().traderId);
    EXPECT_EQ(qint64(view->flagsPanel()->model()->rowCount()), expected.front().flags);

    // Sorted in the view by revenue at stake, highest first.
    view->table()->sortByColumn(TraderScoreModel::RevenueAtStake, Qt::DescendingOrder);
    double previous = std::numeric_limits<double>::infinity();
    for (int row = 0; row < view->proxy()->rowCount(); ++row) {
        const double revenue =
            view->proxy()->index(row, TraderScoreModel::RevenueAtStake).data().toDouble();
        EXPECT_LE(revenue, previous);
        previous = revenue;
    }
    // Searched by name.
    view->proxy()->setSearch(QStringLiteral("cheap lamps"));
    ASSERT_EQ(view->proxy()->rowCount(), 1);
    EXPECT_EQ(view->proxy()->index(0, TraderScoreModel::TraderId).data().toString(),
              QStringLiteral("TR800"));
    view->proxy()->setSearch({});
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST_F(TradersViewTest, CsvExportNeutralisesAFormulaInATraderName)
{
    TradersView *view = open<TradersView>(QStringLiteral("traders"));
    ASSERT_NE(view, nullptr);
    const QString file = scratch(QStringLiteral("traders.csv"));
    ASSERT_TRUE(view->exportCsv(file).ok());
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("'") + QLatin1StringView(analysisFormulaName)))
        << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral(",") + QLatin1StringView(analysisFormulaName)));
    EXPECT_EQ(text.count(u'\n'), view->proxy()->rowCount() + 1);
}

TEST_F(TradersViewTest, ActivatingATraderOpensItsDrillDown)
{
    TradersView *view = open<TradersView>(QStringLiteral("traders"));
    ASSERT_NE(view, nullptr);
    view->proxy()->setSearch(QString::fromLatin1(analysisFormulaTrader));
    ASSERT_EQ(view->proxy()->rowCount(), 1);
    QTableView *table = view->table();
    table->setFocus();
    table->setCurrentIndex(view->proxy()->index(0, TraderScoreModel::Name));
    QTest::keyClick(table, Qt::Key_Return); // as a double click: activates the row
    EXPECT_EQ(m_window->currentViewKey(),
              QStringLiteral("trader:") + QLatin1StringView(analysisFormulaTrader));
    const QVariantMap shown = m_window->currentView()->navigationState();
    EXPECT_EQ(shown.value(QStringLiteral("trader")).toString(),
              QLatin1StringView(analysisFormulaTrader));
}
