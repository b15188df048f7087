#include "analysis/incotermanalysis.h"

#include <QString>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace clearsight
{
namespace
{

constexpr qint32 kJan1 = 19723; // 2024-01-01 as days since 1970-01-01

// One declaration item; the defaults are a clean FOB import by sea from China whose customs
// value adds 5 % freight and insurance to the invoice, with duties and taxes at 12 %.
struct Item {
    qint32 day = kJan1;
    bool import = true;
    qint32 hs6 = 620342;
    QString origin = QStringLiteral("CN");
    QString office = QStringLiteral("PRT01");
    Mode mode = Mode::Sea;
    Incoterm rule = Incoterm::FOB;
    QString trader = QStringLiteral("TR0000001");
    QString partner = QStringLiteral("SHANGHAI A (CN)");
    double invoice = 1000;
    double customs = 1050;
    double freight = 45;
    double insurance = 5;
    double dutyRate = 0.12;
    float relativeLogValue = std::numeric_limits<float>::quiet_NaN();
};

// An AnalysisData built item by item, with the dictionaries interned as the loader does.
class Declarations
{
public:
    qint64 add(const Item &item)
    {
        const qint64 id = qint64(m_data.size()) + 1;
        m_data.rowId.push_back(id);
        m_data.day.push_back(item.day);
        m_data.isImport.push_back(item.import ? 1 : 0);
        m_data.hs6.push_back(item.hs6);
        m_data.origin.push_back(intern(m_data.countries, item.origin));
        m_data.office.push_back(intern(m_data.offices, item.office));
        m_data.mode.push_back(item.mode);
        m_data.incoterm.push_back(qint8(item.rule));
        m_data.unit.push_back(intern(m_data.units, QStringLiteral("NAR")));
        const qint32 trader = intern(m_data.traders, item.trader);
        if (size_t(trader) == m_data.traderNames.size())
            m_data.traderNames.push_back(item.trader);
        m_data.trader.push_back(trader);
        m_data.partner.push_back(intern(m_data.partners, item.partner));
        m_data.quantity.push_back(100);
        m_data.grossKg.push_back(110);
        m_data.netKg.push_back(100);
        m_data.invoiceNational.push_back(item.invoice);
        m_data.customsValue.push_back(item.customs);
        m_data.fobValue.push_back(item.invoice);
        m_data.freight.push_back(item.freight);
        m_data.insurance.push_back(item.insurance);
        m_data.dutyPaid.push_back(item.customs * item.dutyRate);
        m_data.relatedParty.push_back(0);
        m_data.inspected.push_back(-1);
        m_data.illicit.push_back(0);
        m_data.revenueRecovered.push_back(std::nan(""));
        m_relative.push_back(item.relativeLogValue);
        return id;
    }

    std::vector<Flag> analyse() const
    {
        return analyseIncoterms(m_data, m_relative, AnalysisThresholds{}, QStringLiteral("EUR"));
    }

private:
    static qint32 intern(std::vector<QString> &dictionary, const QString &text)
    {
        const auto it = std::find(dictionary.begin(), dictionary.end(), text);
        if (it != dictionary.end())
            return qint32(it - dictionary.begin());
        dictionary.push_back(text);
        return qint32(dictionary.size()) - 1;
    }

    AnalysisData m_data;
    std::vector<float> m_relative;
};

QString text(const Flag &flag, const char *key)
{
    return flag.reason.value(QLatin1StringView(key)).toString();
}

double number(const Flag &flag, const char *key)
{
    return flag.reason.value(QLatin1StringView(key)).toDouble();
}

// A lane's usual FOB freight share: 15 items adding 4 % and 15 adding 6 %, median 5 %.
void addLane(Declarations &d, Item item = {})
{
    for (int i = 0; i < 30; ++i) {
        item.trader = QStringLiteral("TR000010%1").arg(i % 3);
        item.customs = item.invoice * (i % 2 == 0 ? 1.04 : 1.06);
        d.add(item);
    }
}

TEST(IncotermAnalysis, MissingFreightWhenNothingIsAddedToAnFobInvoice)
{
    Declarations d;
    addLane(d);
    Item bare;
    bare.invoice = 2000;
    bare.customs = 2000;
    bare.freight = 0;
    bare.insurance = 0;
    const qint64 row = d.add(bare);
    Item exported = bare; // exports are not valued on a CIF basis: ignored
    exported.import = false;
    d.add(exported);

    const std::vector<Flag> flags = d.analyse();
    ASSERT_EQ(flags.size(), 1u);
    const Flag &f = flags.front();
    EXPECT_EQ(f.kind, FlagKind::MissingFreight);
    EXPECT_EQ(f.rowId, row);
    EXPECT_DOUBLE_EQ(f.score, 90); // nothing at all added
    EXPECT_DOUBLE_EQ(*f.declaredValue, 2000);
    // The invoice plus the lane's median share: 2000 x (1 + 5 %).
    EXPECT_NEAR(*f.expectedValue, 2100, 1e-6);
    // 100 of value missing at the lane's 12 % duties and taxes.
    EXPECT_NEAR(*f.revenueAtStake, 12, 1e-6);
    EXPECT_EQ(text(f, "incoterm"), QStringLiteral("FOB"));
    EXPECT_NEAR(number(f, "share"), 0, 1e-9);
    EXPECT_NEAR(number(f, "lane_share"), 5, 1e-9);
    EXPECT_EQ(text(f, "lane"), QStringLiteral("CN → PRT01 by SEA"));
    EXPECT_EQ(f.peerGroup, QStringLiteral("lane CN → PRT01 · SEA"));
}

TEST(IncotermAnalysis, MissingFreightWhenFarBelowTheLane)
{
    Declarations d;
    Item item;
    for (int i = 0; i < 30; ++i)
        d.add(item);     // 5 %
    item.customs = 1010; // 1 %: below a quarter of 5 % (1.25 %)
    const qint64 low = d.add(item);
    item.customs = 1020; // 2 %: low, but not far enough below to say freight is missing
    d.add(item);

    const std::vector<Flag> flags = d.analyse();
    ASSERT_EQ(flags.size(), 1u);
    const Flag &f = flags.front();
    EXPECT_EQ(f.rowId, low);
    // Median of 1 %, 2 % and 30 x 5 % is 5 %; expected 1000 x 1.05.
    EXPECT_NEAR(*f.expectedValue, 1050, 1e-6);
    EXPECT_NEAR(*f.revenueAtStake, 40 * 0.12, 1e-6);
    // 1 % is 80 % below the lane's 5 %, 5 points beyond the 75 % threshold; 50 at the
    // threshold rising to 85 at 100 % below: 50 + 35 x 5 / 25 = 57.
    EXPECT_NEAR(f.score, 57, 1e-6);
    EXPECT_NEAR(number(f, "share"), 1, 1e-9);
}

TEST(IncotermAnalysis, MissingFreightFallsBackToTheOriginWhenALaneIsSmall)
{
    Declarations d;
    Item item;
    item.customs = 1080; // 25 items adding 8 % into PRT01
    for (int i = 0; i < 25; ++i)
        d.add(item);
    item.office = QStringLiteral("PRT02"); // 5 items adding 4 %: too few for a lane of its own
    item.customs = 1040;
    for (int i = 0; i < 5; ++i)
        d.add(item);
    item.customs = 1000;
    const qint64 row = d.add(item);

    const std::vector<Flag> flags = d.analyse();
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].rowId, row);
    // CN by sea over all offices: 25 x 8 % and 5 x 4 %, median 8 %.
    EXPECT_NEAR(number(flags[0], "lane_share"), 8, 1e-9);
    EXPECT_EQ(text(flags[0], "lane"), QStringLiteral("CN → any by SEA"));
    EXPECT_NEAR(*flags[0].expectedValue, 1080, 1e-6);
}

TEST(IncotermAnalysis, DoubleFreightUnderACRule)
{
    Declarations d;
    Item cif;
    cif.rule = Incoterm::CIF;
    cif.customs = 1000; // the invoice holds freight and insurance: nothing added
    cif.freight = 0;
    cif.insurance = 0;
    d.add(cif);
    Item cfr = cif; // CFR: insurance is added, and rightly so
    cfr.rule = Incoterm::CFR;
    cfr.customs = 1004;
    cfr.insurance = 4;
    d.add(cfr);
    Item rounding = cif; // 0.4 % of the invoice: below the 0.5 % tolerance
    rounding.freight = 4;
    rounding.customs = 1004;
    d.add(rounding);
    Item twice = cif;
    twice.freight = 60;
    twice.customs = 1060;
    const qint64 row = d.add(twice);

    const std::vector<Flag> flags = d.analyse();
    ASSERT_EQ(flags.size(), 1u);
    const Flag &f = flags.front();
    EXPECT_EQ(f.kind, FlagKind::DoubleFreight);
    EXPECT_EQ(f.rowId, row);
    EXPECT_DOUBLE_EQ(*f.declaredValue, 1060);
    EXPECT_DOUBLE_EQ(*f.expectedValue, 1000);   // without the freight added again
    EXPECT_FALSE(f.revenueAtStake.has_value()); // an inflated base is no lost revenue
    EXPECT_EQ(text(f, "incoterm"), QStringLiteral("CIF"));
    EXPECT_DOUBLE_EQ(number(f, "freight"), 60);
    EXPECT_EQ(text(f, "currency"), QStringLiteral("EUR"));
    EXPECT_NEAR(number(f, "share"), 6, 1e-9);
    // 6 % is 5.5 points beyond 0.5 %, over a span of 10 points: 50 + 50 x 0.55 = 77.5.
    EXPECT_NEAR(f.score, 77.5, 1e-9);
}

TEST(IncotermAnalysis, ModeMismatchIsSevereByAirAndMildByRoad)
{
    Declarations d;
    Item item;
    item.mode = Mode::Air;
    const qint64 air = d.add(item);
    item.mode = Mode::Road;
    const qint64 road = d.add(item);
    item.rule = Incoterm::CIF;
    item.customs = 1000;
    item.freight = item.insurance = 0;
    item.mode = Mode::Post;
    const qint64 post = d.add(item);
    item.mode = Mode::InlandWater; // sea rules are for inland waterways too
    d.add(item);
    item.rule = Incoterm::CIP; // the any-mode twin of CIF
    item.mode = Mode::Air;
    d.add(item);

    const std::vector<Flag> flags = d.analyse();
    ASSERT_EQ(flags.size(), 3u);
    for (const Flag &f : flags)
        EXPECT_EQ(f.kind, FlagKind::ModeMismatch);
    EXPECT_EQ(flags[0].rowId, air);
    EXPECT_DOUBLE_EQ(flags[0].score, 85);
    EXPECT_EQ(text(flags[0], "incoterm"), QStringLiteral("FOB"));
    EXPECT_EQ(text(flags[0], "mode"), QStringLiteral("AIR"));
    EXPECT_EQ(flags[1].rowId, road);
    EXPECT_DOUBLE_EQ(flags[1].score, 40);
    EXPECT_EQ(text(flags[1], "mode"), QStringLiteral("ROAD"));
    EXPECT_EQ(flags[2].rowId, post);
    EXPECT_DOUBLE_EQ(flags[2].score, 85);
    EXPECT_FALSE(flags[0].declaredValue.has_value());
}

TEST(IncotermAnalysis, DeviationFromTheSuppliersOtherClients)
{
    Declarations d;
    Item item;
    item.partner = QStringLiteral("GUANGZHOU B (CN)");
    item.rule = Incoterm::CIF;
    item.customs = 1000;
    item.freight = item.insurance = 0;
    for (int client = 0; client < 3; ++client) {
        item.trader = QStringLiteral("TR000020%1").arg(client);
        for (int i = 0; i < 4; ++i)
            d.add(item);
    }
    item.trader = QStringLiteral("TR0000203");
    item.rule = Incoterm::CIP; // CIF's twin for an air shipment: the same habit
    item.mode = Mode::Air;
    d.add(item);

    item.trader = QStringLiteral("TR0000299");
    item.rule = Incoterm::FOB;
    item.mode = Mode::Sea;
    item.customs = 1050;
    const qint64 first = d.add(item);
    const qint64 second = d.add(item);

    const std::vector<Flag> flags = d.analyse();
    // One flag for the habit, on the trader's latest item, counting both items.
    ASSERT_EQ(flags.size(), 1u);
    Q_UNUSED(first);
    EXPECT_EQ(flags[0].rowId, second);
    EXPECT_EQ(flags[0].reason.value(QLatin1StringView("items")).toInteger(), 2);
    const Flag &f = flags[0];
    EXPECT_EQ(f.kind, FlagKind::IncotermDeviation);
    EXPECT_EQ(text(f, "incoterm"), QStringLiteral("FOB"));
    EXPECT_EQ(text(f, "who"), QStringLiteral("supplier GUANGZHOU B (CN)"));
    EXPECT_EQ(text(f, "usual"), QStringLiteral("CIF"));
    // The other clients: 12 CIF and 1 CIP, all one habit.
    EXPECT_NEAR(number(f, "share"), 100, 1e-9);
    EXPECT_EQ(f.reason.value(QLatin1StringView("peers")).toInt(), 13);
    EXPECT_NEAR(f.score, 60, 1e-9); // the top of the supplier range (40-60) at 100 %
    // The CIF clients are not flagged: excluding one of them, 9 of its 11 peers (the other
    // two clients, the CIP item and the 2 FOB) follow CIF, 82 %, and it does too.
}

TEST(IncotermAnalysis, DeviationFromTheIndustry)
{
    Declarations d;
    Item item;
    item.hs6 = 610910;
    item.origin = QStringLiteral("VN");
    item.rule = Incoterm::DAP;
    item.customs = 990; // DAP: carriage after importation deducted
    item.freight = item.insurance = 0;
    // Five traders, each with its own supplier (too few clients for a supplier's habit).
    for (int t = 0; t < 5; ++t) {
        item.trader = QStringLiteral("TR000030%1").arg(t);
        item.partner = QStringLiteral("HANOI %1 (VN)").arg(t);
        for (int i = 0; i < 5; ++i)
            d.add(item);
    }
    item.trader = QStringLiteral("TR0000399");
    item.partner = QStringLiteral("SAIGON X (VN)");
    item.rule = Incoterm::FOB;
    item.customs = 1050;
    const qint64 row = d.add(item);

    const std::vector<Flag> flags = d.analyse();
    ASSERT_EQ(flags.size(), 1u);
    const Flag &f = flags.front();
    EXPECT_EQ(f.kind, FlagKind::IncotermDeviation);
    EXPECT_EQ(f.rowId, row);
    EXPECT_EQ(text(f, "who"), QStringLiteral("the industry (HS chapter 61 from VN)"));
    EXPECT_EQ(text(f, "usual"), QStringLiteral("DAP"));
    EXPECT_EQ(f.reason.value(QLatin1StringView("peers")).toInt(), 25);
    EXPECT_NEAR(f.score, 50, 1e-9); // the top of the industry range (30-50) at 100 %
}

// A trader moves from CIF to FOB on 2024-04-01 while its unit values against peers fall from
// the peers' level (0) to 60 % of it (log 0.6).
void addSwitch(Declarations &d, float after)
{
    Item item;
    item.trader = QStringLiteral("TR0000400");
    item.partner = QStringLiteral("NINGBO C (CN)");
    item.rule = Incoterm::CIF;
    item.customs = 1000;
    item.freight = item.insurance = 0;
    item.dutyRate = 0.1;
    item.relativeLogValue = 0;
    for (int i = 0; i < 12; ++i) {
        item.day = kJan1 + 7 * i;
        d.add(item);
    }
    item.rule = Incoterm::FOB;
    item.customs = 1050;
    item.dutyRate = 0.12;
    item.relativeLogValue = after;
    for (int i = 0; i < 12; ++i) {
        item.day = kJan1 + 91 + 7 * i; // from 2024-04-01
        d.add(item);
    }
}

TEST(IncotermAnalysis, SwitchWithValueDrop)
{
    Declarations d;
    addSwitch(d, std::log(0.6f));

    const std::vector<Flag> flags = d.analyse();
    ASSERT_EQ(flags.size(), 12u);
    for (size_t i = 0; i < flags.size(); ++i) {
        const Flag &f = flags[i];
        EXPECT_EQ(f.kind, FlagKind::IncotermSwitch);
        EXPECT_EQ(f.rowId, qint64(13 + i)); // the 12 FOB items, rows 13-24
        EXPECT_EQ(text(f, "from"), QStringLiteral("CIF"));
        EXPECT_EQ(text(f, "to"), QStringLiteral("FOB"));
        EXPECT_EQ(text(f, "date"), QStringLiteral("2024-04-01"));
        EXPECT_NEAR(number(f, "drop"), 40, 1e-4);
        // A 40 % drop is 20 points beyond the 20 % threshold, over a 40-point span: 75.
        EXPECT_NEAR(f.score, 75, 1e-4);
        EXPECT_DOUBLE_EQ(*f.declaredValue, 1050);
        EXPECT_NEAR(*f.expectedValue, 1750, 1e-3); // 1050 / 0.6
        // 700 missing at the 10 % duty rate of the trader's items before the switch.
        EXPECT_NEAR(*f.revenueAtStake, 70, 1e-3);
        EXPECT_EQ(f.peerGroup, QStringLiteral("trader TR0000400"));
    }
}

TEST(IncotermAnalysis, SwitchWithoutValueDropIsNoFlag)
{
    Declarations d;
    addSwitch(d, std::log(0.9f)); // a 10 % fall: within the usual drift
    EXPECT_TRUE(d.analyse().empty());
}

TEST(IncotermAnalysis, ChangeOfSupplierIsNoSwitch)
{
    // The same CIF-to-FOB change and 40 % fall as above, but all FOB items come from a new
    // supplier: its terms and prices, not a change of the trader's terms.
    Declarations d;
    addSwitch(d, std::log(0.6f));
    Declarations moved;
    Item item;
    item.trader = QStringLiteral("TR0000400");
    item.rule = Incoterm::CIF;
    item.customs = 1000;
    item.freight = item.insurance = 0;
    item.relativeLogValue = 0;
    item.partner = QStringLiteral("NINGBO C (CN)");
    for (int i = 0; i < 12; ++i) {
        item.day = kJan1 + 7 * i;
        moved.add(item);
    }
    item.partner = QStringLiteral("XIAMEN G (CN)");
    item.rule = Incoterm::FOB;
    item.customs = 1050;
    item.relativeLogValue = std::log(0.6f);
    for (int i = 0; i < 12; ++i) {
        item.day = kJan1 + 91 + 7 * i;
        moved.add(item);
    }
    EXPECT_EQ(d.analyse().size(), 12u);
    EXPECT_TRUE(moved.analyse().empty());
}

// A trader that is most of its own peer group: its 24 items and another trader's 20 of HS 848180
// from Germany, 100 pieces each. Before its switch (the first quarter) everyone declares 10 a
// piece; after it (the second) the trader declares 6 and the other trader `othersAfter`. The
// valuation, whose median the trader drags down with it, sees the trader's items only
// log(0.6) + 0.3 = -0.21 below their peers after the switch: a 19 % fall, under the 20 %
// threshold.
std::vector<Flag> dominantSwitch(double othersAfter)
{
    Declarations d;
    Item item;
    item.hs6 = 848180;
    item.origin = QStringLiteral("DE");
    item.trader = QStringLiteral("TR0000500");
    item.partner = QStringLiteral("STUTTGART E (DE)");
    item.rule = Incoterm::CIF;
    item.invoice = item.customs = 1000;
    item.freight = item.insurance = 0;
    item.relativeLogValue = 0;
    for (int i = 0; i < 12; ++i) {
        item.day = kJan1 + 7 * i;
        d.add(item);
    }
    item.rule = Incoterm::FOB;
    item.customs = 600;
    item.invoice = 600 / 1.05; // with 5 % freight and insurance added, as on the other items
    item.relativeLogValue = std::log(0.6f) + 0.3f;
    for (int i = 0; i < 12; ++i) {
        item.day = kJan1 + 91 + 7 * i;
        d.add(item);
    }
    // The other trader, half CIF and half FOB throughout (no habit, no switch).
    Item peer = item;
    peer.trader = QStringLiteral("TR0000501");
    peer.partner = QStringLiteral("MUNICH F (DE)");
    for (int i = 0; i < 20; ++i) {
        peer.day = kJan1 + (i < 10 ? 7 * i : 91 + 7 * (i - 10));
        peer.rule = i % 2 == 0 ? Incoterm::CIF : Incoterm::FOB;
        peer.customs = 100 * (i < 10 ? 10 : othersAfter);
        peer.invoice = peer.customs / (i % 2 == 0 ? 1 : 1.05);
        peer.relativeLogValue = i < 10 ? 0 : 0.3f;
        d.add(peer);
    }
    return d.analyse();
}

TEST(IncotermAnalysis, SwitchOfATraderThatIsMostOfItsPeerGroup)
{
    // Left out of its own peer group, the trader's 6 against the other trader's 10 is
    // log(0.6) after the switch, against 0 before: a 40 % fall.
    const std::vector<Flag> flags = dominantSwitch(10);
    ASSERT_EQ(flags.size(), 12u);
    EXPECT_EQ(flags.front().rowId, 13); // its 12 FOB items, rows 13-24
    EXPECT_EQ(flags.back().rowId, 24);
    EXPECT_NEAR(number(flags.front(), "drop"), 40, 1e-4);
    EXPECT_NEAR(*flags.front().expectedValue, 1000, 1e-6); // 600 / 0.6

    // When the other trader's prices fell to 6 as well, the market fell: no flag.
    EXPECT_TRUE(dominantSwitch(6).empty());
}

TEST(IncotermAnalysis, CleanItemsAndExportsGiveNoFlag)
{
    Declarations d;
    addLane(d);
    Item item; // another supplier of other goods, whose clients buy CIF
    item.hs6 = 850440;
    item.partner = QStringLiteral("SHENZHEN D (CN)");
    item.rule = Incoterm::CIF;
    item.customs = 1000;
    item.freight = item.insurance = 0;
    for (int i = 0; i < 10; ++i)
        d.add(item);
    item.rule = Incoterm::DDP; // duties in the price, deducted: the value is below the invoice
    item.customs = 880;
    d.add(item);
    item.hs6 = 620342; // FCA by air: the air twin of the lane's FOB habit
    item.partner = QStringLiteral("SHANGHAI A (CN)");
    item.rule = Incoterm::FCA;
    item.mode = Mode::Air;
    item.customs = 1150;
    item.freight = 145;
    d.add(item);

    // Exports break every rule, and none applies to them.
    Item exported;
    exported.import = false;
    exported.mode = Mode::Air; // FOB by air
    exported.customs = 1000;   // nothing added
    d.add(exported);
    exported.rule = Incoterm::CIF;
    exported.freight = 100; // freight added to a CIF price
    d.add(exported);

    const std::vector<Flag> flags = d.analyse();
    EXPECT_TRUE(flags.empty()) << flags.size() << " flags, the first of kind "
                               << int(flags.front().kind);
}

} // namespace
} // namespace clearsight
