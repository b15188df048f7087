#include "demoplanter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace clearsight::demo
{

namespace
{

// Kinds after the Benford trader, with their weight in the traders planted beyond one each.
// Origin switch comes first because few traders qualify for it.
struct Quota {
    PlantKind kind;
    double extraWeight;
};
constexpr std::array<Quota, 9> kQuotas{{
    {PlantKind::OriginSwitch, 1},
    {PlantKind::AliasOf, 1.5},
    {PlantKind::IncotermSwitch, 2},
    {PlantKind::Undervalued, 3},
    {PlantKind::Overvalued, 2},
    {PlantKind::MissingFreight, 2},
    {PlantKind::DoubleFreight, 2},
    {PlantKind::ModeMismatch, 2},
    {PlantKind::WeightOutlier, 2},
}};

// Below this many expected rows a trader's anomaly could not be told from noise.
constexpr double kMinDetectableRows = 40;

std::string percent(double share)
{
    return std::to_string(int(std::lround(share * 100))) + '%';
}

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    std::string out = text;
    while (out.back() == '0')
        out.pop_back();
    if (out.back() == '.')
        out.pop_back();
    return out;
}

int dayInMonths(const World &world, int firstMonth, int lastMonth, DemoRandom &random)
{
    int first = -1, last = -1;
    for (int d = 0; d < world.days; ++d) {
        if (first < 0 && world.dayMonth[size_t(d)] == firstMonth)
            first = d;
        if (world.dayMonth[size_t(d)] == lastMonth)
            last = d;
    }
    return random.between(first, last);
}

bool sells(const DemoCatalog &catalog, int product, int country)
{
    const std::vector<int> &allowed = catalog.products[size_t(product)].origins;
    return allowed.empty() || std::find(allowed.begin(), allowed.end(), country) != allowed.end();
}

// Main product moves from a Chinese supplier to one in VN/MY/TH at the same price: goods
// routed through a third country after anti-dumping duties on Chinese origin.
bool prepareOriginSwitch(World &world, const DemoCatalog &catalog, Trader &t, DemoRandom &random)
{
    const CatalogSector &sector = catalog.importSectors[size_t(t.sector)];
    const int cn = catalog.countryIndex("CN");
    const bool fromChina = std::any_of(sector.countries.begin(), sector.countries.end(),
                                       [cn](const WeightedIndex &w) { return w.index == cn; });
    if (cn < 0 || !fromChina)
        return false;
    std::vector<std::pair<int, int>> options; // product, transit country
    for (int product : sector.products) {
        for (const char *code : {"VN", "MY", "TH"}) {
            const int alt = catalog.countryIndex(code);
            if (alt >= 0 && sells(catalog, product, cn) && sells(catalog, product, alt))
                options.emplace_back(product, alt);
        }
    }
    if (options.empty())
        return false;
    const auto [product, alt] = options[size_t(random.below(int(options.size())))];
    const int from = addPartner(world, catalog, sector, cn, cn, random);
    const int to = addPartner(world, catalog, sector, alt, alt, random);
    world.partners[size_t(from)].products = {product};
    world.partners[size_t(to)].products = {product};

    double others = 0;
    for (size_t i = 1; i < t.suppliers.size(); ++i)
        others += t.suppliers[i].weight;
    Supplier main;
    main.partner = from;
    main.habit = world.partners[size_t(from)].habit;
    main.priceLevel = random.logNormal(0.05);
    main.weight = std::max(1.0, 3.0 * others);
    main.mode = drawMode(catalog.countries[size_t(cn)], catalog.products[size_t(product)], random);
    main.freightNoise = random.logNormal(0.12);
    Supplier transit = main;
    transit.partner = to;
    transit.weight = 0; // only ever used in place of the Chinese supplier
    transit.priceLevel = main.priceLevel * catalog.countries[size_t(cn)].priceFactor /
                         catalog.countries[size_t(alt)].priceFactor;
    transit.mode =
        drawMode(catalog.countries[size_t(alt)], catalog.products[size_t(product)], random);
    t.suppliers[0] = main;
    t.suppliers.push_back(transit);

    PlantSpec &spec = t.plant;
    spec.fromSupplier = 0;
    spec.toSupplier = int(t.suppliers.size()) - 1;
    spec.switchDay = dayInMonths(world, 3, 7, random);
    const CatalogProduct &p = catalog.products[size_t(product)];
    std::string description = p.description;
    description.erase(std::remove(description.begin(), description.end(), '"'), description.end());
    spec.detail = "HS " + p.hs + " (" + description + ") origin CN->" +
                  catalog.countries[size_t(alt)].code + " from " +
                  world.dates[size_t(spec.switchDay)] + ", same unit values";
    return true;
}

void prepare(World &world, const DemoCatalog &catalog, Trader &t, PlantKind kind,
             DemoRandom &random)
{
    PlantSpec &spec = t.plant;
    spec.kind = kind;
    switch (kind) {
    case PlantKind::Undervalued:
    case PlantKind::Overvalued: {
        const bool under = kind == PlantKind::Undervalued;
        spec.share = random.uniform(0.3, 0.6);
        spec.factorLo = under ? 0.25 : 2.5;
        spec.factorHi = under ? 0.45 : 5.0;
        spec.detail = "unit values x" + number(spec.factorLo) + "-" + number(spec.factorHi) +
                      " on about " + percent(spec.share) + " of items";
        break;
    }
    case PlantKind::MissingFreight:
        spec.share = random.uniform(0.5, 0.85);
        for (Supplier &s : t.suppliers)
            s.habit = random.chance(0.7) ? Incoterm::FOB : Incoterm::FCA;
        spec.detail = "freight and insurance left out of the customs value on about " +
                      percent(spec.share) + " of FOB/FCA declarations";
        break;
    case PlantKind::DoubleFreight: {
        constexpr std::array<Incoterm, 5> rules{Incoterm::CIF, Incoterm::CFR, Incoterm::CPT,
                                                Incoterm::CIP, Incoterm::DAP};
        spec.share = random.uniform(0.5, 0.85);
        for (Supplier &s : t.suppliers)
            s.habit = rules[size_t(random.below(int(rules.size())))];
        spec.detail = "main freight added again although the invoice holds it (C- and D-rules) "
                      "on about " +
                      percent(spec.share) + " of declarations";
        break;
    }
    case PlantKind::ModeMismatch:
        spec.share = random.uniform(0.4, 0.75);
        spec.detail =
            "sea-only Incoterms (FOB/CFR/CIF/FAS) with air, post, road or rail on about " +
            percent(spec.share) + " of declarations";
        break;
    case PlantKind::WeightOutlier:
        spec.share = random.uniform(0.3, 0.6);
        spec.factorLo = 3;
        spec.factorHi = 6;
        spec.detail = "gross and net weights x3-6 on about " + percent(spec.share) + " of items";
        break;
    case PlantKind::IncotermSwitch: {
        spec.before = random.chance(0.6) ? Incoterm::CIF : Incoterm::CFR;
        spec.after = random.chance(0.75) ? Incoterm::FOB : Incoterm::EXW;
        spec.switchDay = dayInMonths(world, 4, 7, random);
        spec.factorLo = spec.factorHi = random.uniform(0.55, 0.7);
        for (Supplier &s : t.suppliers)
            s.habit = spec.before;
        spec.detail = incotermCode(spec.before).toStdString() + "->" +
                      incotermCode(spec.after).toStdString() + " from " +
                      world.dates[size_t(spec.switchDay)] + ", unit values x" +
                      number(spec.factorLo);
        break;
    }
    case PlantKind::BenfordFabricated:
        spec.detail = "invoice values invented: leading digits near-uniform instead of Benford; "
                      "quantities and weights scaled so unit values stay normal";
        break;
    case PlantKind::AliasOf: {
        spec.share = random.uniform(0.3, 0.5);
        int highest = 0;
        for (const Trader &other : world.traders)
            highest = std::max(highest, std::stoi(other.identity.id.substr(2)));
        for (const TraderIdentity &other : world.aliases)
            highest = std::max(highest, std::stoi(other.id.substr(2)));
        char id[16];
        std::snprintf(id, sizeof id, "TR%07d", highest + random.between(1, 60));
        world.aliases.push_back({id, csvField(aliasName(catalog, t.company, random)),
                                 csvField(aliasAddress(catalog, t.company, random))});
        spec.alias = int(world.aliases.size()) - 1;
        spec.detail = t.identity.id;
        break;
    }
    case PlantKind::OriginSwitch: // prepared by prepareOriginSwitch
    case PlantKind::None:
        break;
    }
}

} // namespace

const char *plantKindName(PlantKind kind)
{
    switch (kind) {
    case PlantKind::Undervalued:
        return "undervalued";
    case PlantKind::Overvalued:
        return "overvalued";
    case PlantKind::MissingFreight:
        return "missing_freight";
    case PlantKind::DoubleFreight:
        return "double_freight";
    case PlantKind::ModeMismatch:
        return "mode_mismatch";
    case PlantKind::WeightOutlier:
        return "weight_outlier";
    case PlantKind::IncotermSwitch:
        return "incoterm_switch";
    case PlantKind::OriginSwitch:
        return "origin_switch";
    case PlantKind::BenfordFabricated:
        return "benford_fabricated";
    case PlantKind::AliasOf:
        return "alias_of";
    case PlantKind::None:
        break;
    }
    return "";
}

std::vector<TruthTrader> plantAnomalies(World &world, const DemoCatalog &catalog, qint64 rows,
                                        DemoRandom &random)
{
    const int traders = int(world.traders.size());
    const int planted = std::min(std::max(10, int(std::lround(0.03 * traders))),
                                 std::max(10, int(0.048 * traders)));

    // One of each kind, the rest by weight (largest remainder).
    std::array<int, kQuotas.size()> counts{};
    counts.fill(1);
    const int extra = planted - 1 - int(kQuotas.size());
    double weightSum = 0;
    for (const Quota &q : kQuotas)
        weightSum += q.extraWeight;
    int given = 0;
    std::vector<std::pair<double, size_t>> remainders;
    for (size_t k = 0; k < kQuotas.size(); ++k) {
        const double exact = extra * kQuotas[k].extraWeight / weightSum;
        counts[k] += int(exact);
        given += int(exact);
        remainders.emplace_back(exact - std::floor(exact), k);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < extra - given; ++i)
        ++counts[remainders[size_t(i)].second];

    // Benford needs many values: one of the three largest importers, made big enough to reach
    // a verdict (at least ~0.7 % of the rows, 1,400 at the 200,000-row default).
    std::vector<int> byActivity = world.importers;
    std::stable_sort(byActivity.begin(), byActivity.end(), [&world](int a, int b) {
        return world.traders[size_t(a)].weight > world.traders[size_t(b)].weight;
    });
    const int benford = byActivity[size_t(random.below(std::min<int>(3, int(byActivity.size()))))];
    {
        Trader &t = world.traders[size_t(benford)];
        const double total = world.importCumulative.back();
        const double share = 0.008;
        if (t.weight < share * total)
            t.weight = share * (total - t.weight) / (1 - share);
        rebuildActivity(world);
    }

    std::vector<int> candidates;
    for (int index : world.importers) {
        const Trader &t = world.traders[size_t(index)];
        const double fullYear =
            double(rows) * (1 - exportShare) * t.weight / world.importCumulative.back();
        if (index != benford && fullYear >= kMinDetectableRows)
            candidates.push_back(index);
    }
    if (int(candidates.size()) < planted + 5) { // a tiny demo: take the most active instead
        candidates.clear();
        for (int index : byActivity) {
            if (index != benford && int(candidates.size()) < planted + 5)
                candidates.push_back(index);
        }
    }
    for (size_t i = candidates.size(); i > 1; --i) // Fisher-Yates on our own stream
        std::swap(candidates[i - 1], candidates[size_t(random.below(int(i)))]);

    auto activate = [&world](Trader &t) {
        t.firstDay = 0; // whole year: a switch needs a before and an after
        t.lastDay = world.days - 1;
        t.risk *= 2;
    };
    std::vector<TruthTrader> truth;
    Trader &fabricator = world.traders[size_t(benford)];
    activate(fabricator);
    prepare(world, catalog, fabricator, PlantKind::BenfordFabricated, random);
    truth.push_back({fabricator.identity.id, plantKindName(PlantKind::BenfordFabricated),
                     fabricator.plant.detail});

    std::vector<bool> used(candidates.size(), false);
    for (size_t k = 0; k < kQuotas.size(); ++k) {
        const PlantKind kind = kQuotas[k].kind;
        for (int n = 0; n < counts[k]; ++n) {
            for (size_t c = 0; c < candidates.size(); ++c) {
                if (used[c])
                    continue;
                Trader &t = world.traders[size_t(candidates[c])];
                if (kind == PlantKind::OriginSwitch) {
                    if (!prepareOriginSwitch(world, catalog, t, random))
                        continue;
                    t.plant.kind = kind;
                } else {
                    prepare(world, catalog, t, kind, random);
                }
                used[c] = true;
                activate(t);
                if (kind == PlantKind::AliasOf)
                    truth.push_back({world.aliases[size_t(t.plant.alias)].id, plantKindName(kind),
                                     t.plant.detail});
                else
                    truth.push_back({t.identity.id, plantKindName(kind), t.plant.detail});
                break;
            }
        }
    }
    std::sort(truth.begin(), truth.end(),
              [](const TruthTrader &a, const TruthTrader &b) { return a.traderId < b.traderId; });
    rebuildActivity(world);
    return truth;
}

} // namespace clearsight::demo
