// The trader drill-down shows the store's figures for a trader (computed here with plain SQL),
// its models keep the model contract, and its navigation state reopens it.
#include "analysis/flagsmodel.h"
#include "analysistestsupport.h"
#include "store/connection.h"
#include "trader/traderdetailtabs.h"
#include "trader/traderheader.h"
#include "trader/traderinspectionspanel.h"
#include "trader/tradermixmodel.h"
#include "trader/tradersearchbox.h"
#include "trader/traderunitvaluemodel.h"
#include "trader/traderview.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace clearsight;
using namespace clearsight::ui;
using namespace clearsight::uitest;

namespace
{

class TraderViewTest : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_path = createAnalysisWorkspace(*s_dir);
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    // One row of plain SQL on the workspace.
    static QVariantList sql(const QString &statement)
    {
        const Result<Connection> connection = Connection::open(s_path, Connection::Mode::ReadOnly);
        EXPECT_TRUE(connection.ok());
        QSqlQuery q(connection.value().database());
        EXPECT_TRUE(q.exec(statement) && q.next()) << qPrintable(statement);
        QVariantList row;
        for (int c = 0; q.isValid() && c < 8; ++c)
            row << q.value(c);
        return row;
    }

    std::unique_ptr<TraderView> open(const QString &traderId)
    {
        auto view = std::make_unique<TraderView>();
        view->resize(1400, 900);
        view->show();
        view->setWorkspace(s_path);
        view->showTrader(traderId);
        EXPECT_TRUE(QTest::qWaitFor([&] { return view->isSettled(); }, 10000));
        return view;
    }

    static QTemporaryDir *s_dir;
    static QString s_path;
};

QTemporaryDir *TraderViewTest::s_dir = nullptr;
QString TraderViewTest::s_path;

} // namespace

TEST_F(TraderViewTest, ShowsTheStoreFiguresOfTheTrader)
{
    ModelTestMessages messages;
    // The trader with the most items, and its figures straight from the declarations.
    const QString trader =
        sql(QStringLiteral("SELECT trader_id FROM traders ORDER BY items DESC, trader_id LIMIT 1"))
            .value(0)
            .toString();
    const QVariantList expected = sql(
        QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT declaration_id), TOTAL(cif_value), "
                       "TOTAL(duty_paid), TOTAL(inspected = 1), MAX(trader_name), "
                       "COUNT(DISTINCT origin_country) FROM declarations WHERE trader_id = '%1'")
            .arg(trader));
    const QVariantList flags =
        sql(QStringLiteral("SELECT COUNT(*) FROM flags WHERE trader_id = '%1'").arg(trader));

    const std::unique_ptr<TraderView> view = open(trader);
    ASSERT_NE(view->report(), nullptr) << qPrintable(view->errorText());
    QAbstractItemModelTester flagsTester(view->tabs()->flagsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester unitTester(view->tabs()->unitValueModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester originTester(view->tabs()->mixModel(MixDimension::Origin),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);

    const QLocale locale;
    EXPECT_EQ(view->header()->title(), expected[5].toString());
    EXPECT_EQ(view->header()->figureText(0), locale.toString(expected[0].toLongLong()));
    EXPECT_EQ(view->header()->figureText(1), locale.toString(expected[1].toLongLong()));
    EXPECT_EQ(view->header()->figureText(2), locale.toString(expected[2].toDouble(), 'f', 2));
    EXPECT_EQ(view->header()->figureText(3), locale.toString(expected[3].toDouble(), 'f', 2));
    EXPECT_EQ(view->header()->figureText(4), locale.toString(flags[0].toLongLong()));
    EXPECT_EQ(view->inspections()->fieldText(TraderInspectionsPanel::Inspected),
              locale.toString(qint64(expected[4].toDouble())));
    // The analyses ran on this workspace: the trader has a rank.
    EXPECT_TRUE(view->header()->standingText().contains(locale.toString(
        sql(QStringLiteral("SELECT rank FROM trader_scores WHERE trader_id = '%1'").arg(trader))
            .value(0)
            .toInt())))
        << qPrintable(view->header()->standingText());

    EXPECT_EQ(view->tabs()->flagsModel()->rowCount(), flags[0].toInt());
    TraderMixModel *origins = view->tabs()->mixModel(MixDimension::Origin);
    ASSERT_EQ(origins->rowCount(), expected[6].toInt());
    qint64 items = 0;
    for (int row = 0; row < origins->rowCount(); ++row) {
        items += origins->index(row, TraderMixModel::ItemsFirst).data().toLongLong() +
                 origins->index(row, TraderMixModel::ItemsSecond).data().toLongLong();
    }
    EXPECT_EQ(items, expected[0].toLongLong());
    ASSERT_GE(view->tabs()->unitValueModel()->rowCount(), 1);
    EXPECT_EQ(view->tabs()->unitValueModel()->index(0, TraderUnitValueModel::Hs6).data(),
              QStringLiteral("940540"));
    EXPECT_TRUE(messages.messages().isEmpty()) << qPrintable(messages.messages().join(u'\n'));
}

TEST_F(TraderViewTest, AFlagOpensItsDeclarationAndTheStateReopensTheTrader)
{
    const QString trader = QStringLiteral("TR800"); // the planted undervaluation
    const std::unique_ptr<TraderView> view = open(trader);
    ASSERT_NE(view->report(), nullptr) << qPrintable(view->errorText());
    ASSERT_GE(view->tabs()->flagsModel()->rowCount(), 1);
    QSignalSpy requested(view.get(), &WorkspaceView::declarationsRequested);
    Q_EMIT view->tabs()->flagsTable()->activated(view->tabs()->flagsModel()->index(0, 0));
    ASSERT_EQ(requested.count(), 1);
    const auto filter = requested.front().front().value<DeclarationFilter>();
    EXPECT_EQ(filter.declarationId, QString::fromLatin1(analysisUndervalued));

    // A chosen period is kept in the navigation state and restored with the trader.
    view->showTrader(trader, QStringLiteral("2024-01-01"), QStringLiteral("2024-03-31"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->isSettled(); }, 10000));
    const QVariantMap state = view->navigationState();
    EXPECT_EQ(state.value(QStringLiteral("trader")).toString(), trader);
    EXPECT_EQ(state.value(QStringLiteral("from")).toString(), QStringLiteral("2024-01-01"));
    TraderView reopened;
    reopened.setWorkspace(s_path);
    reopened.restoreNavigationState(state);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reopened.isSettled(); }, 10000));
    ASSERT_NE(reopened.report(), nullptr);
    EXPECT_EQ(reopened.report()->profile.identity.traderId, trader);
    EXPECT_EQ(reopened.report()->profile.to, QStringLiteral("2024-03-31"));
}

TEST_F(TraderViewTest, SearchOffersTradersAndAnUnknownOneIsAnError)
{
    const std::unique_ptr<TraderView> view = open(QString());
    EXPECT_EQ(view->report(), nullptr);
    EXPECT_TRUE(view->navigationState().isEmpty());
    view->searchBox()->lookUp(QStringLiteral("cheap"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view->searchBox()->isLookingUp(); }, 10000));
    QAbstractItemModel *matches = view->searchBox()->traderCompleter()->model();
    ASSERT_EQ(matches->rowCount(), 1);
    EXPECT_TRUE(matches->index(0, 0).data().toString().startsWith(QStringLiteral("TR800")));

    view->showTrader(QStringLiteral("NO-SUCH-TRADER"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->isSettled(); }, 10000));
    EXPECT_EQ(view->report(), nullptr);
    EXPECT_TRUE(view->errorText().contains(QStringLiteral("NO-SUCH-TRADER")));
}
