#include "analysis/flagsmodel.h"
#include "analysis/freightsharepanel.h"
#include "analysis/incotermmatrixmodel.h"
#include "analysis/incotermsview.h"
#include "analysis/incotermtraderbox.h"
#include "analysistestsupport.h"
#include "analysisviewfixture.h"
#include "store/connection.h"
#include "store/flagrepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTableView>

#include <map>
#include <set>

using namespace clearsight;
using namespace clearsight::ui;
using namespace clearsight::uitest;

namespace
{
class IncotermsViewTest : public AnalysisViewFixture
{
};

// Import items per Incoterm and mode, counted straight from the declarations table.
std::map<std::pair<QString, QString>, qint64> sqlCounts(const QString &path)
{
    std::map<std::pair<QString, QString>, qint64> counts;
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    EXPECT_TRUE(connection.ok());
    QSqlQuery q(connection->database());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT COALESCE(incoterm, ''), COALESCE(transport_mode, ''), COUNT(*) FROM declarations "
        "WHERE flow = 'IM' GROUP BY 1, 2")));
    while (q.next())
        counts[{q.value(0).toString(), q.value(1).toString()}] = q.value(2).toLongLong();
    return counts;
}
} // namespace

TEST_F(IncotermsViewTest, MatrixCountsEqualThoseOfTheStore)
{
    ModelTestMessages messages;
    IncotermsView *view = open<IncotermsView>(QStringLiteral("incoterms"));
    ASSERT_NE(view, nullptr);
    IncotermMatrixModel *matrix = view->matrixModel();
    QAbstractItemModelTester tester(matrix,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    const auto expected = sqlCounts(path());
    std::map<std::pair<QString, QString>, qint64> shown;
    qint64 total = 0;
    for (int row = 0; row < matrix->rowCount(); ++row) {
        for (int column = 0; column < matrix->columnCount(); ++column) {
            const QModelIndex index = matrix->index(row, column);
            if (matrix->isTotalColumn(column)) {
                total += index.data().toLongLong();
                continue;
            }
            if (!index.data().isNull())
                shown[{matrix->incotermAt(row), matrix->modeAt(column)}] =
                    index.data().toLongLong();
        }
    }
    EXPECT_EQ(shown, expected);
    EXPECT_EQ(total, analysisOrdinaryItems + 4);
    // FOB by sea holds the ordinary lamps and the item without freight; CIF by air breaks the
    // rule outright.
    EXPECT_EQ((shown[{QStringLiteral("FOB"), QStringLiteral("SEA")}]), analysisOrdinaryItems + 2);
    EXPECT_EQ(IncotermMatrixModel::severity(QStringLiteral("CIF"), QStringLiteral("AIR")),
              IncotermMatrixModel::Severity::Wrong);
    EXPECT_EQ(IncotermMatrixModel::severity(QStringLiteral("FOB"), QStringLiteral("ROAD")),
              IncotermMatrixModel::Severity::Doubtful);
    EXPECT_EQ(IncotermMatrixModel::severity(QStringLiteral("CPT"), QStringLiteral("AIR")),
              IncotermMatrixModel::Severity::None);
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST_F(IncotermsViewTest, ListsTheIncotermFlagsAndClickingACellNarrowsThem)
{
    ModelTestMessages messages;
    IncotermsView *view = open<IncotermsView>(QStringLiteral("incoterms"));
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester flagsTester(view->flagsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(view->flagsProxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);

    const Result<Connection> connection = Connection::open(path(), Connection::Mode::ReadOnly);
    ASSERT_TRUE(connection.ok());
    FlagQuery query;
    query.kinds = incotermFlagKinds();
    const auto expected = FlagRepository(connection.value()).flags(query);
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(view->flagsModel()->rowCount(), int(expected->size()));
    std::set<std::pair<QString, FlagKind>> listed;
    for (const FlagItem &item : view->flagsModel()->flags())
        listed.insert({item.record.declarationId, item.record.kind});
    EXPECT_TRUE(listed.count({QString::fromLatin1(analysisNoFreight), FlagKind::MissingFreight}));
    EXPECT_TRUE(
        listed.count({QString::fromLatin1(analysisDoubleFreight), FlagKind::DoubleFreight}));
    EXPECT_TRUE(listed.count({QString::fromLatin1(analysisAirCif), FlagKind::ModeMismatch}));

    // A click on FOB by sea lists only the flags of those items, the missing freight among them.
    QTableView *table = view->matrixTable();
    const IncotermMatrixModel *matrix = view->matrixModel();
    QModelIndex fobSea;
    for (int row = 0; row < matrix->rowCount(); ++row) {
        for (int column = 0; column < matrix->columnCount() - 1; ++column) {
            if (matrix->incotermAt(row) == QLatin1StringView("FOB") &&
                matrix->modeAt(column) == QLatin1StringView("SEA"))
                fobSea = matrix->index(row, column);
        }
    }
    ASSERT_TRUE(fobSea.isValid());
    table->scrollTo(fobSea);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(fobSea).center());
    const FlagFilterProxy *proxy = view->flagsProxy();
    ASSERT_TRUE(proxy->criteria().incoterm && proxy->criteria().mode);
    EXPECT_EQ(*proxy->criteria().incoterm, QStringLiteral("FOB"));
    EXPECT_EQ(*proxy->criteria().mode, QStringLiteral("SEA"));
    ASSERT_GT(proxy->rowCount(), 0);
    bool missingFreight = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, FlagsModel::Incoterm);
        EXPECT_EQ(index.data().toString(), QStringLiteral("FOB"));
        if (proxy->index(row, FlagsModel::Declaration).data().toString() ==
            QLatin1StringView(analysisNoFreight))
            missingFreight = true;
    }
    EXPECT_TRUE(missingFreight);
    EXPECT_LT(proxy->rowCount(), view->flagsModel()->rowCount());
    view->setCriteria({});
    EXPECT_EQ(proxy->rowCount(), view->flagsModel()->rowCount());
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST_F(IncotermsViewTest, ShowsFreightSharesAndATradersUsageAgainstItsIndustry)
{
    IncotermsView *view = open<IncotermsView>(QStringLiteral("incoterms"));
    ASSERT_NE(view, nullptr);
    const auto &stats = view->freightPanel()->stats();
    const auto fob = std::find_if(stats.begin(), stats.end(), [](const FreightShareStats &s) {
        return s.incoterm == QLatin1StringView("FOB");
    });
    ASSERT_NE(fob, stats.end());
    EXPECT_EQ(fob->items, analysisOrdinaryItems + 2);
    EXPECT_NEAR(fob->median, 5.0, 0.5); // the ordinary lamps add 4.6 % to 5.4 % freight
    EXPECT_EQ(fob->none, 1);            // the planted item adds nothing
    EXPECT_TRUE(FreightSharePanel::includesCarriage(QStringLiteral("CIF")));
    EXPECT_FALSE(FreightSharePanel::includesCarriage(QStringLiteral("FOB")));

    view->traderBox()->showTrader(QString::fromLatin1(analysisFormulaTrader));
    settle();
    const std::vector<IncotermUsage> &usage = view->traderBox()->usage();
    ASSERT_EQ(usage.size(), 2u); // CIF (the trader's) and FOB (its industry's)
    const auto cif = std::find_if(usage.begin(), usage.end(), [](const IncotermUsage &u) {
        return u.incoterm == QLatin1StringView("CIF");
    });
    ASSERT_NE(cif, usage.end());
    EXPECT_DOUBLE_EQ(cif->share, 1.0);
    EXPECT_DOUBLE_EQ(cif->industryShare, 0.0);
}
