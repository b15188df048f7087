// The trader drill-down: the profile's figures against plain SQL over the same rows, and the
// change between the halves of the period on a trader built to change.
#include "analysis/analysisrunner.h"
#include "analysis/traderbehaviour.h"
#include "ingest/importer.h"
#include "report/traderprofilereport.h"
#include "store/connection.h"
#include "store/traderprofilerepository.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace clearsight;

namespace
{

// Trader TX imports men's trousers (HS 620342). In the first half of 2025 (to 1 July) from CN,
// FOB, through declarant D1, at 10 EUR a pair; in the second half from VN, CIF, through D2, at
// 5 EUR a pair, twice as many items. Traders TY and TZ import the same goods all year at 10 EUR
// a pair (their median), and TY also some bicycles. TX has 4 inspections (2 illicit); the
// peers 10 (1 illicit).
QString createWorkspace(const QTemporaryDir &dir)
{
    QByteArray csv = test::canonicalHeader() + '\n';
    int reference = 0;
    const auto add = [&](const QStringList &fields, int items = 1) {
        const QString declaration = QStringLiteral("25IM%1").arg(++reference, 4, 10, QChar(u'0'));
        for (int item = 1; item <= items; ++item) {
            QStringList all = fields;
            all << QStringLiteral("declaration_id=") + declaration
                << QStringLiteral("item_no=%1").arg(item);
            csv += test::canonicalLine(all) + '\n';
        }
    };
    const auto value = [](double unitValue, int quantity = 100) {
        return QStringList{QStringLiteral("quantity=%1").arg(quantity),
                           QStringLiteral("cif_value=%1").arg(unitValue * quantity),
                           QStringLiteral("fob_value=%1").arg(unitValue * quantity * 0.95),
                           QStringLiteral("duty_paid=%1").arg(unitValue * quantity * 0.12)};
    };
    const QStringList tx{QStringLiteral("trader_id=TX"),
                         QStringLiteral("trader_name=TEXTIL EXPRESS SARL"),
                         QStringLiteral("trader_address=4 rue du Port")};
    for (int i = 0; i < 10; ++i) {
        QStringList row = tx + value(10);
        row << QStringLiteral("date=2025-0%1-1%2").arg(1 + i % 5).arg(i % 10)
            << QStringLiteral("origin_country=CN") << QStringLiteral("partner_country=CN")
            << QStringLiteral("partner_name=Shenzhen Bright Co") << QStringLiteral("incoterm=FOB")
            << QStringLiteral("declarant_id=D1");
        if (i == 1 || i == 2)
            row << QStringLiteral("inspected=1") << QStringLiteral("outcome=COMPLIANT");
        add(row, i == 0 ? 2 : 1); // the first declaration has two items
    }
    for (int i = 0; i < 20; ++i) {
        QStringList row = tx + value(5);
        row << QStringLiteral("date=2025-%1-2%2").arg(8 + i % 4, 2, 10, QChar(u'0')).arg(i % 8)
            << QStringLiteral("origin_country=VN") << QStringLiteral("partner_country=VN")
            << QStringLiteral("partner_name=Hanoi Garments") << QStringLiteral("incoterm=CIF")
            << QStringLiteral("declarant_id=D2") << QStringLiteral("freight=0")
            << QStringLiteral("insurance=0");
        if (i < 2)
            row << QStringLiteral("inspected=1") << QStringLiteral("outcome=ILLICIT")
                << QStringLiteral("revenue_recovered=150.5");
        add(row);
    }
    for (int i = 0; i < 40; ++i) {
        QStringList row = value(i % 2 ? 9.5 : 10.5);
        row << QStringLiteral("trader_id=%1")
                   .arg(i % 2 ? QStringLiteral("TY") : QStringLiteral("TZ"))
            << QStringLiteral("date=2025-%1-05").arg(1 + i % 12, 2, 10, QChar(u'0'));
        if (i < 10)
            row << QStringLiteral("inspected=1")
                << (i == 0 ? QStringLiteral("outcome=ILLICIT")
                           : QStringLiteral("outcome=COMPLIANT"));
        add(row);
    }
    for (int i = 0; i < 5; ++i)
        add(value(180, 2) + QStringList{QStringLiteral("trader_id=TY"),
                                        QStringLiteral("hs_code=871200"),
                                        QStringLiteral("date=2025-06-01")});
    const QString csvPath = dir.filePath(QStringLiteral("declarations.csv"));
    test::writeFile(csvPath, csv);
    const QString db = dir.filePath(QStringLiteral("w.clearsight"));
    EXPECT_TRUE(workspace::create(db).ok());
    const auto imported = importFile(db, csvPath);
    EXPECT_TRUE(imported.ok()) << (imported ? "" : qPrintable(imported.error().message));
    return db;
}

class TraderProfileTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = createWorkspace(m_dir);
    }

    TraderProfile profile(const TraderProfileRequest &request,
                          const TraderProfileOptions &options = {})
    {
        auto connection = Connection::open(m_db, Connection::Mode::ReadOnly);
        EXPECT_TRUE(connection.ok());
        auto result = TraderProfileRepository(connection.value(), options).profile(request);
        EXPECT_TRUE(result.ok()) << (result ? "" : qPrintable(result.error().message));
        return result ? result.value() : TraderProfile{};
    }

    // One row of plain SQL over the declarations.
    std::vector<QVariant> sql(const QString &statement, const QVariantList &bindings = {})
    {
        auto connection = Connection::open(m_db, Connection::Mode::ReadOnly);
        EXPECT_TRUE(connection.ok());
        QSqlQuery q(connection.value().database());
        q.prepare(statement);
        for (const QVariant &b : bindings)
            q.addBindValue(b);
        EXPECT_TRUE(q.exec() && q.next()) << qPrintable(statement);
        std::vector<QVariant> row;
        for (int c = 0; c < q.record().count(); ++c)
            row.push_back(q.value(c));
        return row;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

const QString kFigures = QStringLiteral(
    "SELECT COUNT(*), COUNT(DISTINCT declaration_id), TOTAL(cif_value), TOTAL(duty_paid), "
    "TOTAL(inspected = 1), TOTAL(inspected = 1 AND outcome = 'ILLICIT'), "
    "TOTAL(revenue_recovered) FROM declarations WHERE trader_id = ? AND date >= ? AND date <= ?");

void expectFigures(const TraderFigures &f, const std::vector<QVariant> &row)
{
    EXPECT_EQ(f.items, row[0].toLongLong());
    EXPECT_EQ(f.declarations, row[1].toLongLong());
    EXPECT_DOUBLE_EQ(f.customsValue, row[2].toDouble());
    EXPECT_DOUBLE_EQ(f.dutyPaid, row[3].toDouble());
    EXPECT_EQ(f.inspected, qint64(row[4].toDouble()));
    EXPECT_EQ(f.illicit, qint64(row[5].toDouble()));
    EXPECT_DOUBLE_EQ(f.revenueRecovered, row[6].toDouble());
}

} // namespace

TEST_F(TraderProfileTest, FiguresEqualPlainSqlOverTheSameRows)
{
    const TraderProfile p = profile({QStringLiteral("TX"), {}, {}});
    // Default period: the trader's whole active period.
    const auto active =
        sql(QStringLiteral("SELECT MIN(date), MAX(date), COUNT(*) FROM declarations "
                           "WHERE trader_id = 'TX'"));
    EXPECT_EQ(p.from, active[0].toString());
    EXPECT_EQ(p.to, active[1].toString());
    EXPECT_EQ(p.identity.itemsAllTime, active[2].toLongLong());
    EXPECT_EQ(p.identity.name, QStringLiteral("TEXTIL EXPRESS SARL"));
    EXPECT_EQ(p.identity.address, QStringLiteral("4 rue du Port"));
    expectFigures(p.total, sql(kFigures, {QStringLiteral("TX"), p.from, p.to}));
    EXPECT_EQ(p.total.items, 31);
    EXPECT_EQ(p.total.declarations, 30);
    expectFigures(
        p.halves[0],
        sql(kFigures,
            {QStringLiteral("TX"), p.from,
             QDate::fromString(p.secondHalf, Qt::ISODate).addDays(-1).toString(Qt::ISODate)}));
    expectFigures(p.halves[1], sql(kFigures, {QStringLiteral("TX"), p.secondHalf, p.to}));

    // Every month of the period, empty ones included, with its figures.
    const QDate from = QDate::fromString(p.from, Qt::ISODate);
    const QDate to = QDate::fromString(p.to, Qt::ISODate);
    ASSERT_EQ(int(p.months.size()), (to.year() - from.year()) * 12 + to.month() - from.month() + 1);
    for (const TraderMonth &m : p.months) {
        const QString first = m.month + QStringLiteral("-01");
        const QString last = m.month + QStringLiteral("-31");
        expectFigures(m.figures, sql(kFigures, {QStringLiteral("TX"), first, last}));
    }

    // The origin mix by half against GROUP BY.
    for (const MixTally &t : p.mixes[size_t(MixDimension::Origin)]) {
        const auto half = sql(QStringLiteral("SELECT TOTAL(date < ?), TOTAL(date >= ?), "
                                             "TOTAL(CASE WHEN date < ? THEN cif_value END) "
                                             "FROM declarations WHERE trader_id = 'TX' AND "
                                             "origin_country = ?"),
                              {p.secondHalf, p.secondHalf, p.secondHalf, t.key});
        EXPECT_EQ(t.items[0], qint64(half[0].toDouble())) << qPrintable(t.key);
        EXPECT_EQ(t.items[1], qint64(half[1].toDouble())) << qPrintable(t.key);
        EXPECT_DOUBLE_EQ(t.customsValue[0], half[2].toDouble()) << qPrintable(t.key);
    }
}

TEST_F(TraderProfileTest, HalvesShowTheSwitchOfOriginIncotermDeclarantAndUnitValue)
{
    // 2025: 365 days, so the second half starts on day 183, 2 July.
    const TraderProfile p =
        profile({QStringLiteral("TX"), QStringLiteral("2025-01-01"), QStringLiteral("2025-12-31")});
    EXPECT_EQ(p.secondHalf, QStringLiteral("2025-07-02"));
    EXPECT_EQ(p.months.size(), 12u);
    EXPECT_EQ(p.halves[0].items, 11);
    EXPECT_EQ(p.halves[1].items, 20);
    const TraderBehaviour b = compareHalves(p);
    // 11 items of 1000 EUR, then 20 of 500 EUR: value 11,000 -> 10,000.
    ASSERT_TRUE(b.volume.customsValue.relative.has_value());
    EXPECT_NEAR(*b.volume.customsValue.relative, 10000.0 / 11000.0 - 1, 1e-12);
    EXPECT_NEAR(*b.volume.items.relative, 20.0 / 11.0 - 1, 1e-12);

    // Origin, partner, Incoterm and declarant all switch completely; the HS chapter does not.
    for (MixDimension d : {MixDimension::Origin, MixDimension::Partner, MixDimension::Incoterm,
                           MixDimension::Declarant}) {
        const MixComparison &mix = b.mixes[size_t(d)];
        EXPECT_TRUE(mix.comparable);
        EXPECT_DOUBLE_EQ(mix.distance, 1.0) << qPrintable(mixDimensionKey(d));
        ASSERT_EQ(mix.rows.size(), 2u);
        EXPECT_TRUE(mix.rows[0].biggestMover && mix.rows[1].biggestMover);
    }
    const MixComparison &origins = b.mixes[size_t(MixDimension::Origin)];
    std::map<QString, MixShare> byOrigin;
    for (const MixShare &row : origins.rows)
        byOrigin[row.key] = row;
    EXPECT_DOUBLE_EQ(byOrigin[QStringLiteral("CN")].share[0], 1.0);
    EXPECT_DOUBLE_EQ(byOrigin[QStringLiteral("CN")].change, -1.0);
    EXPECT_DOUBLE_EQ(byOrigin[QStringLiteral("VN")].share[1], 1.0);
    EXPECT_DOUBLE_EQ(b.mixes[size_t(MixDimension::HsChapter)].distance, 0.0);

    // Unit values: 10 then 5 EUR a pair against peers at 10 (9.5 and 10.5 alternate, so the
    // median is 10 in each half).
    ASSERT_EQ(b.unitValues.size(), 1u);
    const UnitValueComparison &u = b.unitValues.front();
    EXPECT_EQ(u.hs6, QStringLiteral("620342"));
    EXPECT_EQ(u.unit, QStringLiteral("NAR"));
    EXPECT_EQ(u.peerSample, 40); // TY and TZ, never TX itself
    EXPECT_DOUBLE_EQ(*u.peerMedian, 10.0);
    // The peers' rows are the same whether the HS6 is walked twice (small, as here) or once,
    // keeping every row id the sample might want.
    TraderProfileOptions walkOnce;
    walkOnce.peerWalkFloor = 1;
    const TraderProfile once =
        profile({QStringLiteral("TX"), QStringLiteral("2025-01-01"), QStringLiteral("2025-12-31")},
                walkOnce);
    ASSERT_EQ(once.unitValues.size(), 1u);
    EXPECT_EQ(once.unitValues.front().peerSample, 40);
    EXPECT_EQ(once.unitValues.front().peerItems, 71); // TX's 31 items are the HS6's too
    EXPECT_EQ(once.unitValues.front().peerHalfMedian, p.unitValues.front().peerHalfMedian);
    EXPECT_DOUBLE_EQ(*u.median, 5.0); // 11 at 10, 20 at 5
    EXPECT_DOUBLE_EQ(*u.halfRatio[0], 1.0);
    EXPECT_DOUBLE_EQ(*u.halfRatio[1], 0.5);
    EXPECT_DOUBLE_EQ(*u.ratioChange, -0.5);

    std::map<BehaviourSignalKind, int> kinds;
    for (const BehaviourSignal &s : b.signals)
        ++kinds[s.kind];
    EXPECT_EQ(kinds[BehaviourSignalKind::MixShift], 4);
    EXPECT_EQ(kinds[BehaviourSignalKind::UnitValueDrop], 1);
    EXPECT_EQ(kinds[BehaviourSignalKind::ValueRise] + kinds[BehaviourSignalKind::ValueDrop], 0);
}

TEST_F(TraderProfileTest, HitRateAgainstThePopulationAndStanding)
{
    const TraderProfile before = profile({QStringLiteral("TX"), {}, {}});
    EXPECT_FALSE(before.standing.analysed);
    EXPECT_FALSE(before.standing.ranked);
    // Population: every trader over the whole months of the period.
    const auto population = sql(QStringLiteral("SELECT TOTAL(inspected = 1), "
                                               "TOTAL(inspected = 1 AND outcome = 'ILLICIT') "
                                               "FROM declarations WHERE date >= ? AND date <= ?"),
                                {before.population.from, before.population.to});
    EXPECT_EQ(before.population.inspected, qint64(population[0].toDouble()));
    EXPECT_EQ(before.population.illicit, qint64(population[1].toDouble()));
    // Served from the summary tables, which hold every trader's inspections.
    EXPECT_FALSE(before.population.from.isEmpty());
    const TraderBehaviour b = compareHalves(before);
    // TX: 4 inspected, 2 illicit; all traders: 14 inspected, 3 illicit.
    ASSERT_TRUE(b.inspections.hitRate && b.inspections.populationHitRate &&
                b.inspections.smoothedHitRate);
    EXPECT_DOUBLE_EQ(*b.inspections.hitRate, 0.5);
    EXPECT_DOUBLE_EQ(*b.inspections.populationHitRate, 3.0 / 14.0);
    EXPECT_DOUBLE_EQ(*b.inspections.smoothedHitRate, (2 + 10 * 3.0 / 14.0) / (4 + 10));
    EXPECT_DOUBLE_EQ(b.inspections.revenueRecovered, 301.0);

    ASSERT_TRUE(runAnalyses(m_db).ok());
    const TraderProfile after = profile({QStringLiteral("TX"), {}, {}});
    EXPECT_TRUE(after.standing.analysed);
    EXPECT_FALSE(after.standing.stale);
    ASSERT_TRUE(after.standing.ranked);
    const auto score = sql(QStringLiteral("SELECT rank, (SELECT COUNT(*) FROM trader_scores) "
                                          "FROM trader_scores WHERE trader_id = 'TX'"));
    EXPECT_EQ(after.standing.rank, score[0].toInt());
    EXPECT_EQ(after.standing.rankedTraders, score[1].toLongLong());
    EXPECT_DOUBLE_EQ(after.standing.percentile,
                     100.0 * (score[1].toDouble() - score[0].toDouble()) / score[1].toDouble());
    // Flags of the trader in the period, with the flagged items counted in the figures.
    const auto flags = sql(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT declaration_row) "
                                          "FROM flags WHERE trader_id = 'TX'"));
    EXPECT_EQ(qint64(after.flags.size()), flags[0].toLongLong());
    EXPECT_EQ(after.total.flaggedItems, flags[1].toLongLong());
}

TEST_F(TraderProfileTest, UnknownTraderAndBadPeriodAreErrors)
{
    auto connection = Connection::open(m_db, Connection::Mode::ReadOnly);
    ASSERT_TRUE(connection.ok());
    const TraderProfileRepository repository(connection.value());
    const auto unknown = repository.profile({QStringLiteral("NOPE"), {}, {}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::InvalidArgument);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("NOPE")));
    const auto reversed = repository.profile(
        {QStringLiteral("TX"), QStringLiteral("2025-12-01"), QStringLiteral("2025-01-01")});
    ASSERT_FALSE(reversed.ok());
    EXPECT_EQ(reversed.error().code, Error::Code::InvalidArgument);

    const auto matches = repository.findTraders(QStringLiteral("textil"));
    ASSERT_TRUE(matches.ok());
    ASSERT_EQ(matches->size(), 1u);
    EXPECT_EQ(matches->front().traderId, QStringLiteral("TX"));
    const auto byId = repository.findTraders(QStringLiteral("t"));
    ASSERT_TRUE(byId.ok());
    EXPECT_EQ(byId->size(), 3u); // TX, TY, TZ by ID (and TX by name, once)
}

// The sampled path on the small workspace: TX (31 items) over a threshold of 10 and a sample
// of one row id in 4 (ceil(31 / 10)).
TEST_F(TraderProfileTest, SampledProfileKeepsExactFiguresAndScalesTheSample)
{
    TraderProfileOptions options;
    options.sampleThreshold = 10;
    options.sampleTarget = 10;
    const TraderProfile exact = profile({QStringLiteral("TX"), {}, {}});
    EXPECT_FALSE(exact.sampling.sampled);
    const TraderProfile p = profile({QStringLiteral("TX"), {}, {}}, options);
    ASSERT_TRUE(p.sampling.sampled);
    EXPECT_EQ(p.sampling.every, 4);
    // Windows of row ids, one id in 4: as wide as TX's row ids are apart on average.
    EXPECT_GE(p.sampling.windowWidth, 1);
    EXPECT_EQ(p.sampling.windowSpan, 4 * p.sampling.windowWidth);
    EXPECT_EQ(p.sampling.items,
              sql(QStringLiteral("SELECT COUNT(*) FROM declarations WHERE trader_id = 'TX' AND "
                                 "id % ? < ?"),
                  {p.sampling.windowSpan, p.sampling.windowWidth})[0]
                  .toLongLong());
    EXPECT_GT(p.sampling.items, 0);
    EXPECT_LT(p.sampling.items, 31);
    // The split (20 June) falls in a month without items: the halves are whole months.
    EXPECT_TRUE(p.sampling.halvesExact);
    EXPECT_TRUE(p.sampling.totalExact);
    EXPECT_TRUE(p.sampling.mixTotalsExact); // the whole active period

    // Totals, halves and months from the summaries: the same as plain SQL.
    expectFigures(p.total, sql(kFigures, {QStringLiteral("TX"), p.from, p.to}));
    EXPECT_EQ(p.total.declarations, 30);
    expectFigures(
        p.halves[0],
        sql(kFigures,
            {QStringLiteral("TX"), p.from,
             QDate::fromString(p.secondHalf, Qt::ISODate).addDays(-1).toString(Qt::ISODate)}));
    expectFigures(p.halves[1], sql(kFigures, {QStringLiteral("TX"), p.secondHalf, p.to}));
    ASSERT_EQ(p.months.size(), exact.months.size());
    for (const TraderMonth &m : p.months) {
        expectFigures(m.figures, sql(kFigures, {QStringLiteral("TX"), QString(m.month + u"-01"),
                                                QString(m.month + u"-31")}));
    }

    // Origins: exact totals per origin from the summaries, split as the sample splits them
    // (CN only before the split, VN only after): the same table as reading every row.
    const auto &origins = p.mixes[size_t(MixDimension::Origin)];
    ASSERT_EQ(origins.size(), 2u);
    for (const MixTally &t : origins) {
        const auto half = sql(QStringLiteral("SELECT TOTAL(date < ?), TOTAL(date >= ?), "
                                             "TOTAL(CASE WHEN date < ? THEN cif_value END), "
                                             "TOTAL(CASE WHEN date >= ? THEN cif_value END) "
                                             "FROM declarations WHERE trader_id = 'TX' AND "
                                             "origin_country = ?"),
                              {p.secondHalf, p.secondHalf, p.secondHalf, p.secondHalf, t.key});
        EXPECT_EQ(t.items[0], qint64(half[0].toDouble())) << qPrintable(t.key);
        EXPECT_EQ(t.items[1], qint64(half[1].toDouble())) << qPrintable(t.key);
        EXPECT_DOUBLE_EQ(t.customsValue[0], half[2].toDouble()) << qPrintable(t.key);
        EXPECT_DOUBLE_EQ(t.customsValue[1], half[3].toDouble()) << qPrintable(t.key);
    }
    // Partners (not in the summaries): the sample scaled to the exact halves.
    for (size_t h = 0; h < 2; ++h) {
        qint64 items = 0;
        double value = 0;
        for (const MixTally &t : p.mixes[size_t(MixDimension::Partner)]) {
            items += t.items[h];
            value += t.customsValue[h];
        }
        EXPECT_EQ(items, p.halves[h].items);
        EXPECT_NEAR(value, p.halves[h].customsValue, 1e-6);
    }
    EXPECT_EQ(p.identity.flows.size(), 1u);
    EXPECT_EQ(p.identity.flows.front().items, 31);
    // TY's items differ in value (trousers at 950, bicycles at 360): a mix is scaled by value,
    // not by count, to the halves' exact customs value.
    const TraderProfile ty = profile({QStringLiteral("TY"), {}, {}}, options);
    ASSERT_TRUE(ty.sampling.sampled);
    expectFigures(ty.total, sql(kFigures, {QStringLiteral("TY"), ty.from, ty.to}));
    for (size_t h = 0; h < 2; ++h) {
        double value = 0;
        for (const MixTally &t : ty.mixes[size_t(MixDimension::Partner)])
            value += t.customsValue[h];
        EXPECT_NEAR(value, ty.halves[h].customsValue, 1e-6);
    }

    // The change read from the sample is the one read from every row.
    const TraderBehaviour b = compareHalves(p);
    for (MixDimension d : {MixDimension::Origin, MixDimension::Partner, MixDimension::Incoterm,
                           MixDimension::Declarant})
        EXPECT_DOUBLE_EQ(b.mixes[size_t(d)].distance, 1.0) << qPrintable(mixDimensionKey(d));
    // Unit values: 10 EUR a pair before the split and 5 after, in the sample as in every row.
    const TraderBehaviour all = compareHalves(exact);
    ASSERT_EQ(b.unitValues.size(), 1u);
    ASSERT_EQ(all.unitValues.size(), 1u);
    EXPECT_DOUBLE_EQ(*p.unitValues.front().halfMedian[0], 10.0);
    EXPECT_DOUBLE_EQ(*p.unitValues.front().halfMedian[1], 5.0);
    EXPECT_DOUBLE_EQ(*b.unitValues.front().halfRatio[0], *all.unitValues.front().halfRatio[0]);
    EXPECT_DOUBLE_EQ(*b.unitValues.front().halfRatio[1], *all.unitValues.front().halfRatio[1]);
    EXPECT_EQ(b.unitValues.front().items, 31); // sampled items scaled to the halves' 11 and 20
    EXPECT_EQ(b.unitValues.front().values, p.sampling.items); // the medians' own rows
    EXPECT_NEAR(b.unitValues.front().customsValue, p.total.customsValue, 1e-6);

    TraderReport report;
    report.profile = p;
    report.behaviour = b;
    const QJsonObject json = traderReportJson(report);
    EXPECT_TRUE(json[QStringLiteral("sampled")].toBool());
    EXPECT_EQ(json[QStringLiteral("sample_items")].toInteger(), p.sampling.items);
    EXPECT_EQ(json[QStringLiteral("sample_every")].toInteger(), 4);
    EXPECT_TRUE(traderReportText(report).contains(QStringLiteral("sample of")));
    report.profile = exact;
    EXPECT_FALSE(traderReportJson(report)[QStringLiteral("sampled")].toBool());
    EXPECT_TRUE(traderReportJson(report)[QStringLiteral("sample_items")].isNull());
}

// Months cut by the period or by the halves' split: small parts are read, so the halves stay
// exact; with nothing read, the sample shares the month out and says so, item counts exact.
TEST_F(TraderProfileTest, SampledProfileReadsOrSharesOutTheMonthsItCuts)
{
    TraderProfileOptions options;
    options.sampleThreshold = 4;
    options.sampleTarget = 2;
    const auto expectHalves = [&](const TraderProfile &p, bool values) {
        const QString lastOfFirst =
            QDate::fromString(p.secondHalf, Qt::ISODate).addDays(-1).toString(Qt::ISODate);
        const auto first = sql(kFigures, {QStringLiteral("TX"), p.from, lastOfFirst});
        const auto second = sql(kFigures, {QStringLiteral("TX"), p.secondHalf, p.to});
        if (values) {
            expectFigures(p.halves[0], first);
            expectFigures(p.halves[1], second);
        }
        EXPECT_EQ(p.halves[0].items, first[0].toLongLong());
        EXPECT_EQ(p.halves[1].items, second[0].toLongLong());
    };
    // 10 January to 20 March: 7 items, split on 14 February between the items of the 11th
    // and the 16th.
    const TraderProfileRequest cutSplit{QStringLiteral("TX"), QStringLiteral("2025-01-10"),
                                        QStringLiteral("2025-03-20")};
    const TraderProfile read = profile(cutSplit, options);
    ASSERT_TRUE(read.sampling.sampled);
    EXPECT_EQ(read.secondHalf, QStringLiteral("2025-02-14"));
    EXPECT_TRUE(read.sampling.halvesExact);
    expectHalves(read, true);
    expectFigures(read.total, sql(kFigures, {QStringLiteral("TX"), read.from, read.to}));

    options.exactPartBudget = 0;
    const TraderProfile shared = profile(cutSplit, options);
    ASSERT_TRUE(shared.sampling.sampled);
    EXPECT_FALSE(shared.sampling.halvesExact);
    EXPECT_TRUE(shared.sampling.totalExact); // February is cut, but all of it is in the period
    expectHalves(shared, false);
    expectFigures(shared.total, sql(kFigures, {QStringLiteral("TX"), shared.from, shared.to}));
    EXPECT_NEAR(shared.halves[0].customsValue + shared.halves[1].customsValue,
                shared.total.customsValue, 1e-6);

    // From 12 January: January's items of the 10th fall outside, those of the 15th inside.
    const TraderProfile cutStart =
        profile({QStringLiteral("TX"), QStringLiteral("2025-01-12"), QStringLiteral("2025-03-20")},
                options);
    ASSERT_TRUE(cutStart.sampling.sampled);
    EXPECT_FALSE(cutStart.sampling.totalExact);
    EXPECT_FALSE(cutStart.sampling.mixTotalsExact);
    expectHalves(cutStart, false);
    EXPECT_EQ(cutStart.total.items,
              sql(kFigures, {QStringLiteral("TX"), cutStart.from, cutStart.to})[0].toLongLong());
    EXPECT_EQ(cutStart.months.front().figures.items, 1);
}

TEST(TraderBehaviour, TotalVariationDistanceAndSmoothing)
{
    EXPECT_DOUBLE_EQ(totalVariationDistance({0.5, 0.5, 0}, {0.5, 0, 0.5}), 0.5);
    EXPECT_DOUBLE_EQ(totalVariationDistance({1.0}, {1.0}), 0.0);
    // No inspections: the population's rate itself.
    EXPECT_DOUBLE_EQ(*smoothedHitRate(0, 0, 0.1), 0.1);
    // Many inspections: close to the trader's own.
    EXPECT_NEAR(*smoothedHitRate(500, 1000, 0.1), 0.5, 0.01);
    EXPECT_FALSE(smoothedHitRate(1, 2, std::nullopt).has_value());
}
