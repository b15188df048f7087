#include "demodeclarationbuilder.h"

#include "demoplanter.h"
#include "demovaluation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace clearsight::demo
{

namespace
{

// Selectivity base rates, tuned so that about 5 % of declarations go RED and 10 % YELLOW.
constexpr double kRedRate = 0.038;
constexpr double kYellowRate = 0.082;
// Data-entry defects not tied to any planted trader: about 0.1 % of rows.
constexpr double kBadRowRate = 0.001;
// Below this value in EUR an item would not be declared on its own.
constexpr double kMinItemValue = 20;

double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}

double roundQuantity(double quantity, bool countable)
{
    if (countable)
        return std::max(1.0, std::round(quantity));
    return std::max(0.01, roundTo(quantity, 0.001));
}

std::string_view view(const std::string &text)
{
    return std::string_view(text);
}

} // namespace

struct DemoDeclarationBuilder::Lane {
    const Trader *trader = nullptr;
    const Supplier *supplier = nullptr;
    const Partner *partner = nullptr;
    bool exportFlow = false;
    int day = 0;
    int quarter = 0;
    Mode mode = Mode::Sea;
    Incoterm rule = Incoterm::FOB;
    bool wholeUnits = false;
    double freightShare = 0;
    double insuranceRate = 0;
    double loadingShare = 0;
    double postShare = 0;
    bool omitFreight = false;
    bool freightAgain = false;
    const char *truth = nullptr; // declaration-level planted kind
    bool traderLevel = false;    // a trader-level anomaly is visible on this declaration
    DemoRow common;
};

DemoDeclarationBuilder::DemoDeclarationBuilder(const DemoCatalog &catalog, const World &world,
                                               quint64 seed)
    : m_catalog(catalog), m_world(world), m_random(seed, 3),
      m_badDate(std::to_string(world.year) + "-13-45"),
      m_habitWeights(catalog.incotermHabits.begin(), catalog.incotermHabits.end())
{
}

int DemoDeclarationBuilder::pickTrader(bool exportFlow, int day)
{
    const std::vector<double> &cumulative =
        exportFlow ? m_world.exportCumulative : m_world.importCumulative;
    const std::vector<int> &traders = exportFlow ? m_world.exporters : m_world.importers;
    int chosen = traders.front();
    // Traders outside their active period are drawn again: new and ceasing traders.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const double r = m_random.uniform() * cumulative.back();
        const size_t at = std::min<size_t>(
            size_t(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin()),
            traders.size() - 1);
        chosen = traders[at];
        const Trader &t = m_world.traders[size_t(chosen)];
        if (day >= t.firstDay && day <= t.lastDay)
            break;
    }
    return chosen;
}

int DemoDeclarationBuilder::pickSupplier(const Trader &trader)
{
    double total = 0;
    for (const Supplier &s : trader.suppliers)
        total += s.weight;
    double r = m_random.uniform() * total;
    for (size_t i = 0; i < trader.suppliers.size(); ++i) {
        r -= trader.suppliers[i].weight;
        if (r < 0 && trader.suppliers[i].weight > 0)
            return int(i);
    }
    return 0;
}

void DemoDeclarationBuilder::build(int day, qint64 maxItems, std::vector<DemoRow> &rows)
{
    Lane lane;
    lane.exportFlow = !m_world.exporters.empty() && m_random.chance(exportShare);
    const int traderIndex = pickTrader(lane.exportFlow, day);
    const Trader &t = m_world.traders[size_t(traderIndex)];
    const PlantSpec &plant = t.plant;
    lane.trader = &t;
    lane.day = day;
    const int month = m_world.dayMonth[size_t(day)];
    lane.quarter = month / 3;

    DemoRow &c = lane.common;
    c.traderSlot = traderIndex;
    const TraderIdentity *identity = &t.identity;
    if (plant.kind == PlantKind::AliasOf && m_random.chance(plant.share)) {
        identity = &m_world.aliases[size_t(plant.alias)];
        c.traderSlot = int(m_world.traders.size()) + plant.alias;
        lane.traderLevel = true;
    }

    int supplierIndex = pickSupplier(t);
    if (plant.kind == PlantKind::OriginSwitch && supplierIndex == plant.fromSupplier &&
        day >= plant.switchDay) {
        supplierIndex = plant.toSupplier;
        lane.traderLevel = true;
    }
    lane.supplier = &t.suppliers[size_t(supplierIndex)];
    lane.partner = &m_world.partners[size_t(lane.supplier->partner)];
    const CatalogCountry &country = m_catalog.countries[size_t(lane.partner->country)];
    const bool clean = plant.kind == PlantKind::None;
    if (plant.kind == PlantKind::BenfordFabricated)
        lane.traderLevel = true;

    // The usual lane, now and then another one (an urgent air shipment, a truck instead of a
    // ship); the rule follows the mode, as a careful declarant would.
    lane.mode = lane.supplier->mode;
    if (clean && m_random.chance(0.06))
        lane.mode =
            drawMode(country, m_catalog.products[size_t(lane.partner->products.front())], m_random);
    Incoterm rule = lane.supplier->habit;
    if (plant.kind == PlantKind::IncotermSwitch)
        rule = day >= plant.switchDay ? plant.after : plant.before;
    if (clean && m_random.chance(0.03))
        rule = Incoterm(std::max(0, m_random.weighted(m_habitWeights)));
    rule = ruleForMode(rule, lane.mode);

    switch (plant.kind) {
    case PlantKind::MissingFreight:
        if ((rule == Incoterm::FCA || rule == Incoterm::FOB || rule == Incoterm::FAS) &&
            m_random.chance(plant.share)) {
            lane.omitFreight = true;
            lane.truth = plantKindName(plant.kind);
        }
        break;
    case PlantKind::DoubleFreight:
        if (incotermRule(rule).includesMainCarriage && m_random.chance(plant.share)) {
            lane.freightAgain = true;
            lane.truth = plantKindName(plant.kind);
        }
        break;
    case PlantKind::ModeMismatch:
        if (m_random.chance(plant.share)) {
            // Mostly the always-wrong air and post, sometimes the arguable road and rail.
            if (m_random.chance(0.75))
                lane.mode = m_random.chance(0.7) ? Mode::Air : Mode::Post;
            else
                lane.mode = m_random.chance(0.6) ? Mode::Road : Mode::Rail;
            constexpr std::array<Incoterm, 4> seaRules{Incoterm::FOB, Incoterm::CIF, Incoterm::CFR,
                                                       Incoterm::FAS};
            rule = seaRules[size_t(std::max(0, m_random.weighted({45, 30, 15, 10})))];
            lane.truth = plantKindName(plant.kind);
        }
        break;
    case PlantKind::IncotermSwitch:
        if (day >= plant.switchDay)
            lane.truth = plantKindName(plant.kind);
        break;
    default:
        break;
    }
    lane.rule = rule;

    const int currency = lane.partner->currency;
    const CatalogCurrency &cur = m_catalog.currencies[size_t(currency)];
    lane.wholeUnits = cur.wholeUnits;
    const auto band = m_catalog.freightShare[size_t(lane.mode)];
    const double position = (country.distance - 1) / 3.0;
    lane.freightShare = (band.first + (band.second - band.first) * position) *
                        lane.supplier->freightNoise * m_random.logNormal(0.08);
    lane.insuranceRate = m_random.uniform(m_catalog.insuranceLo, m_catalog.insuranceHi);
    lane.loadingShare = m_random.uniform(0.02, 0.04);
    lane.postShare = m_random.uniform(0.005, 0.02);

    qint64 &counter = m_counters[lane.exportFlow ? 1 : 0];
    ++counter;
    std::snprintf(m_declarationId, sizeof m_declarationId, "%02d%s%08lld", m_world.year % 100,
                  lane.exportFlow ? "EX" : "IM", static_cast<long long>(counter));

    const int declarant = t.declarants[t.declarantCount == 2 && m_random.chance(0.3) ? 1 : 0];
    c.declarationId = m_declarationId;
    c.truthDeclarationId = m_declarationId;
    c.date = view(m_world.dates[size_t(day)]);
    c.flow = lane.exportFlow ? "EX" : "IM";
    c.office = view(m_catalog.offices[size_t(t.homeOffice[size_t(lane.mode)])].code);
    c.declarant = view(m_world.declarants[size_t(declarant)]);
    c.traderId = view(identity->id);
    c.traderName = view(identity->name);
    c.traderAddress = view(identity->address);
    c.partnerName = view(lane.partner->name);
    c.partnerCountry = view(country.code);
    c.origin = lane.exportFlow ? view(m_catalog.homeCountry)
                               : view(m_catalog.countries[size_t(lane.partner->origin)].code);
    c.incoterm = incotermRule(rule).code;
    c.mode = modeCode(lane.mode);
    c.currency = view(cur.code);
    c.rate = m_world.monthlyRates[size_t(currency)][size_t(month)];
    c.related = lane.supplier->related;

    const int items = std::min<int>(1 + m_random.weighted({50, 20, 13, 10, 7}), int(maxItems));
    rows.assign(size_t(items), c);
    for (int i = 0; i < items; ++i) {
        rows[size_t(i)].itemNo = i + 1;
        buildItem(lane, rows[size_t(i)]);
    }
    selectivity(lane, rows);
    if (clean && m_random.chance(kBadRowRate * items))
        spoil(rows);
}

void DemoDeclarationBuilder::buildItem(const Lane &lane, DemoRow &row)
{
    const Trader &t = *lane.trader;
    const PlantSpec &plant = t.plant;
    const int productIndex =
        lane.partner->products[size_t(m_random.below(int(lane.partner->products.size())))];
    const CatalogProduct &product = m_catalog.products[size_t(productIndex)];
    row.hs = view(product.hs);
    row.description = view(product.description);
    row.unit = view(product.unit);
    row.truth = lane.truth;

    const double originFactor =
        lane.exportFlow ? 1.0 : m_catalog.countries[size_t(lane.partner->origin)].priceFactor;
    // Log-normal unit values around the product's price, its origin's level, the quarter's drift
    // and the pair's level; sigma ~0.2 all told, so planted factors stand out.
    double unitPrice = product.unitValue * originFactor *
                       m_world.quarterDrift[size_t(productIndex)][size_t(lane.quarter)] *
                       lane.supplier->priceLevel * m_random.logNormal(0.18);
    double trueFactor = 1; // declared / true value, for the revenue an inspection recovers
    if ((plant.kind == PlantKind::Undervalued || plant.kind == PlantKind::Overvalued) &&
        m_random.chance(plant.share)) {
        trueFactor = m_random.uniform(plant.factorLo, plant.factorHi);
        row.truth = plantKindName(plant.kind);
    } else if (plant.kind == PlantKind::IncotermSwitch && lane.day >= plant.switchDay) {
        trueFactor = plant.factorLo;
    }
    unitPrice *= trueFactor;

    // Heavy-tailed consignment sizes; parcels and air freight are small. Where a load limit
    // applies (truck, wagon, parcel) the spread is centred below it rather than piled up at it.
    const bool byWeight = product.unit == "KGM";
    const double grossPerUnit = byWeight ? 1.0 / m_random.uniform(0.85, 0.97)
                                         : product.kgPerUnit * m_random.logNormal(0.12);
    double centre = product.typicalQuantity * t.quantityScale;
    if (lane.mode == Mode::Post)
        centre *= 0.02;
    else if (lane.mode == Mode::Air)
        centre *= 0.3;
    const double maxGross = m_catalog.maxGrossKg[size_t(lane.mode)];
    if (maxGross > 0)
        centre = std::min(centre, 0.35 * maxGross / grossPerUnit);
    double quantity = centre * m_random.logNormal(1.0);
    for (int attempt = 0; maxGross > 0 && quantity * grossPerUnit > maxGross; ++attempt)
        quantity = attempt < 4 ? centre * m_random.logNormal(1.0)
                               : maxGross / grossPerUnit * m_random.uniform(0.3, 1.0);
    if (quantity * unitPrice < kMinItemValue)
        quantity = kMinItemValue / unitPrice * m_random.uniform(1.0, 3.0);
    quantity = roundQuantity(quantity, product.countable);
    double gross = quantity * grossPerUnit;
    double net = byWeight ? quantity : gross * m_random.uniform(0.85, 0.97);

    ValuationInput in;
    in.rule = lane.rule;
    in.fob = quantity * unitPrice;
    in.freightShare = lane.freightShare;
    in.insuranceRate = lane.insuranceRate;
    in.loadingShare = lane.loadingShare;
    in.postShare = lane.postShare;
    in.exchangeRate = row.rate;
    in.wholeUnits = lane.wholeUnits;
    in.omitFreight = lane.omitFreight;
    in.freightAgain = lane.freightAgain;
    if (!lane.exportFlow) {
        const CatalogCountry &origin = m_catalog.countries[size_t(lane.partner->origin)];
        in.dutyRate = product.duty;
        if (!origin.preference.empty() && product.duty > 0 && m_random.chance(0.85)) {
            row.preference = view(origin.preference);
            in.dutyRate *= origin.preferenceDutyFactor;
        }
        in.vatRate = m_catalog.vatRate;
    }
    Valuation v = valueItem(in);

    if (plant.kind == PlantKind::BenfordFabricated && v.invoice > 0) {
        // An invented invoice total with a uniform leading digit, in the same order of magnitude;
        // quantity and weights follow it so that the unit values look ordinary.
        const double magnitude = std::pow(10.0, std::floor(std::log10(v.invoice)));
        const double target = (m_random.between(1, 9) + m_random.uniform()) * magnitude;
        const double factor = target / v.invoice;
        // Whole units bend the factor; the value follows the quantity actually declared, so the
        // unit value stays exactly what it was.
        const double scaled = roundQuantity(quantity * factor, product.countable);
        const double applied = scaled / quantity;
        quantity = scaled;
        gross *= applied;
        net *= applied;
        in.fob *= applied;
        v = valueItem(in);
    }
    if (plant.kind == PlantKind::WeightOutlier && m_random.chance(plant.share)) {
        const double factor = m_random.uniform(plant.factorLo, plant.factorHi);
        gross *= factor;
        net *= factor;
        row.truth = plantKindName(plant.kind);
    }
    row.quantity = quantity;
    row.gross = std::max(0.001, roundTo(gross, 0.001));
    row.net = std::min(row.gross, std::max(0.001, roundTo(net, 0.001)));
    row.invoice = v.invoice;
    row.fob = v.fobValue;
    row.freight = v.freight;
    row.insurance = v.insurance;
    row.cif = v.cif;
    row.dutyPaid = lane.exportFlow ? 0.0 : v.dutyPaid;

    // What an inspection would recover if it found this item illicit: the taxes on the value
    // kept out of the declaration, plus a penalty.
    const double taxRate = in.dutyRate + in.vatRate * (1 + in.dutyRate);
    double lost = 0;
    if (trueFactor < 1)
        lost = v.cif * (1 / trueFactor - 1) * taxRate;
    else if (lane.omitFreight)
        lost = v.cif * (lane.freightShare + lane.insuranceRate) * taxRate;
    else
        lost = v.cif * m_random.uniform(0.05, 0.4) * taxRate;
    row.revenue = roundMoney(lost * m_random.uniform(1.2, 2.0) + m_random.uniform(50, 500));
}

void DemoDeclarationBuilder::selectivity(const Lane &lane, std::vector<DemoRow> &rows)
{
    const Trader &t = *lane.trader;
    const bool planted =
        std::any_of(rows.begin(), rows.end(), [](const DemoRow &r) { return r.truth != nullptr; });
    // Risk profiles target risky traders and, imperfectly, the planted anomalies: the labels
    // that exist are biased by this selection, as in real inspection data.
    double score = t.risk * (planted ? 1.5 : 1.0) * (lane.traderLevel ? 1.8 : 1.0) *
                   (lane.exportFlow ? 0.35 : 1.0) * (t.firstDay > 0 ? 1.4 : 1.0);
    const double red = std::min(0.6, kRedRate * score);
    const double yellow = std::min(0.35, kYellowRate * score);
    const double u = m_random.uniform();
    const bool isRed = u < red;
    const bool isYellow = !isRed && u < red + yellow;
    const std::string_view channel = isRed ? "RED" : isYellow ? "YELLOW" : "GREEN";
    for (DemoRow &row : rows) {
        row.channel = channel;
        row.inspected = isRed || isYellow;
        if (!row.inspected) {
            row.outcome = {};
            continue;
        }
        double p = std::min(0.4, (isRed ? 0.03 : 0.015) * t.risk);
        if (row.truth)
            p = isRed ? 0.7 : 0.5;
        else if (lane.traderLevel)
            p = isRed ? 0.3 : 0.2;
        const bool illicit = m_random.chance(p);
        row.outcome = illicit ? "ILLICIT" : "COMPLIANT";
        if (!illicit)
            row.revenue = 0;
    }
}

// One data-entry defect of the kinds an import must catch (DOMAIN.md, "Rejected or stored with
// a finding"), recorded as a bad_row truth line.
void DemoDeclarationBuilder::spoil(std::vector<DemoRow> &rows)
{
    const int items = int(rows.size());
    int defect = m_random.below(items >= 2 ? 8 : 7);
    int at = m_random.below(items);
    DemoRow &row = rows[size_t(at)];
    row.truth = "bad_row";
    switch (defect) {
    case 0:
        row.declarationId = {};
        break;
    case 1:
        row.date = view(m_badDate);
        break;
    case 2:
        row.invoice = m_random.chance(0.5) ? 0.0 : -row.invoice;
        break;
    case 3:
        row.net = roundTo(row.gross * m_random.uniform(1.05, 1.3), 0.001) + 0.001;
        break;
    case 4:
        if (m_random.chance(0.5))
            row.partnerCountry = "XX";
        else
            row.origin = "XX";
        break;
    case 5:
        row.currency = "ZZZ";
        break;
    case 6: {
        const std::string hs(row.hs);
        const int style = m_random.below(3);
        m_badHs = style == 0   ? hs.substr(0, 5)
                  : style == 1 ? hs.substr(0, 4) + "X" + hs.substr(5)
                               : hs + "00000";
        row.hs = view(m_badHs);
        break;
    }
    default: { // the same item written twice: the copy takes the place of the next item
        at = std::min(at, items - 2);
        rows[size_t(at)].truth = "bad_row";
        rows[size_t(at) + 1] = rows[size_t(at)];
        rows[size_t(at) + 1].truth = nullptr; // one truth line names both copies
        for (int i = at + 2; i < items; ++i)
            rows[size_t(i)].itemNo = i;
        break;
    }
    }
}

} // namespace clearsight::demo
