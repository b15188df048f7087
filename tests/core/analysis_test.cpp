// The robust statistics, the valuation and weight analyses, the trader ranking and the stored
// results, on small hand-made data whose expected figures are computed in the comments.
#include "analysis/analysisrunner.h"
#include "analysis/robuststats.h"
#include "analysis/traderranking.h"
#include "analysis/valuationanalysis.h"
#include "analysis/weightanalysis.h"
#include "ingest/importer.h"
#include "report/csvtable.h"
#include "store/connection.h"
#include "store/flagrepository.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace clearsight;

namespace {

// AnalysisData with one import row per call: HS 620342 per NAR from country 0 in 2025-Q1.
struct DataBuilder {
    AnalysisData d;
    DataBuilder()
    {
        d.countries = {QStringLiteral("CN"), QStringLiteral("VN")};
        d.units = {QStringLiteral("NAR")};
        d.offices = {QStringLiteral("PRT01")};
    }
    qint32 trader(const QString &id)
    {
        for (size_t i = 0; i < d.traders.size(); ++i) {
            if (d.traders[i] == id)
                return qint32(i);
        }
        d.traders.push_back(id);
        d.traderNames.push_back(id);
        return qint32(d.traders.size() - 1);
    }
    void add(const QString &traderId, double quantity, double customsValue, double grossKg = 10,
             qint32 origin = 0, bool related = false)
    {
        d.rowId.push_back(qint64(d.rowId.size() + 1));
        d.day.push_back(20089 + 10); // 2025-01-11
        d.isImport.push_back(1);
        d.hs6.push_back(620342);
        d.origin.push_back(origin);
        d.office.push_back(0);
        d.mode.push_back(Mode::Sea);
        d.incoterm.push_back(qint8(Incoterm::CIF));
        d.unit.push_back(0);
        d.trader.push_back(trader(traderId));
        d.partner.push_back(-1);
        d.quantity.push_back(float(quantity));
        d.grossKg.push_back(float(grossKg));
        d.netKg.push_back(float(grossKg * 0.9));
        d.invoiceNational.push_back(customsValue);
        d.customsValue.push_back(customsValue);
        d.fobValue.push_back(customsValue);
        d.freight.push_back(0);
        d.insurance.push_back(0);
        d.dutyPaid.push_back(customsValue * 0.1);
        d.relatedParty.push_back(related ? 1 : 0);
        d.inspected.push_back(-1);
        d.illicit.push_back(0);
        d.revenueRecovered.push_back(std::nan(""));
    }
};

// 40 ordinary items of trader T1: unit values 9.0, 9.5, 10.0, 10.5, 11.0 repeated.
void addOrdinary(DataBuilder &b, int count = 40)
{
    const double values[] = {9.0, 9.5, 10.0, 10.5, 11.0};
    for (int i = 0; i < count; ++i)
        b.add(QStringLiteral("T1"), 100, 100 * values[i % 5]);
}

} // namespace

TEST(RobustStats, MedianAndScaledMad)
{
    std::vector<double> odd{5, 1, 3};
    EXPECT_DOUBLE_EQ(median(odd), 3.0);
    std::vector<double> even{4, 1, 3, 2};
    EXPECT_DOUBLE_EQ(median(even), 2.5);
    // |1-3|,|2-3|,|3-3|,|4-3|,|100-3| = 2,1,0,1,97: median 1, times 1.4826.
    std::vector<double> values{1, 2, 3, 4, 100};
    EXPECT_DOUBLE_EQ(scaledMad(values, 3.0), 1.4826);
    // Identical values: MAD 0, floored.
    EXPECT_DOUBLE_EQ(robustLocation({7, 7, 7}, 0.05).scale, 0.05);
}

TEST(Valuation, AnItemFarBelowItsGroupIsUndervaluedWithRevenueAtStake)
{
    DataBuilder b;
    addOrdinary(b);
    b.add(QStringLiteral("T2"), 100, 100 * 2.0); // unit value 2 against a median of 10
    const ValuationResult r = analyseValuation(b.d, AnalysisThresholds{}, QStringLiteral("EUR"));
    ASSERT_EQ(r.flags.size(), 1u);
    const Flag &f = r.flags.front();
    EXPECT_EQ(f.kind, FlagKind::Undervalued);
    EXPECT_EQ(f.rowId, 41);
    // The group of 41 items has median unit value 10: expected 100 x 10 = 1,000 against 200
    // declared; the group's duty rate is 10 %, so 80 is at stake.
    EXPECT_DOUBLE_EQ(*f.declaredValue, 200.0);
    EXPECT_NEAR(*f.expectedValue, 1000.0, 1e-6);
    EXPECT_NEAR(*f.revenueAtStake, 80.0, 1e-6);
    EXPECT_NEAR(f.reason.value(QStringLiteral("percent")).toDouble(), 80.0, 1e-6);
    EXPECT_TRUE(f.peerGroup.contains(QStringLiteral("620342")));
    EXPECT_GT(f.score, 50.0);
    const QString reason = flagReason(f.kind, f.reason, QLocale::c());
    EXPECT_TRUE(reason.contains(QStringLiteral("80 % below the median of 41 declarations")));
}

TEST(Valuation, SmallGroupsGiveNoVerdict)
{
    DataBuilder b;
    addOrdinary(b, 15);
    b.add(QStringLiteral("T2"), 100, 100 * 2.0);
    const ValuationResult r = analyseValuation(b.d, AnalysisThresholds{}, QStringLiteral("EUR"));
    EXPECT_TRUE(r.flags.empty());
    EXPECT_TRUE(std::isnan(r.relativeLogValue.back()));
}

TEST(Valuation, AnItemFarAboveIsOvervalued)
{
    DataBuilder b;
    addOrdinary(b);
    b.add(QStringLiteral("T2"), 100, 100 * 60.0);
    const ValuationResult r = analyseValuation(b.d, AnalysisThresholds{}, QStringLiteral("EUR"));
    ASSERT_EQ(r.flags.size(), 1u);
    EXPECT_EQ(r.flags.front().kind, FlagKind::Overvalued);
}

TEST(Weight, AContainerTwiceAsHeavyPerUnitIsAnOutlier)
{
    DataBuilder b;
    for (int i = 0; i < 40; ++i)
        b.add(QStringLiteral("T1"), 100, 1000, 50 + (i % 5)); // 0.50 .. 0.54 kg per unit
    b.add(QStringLiteral("T2"), 100, 1000, 200); // 2 kg per unit: about 3.8 times the median
    const std::vector<Flag> flags = analyseWeight(b.d, AnalysisThresholds{});
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags.front().rowId, 41);
    EXPECT_NEAR(flags.front().reason.value(QStringLiteral("ratio")).toDouble(), 2.0 / 0.52, 1e-3);
}

TEST(TraderRanking, OneFlaggedItemDoesNotPutATinyTraderOnTop)
{
    DataBuilder b;
    addOrdinary(b, 100);
    for (int i = 0; i < 40; ++i)
        b.add(QStringLiteral("HABIT"), 100, 1000);
    b.add(QStringLiteral("TINY"), 100, 1000);
    std::vector<Flag> flags;
    // HABIT: 10 of its 40 items flagged; TINY: its only item.
    for (int i = 0; i < 10; ++i)
        flags.push_back({qint64(101 + i), 1, FlagKind::Undervalued, 80, 100.0, 500.0, 40.0, {}, {}});
    flags.push_back({141, 2, FlagKind::Undervalued, 80, 100.0, 500.0, 40.0, {}, {}});
    const std::vector<TraderScore> scores = rankTraders(b.d, flags);
    ASSERT_EQ(scores.size(), 3u);
    EXPECT_EQ(b.d.traders[size_t(scores[0].trader)], QStringLiteral("HABIT"));
    EXPECT_EQ(scores[0].rank, 1);
    EXPECT_EQ(scores[0].flaggedItems, 10);
    EXPECT_NEAR(scores[0].revenueAtStake, 400.0, 1e-9);
    EXPECT_EQ(scores[0].topReasons.first().toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("undervalued"));
    EXPECT_GT(scores[0].riskScore, scores[1].riskScore);
}

TEST(AnalysisRunner, StoresFlagsAndScoresAndKnowsWhenTheyAreStale)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.clearsight"));
    ASSERT_TRUE(workspace::create(db).ok());
    QByteArray csv = test::canonicalHeader() + '\n';
    for (int i = 0; i < 40; ++i) {
        csv += test::canonicalLine({QStringLiteral("declaration_id=D%1").arg(i),
                                    QStringLiteral("cif_value=%1").arg(900 + 10 * (i % 5)),
                                    QStringLiteral("fob_value=850")})
            + '\n';
    }
    csv += test::canonicalLine({QStringLiteral("declaration_id=LOW"), QStringLiteral("trader_id=TR9"),
                                QStringLiteral("cif_value=150"), QStringLiteral("fob_value=140")})
        + '\n';
    const QString file = dir.filePath(QStringLiteral("rows.csv"));
    test::writeFile(file, csv);
    ASSERT_TRUE(importFile(db, file).ok());
    EXPECT_TRUE(analysisIsStale(db).value());
    const Result<AnalysisSummary> summary = runAnalyses(db);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->rows, 41);
    EXPECT_FALSE(analysisIsStale(db).value());
    Result<Connection> c = Connection::open(db, Connection::Mode::ReadOnly);
    FlagQuery undervalued;
    undervalued.kind = FlagKind::Undervalued;
    const auto flags = FlagRepository(c.value()).flags(undervalued);
    ASSERT_TRUE(flags.ok());
    ASSERT_EQ(flags->size(), 1u);
    EXPECT_EQ(flags->front().declarationId, QStringLiteral("LOW"));
    EXPECT_EQ(flags->front().traderId, QStringLiteral("TR9"));
    const auto traders = FlagRepository(c.value()).traderScores();
    ASSERT_TRUE(traders.ok());
    EXPECT_EQ(traders->front().traderId, QStringLiteral("TR9"));
    EXPECT_EQ(traders->front().declarations, 1);
}

TEST(CsvTable, NeutralisesFormulasForSpreadsheetsAndKeepsNumbers)
{
    CsvTable t({QStringLiteral("name"), QStringLiteral("value")});
    t.addRow({QStringLiteral("=HYPERLINK(\"x\")"), 1234.5});
    t.addRow({QStringLiteral("-5 cash"), qint64(-5)});
    t.addRow({QStringLiteral("plain, text"), QVariant()});
    EXPECT_EQ(t.toCsv(true), QStringLiteral("name,value\n\"'=HYPERLINK(\"\"x\"\")\",1234.5\n'-5 cash,-5\n\"plain, text\",\n"));
    EXPECT_EQ(t.toCsv(false).split(QLatin1Char('\n')).at(2), QStringLiteral("-5 cash,-5"));
}
