#include "demoworld.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

namespace clearsight::demo
{

namespace
{

std::vector<double> weightsOf(const std::vector<WeightedIndex> &items)
{
    std::vector<double> out;
    out.reserve(items.size());
    for (const WeightedIndex &item : items)
        out.push_back(item.weight);
    return out;
}

int drawIndex(const std::vector<WeightedIndex> &items, DemoRandom &random)
{
    const int at = random.weighted(weightsOf(items));
    return at < 0 ? -1 : items[size_t(at)].index;
}

Incoterm drawHabit(const DemoCatalog &catalog, DemoRandom &random)
{
    const std::vector<double> weights(catalog.incotermHabits.begin(), catalog.incotermHabits.end());
    return Incoterm(std::max(0, random.weighted(weights)));
}

// Working days carry the trade; August and the turn of the year are quiet, autumn is busy.
void buildCalendar(World &world, qint64 rows, DemoRandom &random)
{
    constexpr std::array<double, 7> weekday{1.08, 1.06, 1.04, 1.02, 0.95, 0.2, 0.05};
    constexpr std::array<double, 12> month{0.86, 0.93, 1.04, 1.0,  1.02, 1.0,
                                           0.97, 0.8,  1.02, 1.08, 1.1,  0.95};
    const QDate first(world.year, 1, 1);
    world.days = first.daysInYear();
    std::vector<double> weights(size_t(world.days));
    double total = 0;
    for (int d = 0; d < world.days; ++d) {
        const QDate date = first.addDays(d);
        double w = weekday[size_t(date.dayOfWeek() - 1)] * month[size_t(date.month() - 1)];
        const int md = date.month() * 100 + date.day();
        if (md == 101 || md == 1225 || md == 501)
            w *= 0.08;
        else if (md == 102 || md == 1224 || md == 1231)
            w *= 0.45;
        w *= (1.0 + 0.06 * d / world.days) * random.logNormal(0.06);
        weights[size_t(d)] = w;
        total += w;
        world.dates.push_back(date.toString(Qt::ISODate).toStdString());
        world.dayMonth.push_back(date.month() - 1);
    }
    // Largest remainder: the day counts add up to exactly the rows asked for.
    world.dayRows.assign(size_t(world.days), 0);
    std::vector<std::pair<double, int>> remainders;
    qint64 assigned = 0;
    for (int d = 0; d < world.days; ++d) {
        const double exact = double(rows) * weights[size_t(d)] / total;
        world.dayRows[size_t(d)] = qint64(exact);
        assigned += world.dayRows[size_t(d)];
        remainders.emplace_back(exact - std::floor(exact), d);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qint64 i = 0; i < rows - assigned; ++i)
        ++world.dayRows[size_t(remainders[size_t(i % world.days)].second)];
}

void buildPrices(World &world, const DemoCatalog &catalog, DemoRandom &random)
{
    for (const CatalogCurrency &currency : catalog.currencies) {
        std::array<double, 12> rates{};
        double level = currency.rate;
        for (int m = 0; m < 12; ++m) {
            if (m > 0)
                level *= std::exp(currency.trend + currency.sigma * random.normal());
            // Rounded to 8 decimals: the written rate is the one the values were computed with.
            rates[size_t(m)] = currency.sigma == 0 && currency.trend == 0
                                   ? currency.rate
                                   : std::round(level * 1e8) / 1e8;
        }
        world.monthlyRates.push_back(rates);
    }
    for (size_t p = 0; p < catalog.products.size(); ++p) {
        std::array<double, 4> drift{};
        double level = 1;
        for (int q = 0; q < 4; ++q) {
            if (q > 0)
                level *= std::exp(0.005 + 0.025 * random.normal());
            drift[size_t(q)] = level;
        }
        world.quarterDrift.push_back(drift);
    }
}

void buildDeclarants(World &world, int traders, DemoRandom &random)
{
    const int count = std::clamp(traders / 22, 40, 150);
    int number = random.between(1, 9);
    for (int i = 0; i < count; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "DCL%04d", number);
        world.declarants.emplace_back(id);
        world.declarantWeights.push_back(std::min(random.pareto(1.3), 40.0));
        number += random.between(1, 4);
    }
}

using PoolKey = std::tuple<bool, int, int>; // exporter, sector, country

void addSuppliers(World &world, const DemoCatalog &catalog, Trader &trader,
                  std::map<PoolKey, std::vector<int>> &pools, DemoRandom &random)
{
    const CatalogSector &sector = trader.exporter ? catalog.exportSectors[size_t(trader.sector)]
                                                  : catalog.importSectors[size_t(trader.sector)];
    const int wanted = 1 + random.weighted({35, 30, 20, 15});
    for (int attempt = 0; int(trader.suppliers.size()) < wanted && attempt < wanted * 6;
         ++attempt) {
        const int country = drawIndex(sector.countries, random);
        std::vector<int> &pool = pools[PoolKey{trader.exporter, trader.sector, country}];
        int partner = -1;
        if (!pool.empty() && random.chance(0.5)) {
            partner = pool[size_t(random.below(int(pool.size())))];
        } else {
            const CatalogCountry &c = catalog.countries[size_t(country)];
            int origin = -1;
            if (!trader.exporter)
                origin = c.goodsOrigins.empty() ? country : drawIndex(c.goodsOrigins, random);
            partner = addPartner(world, catalog, sector, country, origin, random);
            if (partner < 0)
                continue;
            pool.push_back(partner);
        }
        const bool taken =
            std::any_of(trader.suppliers.begin(), trader.suppliers.end(),
                        [partner](const Supplier &s) { return s.partner == partner; });
        if (taken)
            continue;
        const Partner &p = world.partners[size_t(partner)];
        Supplier s;
        s.partner = partner;
        s.habit = random.chance(0.92) ? p.habit : drawHabit(catalog, random);
        s.related = random.chance(0.08);
        // Related parties trade below arm's length (transfer pricing), by 5-10 %.
        s.priceLevel = random.logNormal(0.08) * (s.related ? random.uniform(0.9, 0.95) : 1.0);
        s.weight = trader.suppliers.empty() ? 1.0 : random.uniform(0.15, 0.7);
        s.mode = drawMode(catalog.countries[size_t(p.country)],
                          catalog.products[size_t(p.products.front())], random);
        s.freightNoise = random.logNormal(0.12);
        trader.suppliers.push_back(s);
    }
}

} // namespace

int traderCountFor(qint64 rows)
{
    // At least 210, so that one trader of each of the ten planted kinds stays under 5 %.
    return int(std::clamp<qint64>(rows / 60, 210, 50000));
}

Incoterm ruleForMode(Incoterm rule, Mode mode)
{
    if (isWaterMode(mode))
        return rule;
    switch (rule) {
    case Incoterm::FAS:
    case Incoterm::FOB:
        return Incoterm::FCA;
    case Incoterm::CFR:
        return Incoterm::CPT;
    case Incoterm::CIF:
        return Incoterm::CIP;
    default:
        return rule;
    }
}

Mode drawMode(const CatalogCountry &country, const CatalogProduct &product, DemoRandom &random)
{
    std::vector<double> weights(country.modes.begin(), country.modes.end());
    weights[size_t(Mode::Air)] *= 3.5 * product.air;
    if (!product.post)
        weights[size_t(Mode::Post)] = 0;
    const int mode = random.weighted(weights);
    return mode < 0 ? Mode::Sea : Mode(mode);
}

int addPartner(World &world, const DemoCatalog &catalog, const CatalogSector &sector, int country,
               int origin, DemoRandom &random)
{
    std::vector<int> eligible;
    for (int product : sector.products) {
        const std::vector<int> &allowed = catalog.products[size_t(product)].origins;
        if (origin < 0 || allowed.empty() ||
            std::find(allowed.begin(), allowed.end(), origin) != allowed.end())
            eligible.push_back(product);
    }
    if (eligible.empty())
        return -1;
    const CatalogCountry &c = catalog.countries[size_t(country)];
    Partner p;
    p.country = country;
    p.origin = origin;
    p.currency = drawIndex(c.currencies, random);
    p.habit = drawHabit(catalog, random);
    const int count = std::min<int>(int(eligible.size()), 1 + random.weighted({45, 35, 20}));
    for (int i = 0; i < count; ++i) {
        const int at = random.below(int(eligible.size()));
        p.products.push_back(eligible[size_t(at)]);
        eligible.erase(eligible.begin() + at);
    }
    p.name = csvField(partnerName(catalog, c, sector, random));
    world.partners.push_back(std::move(p));
    return int(world.partners.size()) - 1;
}

World buildWorld(const DemoCatalog &catalog, qint64 rows, int year, DemoRandom &random)
{
    World world;
    world.year = year;
    buildCalendar(world, rows, random);
    buildPrices(world, catalog, random);
    const int traderCount = traderCountFor(rows);
    buildDeclarants(world, traderCount, random);

    std::vector<double> importSectorWeights, exportSectorWeights;
    for (const CatalogSector &s : catalog.importSectors)
        importSectorWeights.push_back(s.weight);
    for (const CatalogSector &s : catalog.exportSectors)
        exportSectorWeights.push_back(s.weight);
    std::array<std::vector<double>, modeCount> officeWeights;
    for (const CatalogOffice &office : catalog.offices) {
        for (int m = 0; m < modeCount; ++m)
            officeWeights[size_t(m)].push_back(int(office.mode) == m ? office.weight : 0.0);
    }

    std::map<PoolKey, std::vector<int>> pools;
    std::set<std::string> names;
    int number = 1000 + random.between(0, 800);
    world.traders.reserve(size_t(traderCount));
    for (int i = 0; i < traderCount; ++i) {
        Trader t;
        // Fixed shares, so that even the smallest demo has exporters.
        t.exporter = i % 7 == 3;
        t.sector = random.weighted(t.exporter ? exportSectorWeights : importSectorWeights);
        t.weight = random.pareto(1.2);
        t.risk = random.logNormal(0.5) * (random.chance(0.08) ? 3.0 : 1.0);
        t.quantityScale = random.logNormal(0.4) * std::pow(t.weight, 0.08);
        t.firstDay = 0;
        t.lastDay = world.days - 1;
        const double window = random.uniform();
        if (window < 0.10)
            t.firstDay = random.between(20, world.days - 90);
        else if (window < 0.16)
            t.lastDay = random.between(90, world.days - 1);
        for (int m = 0; m < modeCount; ++m)
            t.homeOffice[size_t(m)] = random.weighted(officeWeights[size_t(m)]);

        const CatalogSector &sector = t.exporter ? catalog.exportSectors[size_t(t.sector)]
                                                 : catalog.importSectors[size_t(t.sector)];
        std::string name;
        for (int attempt = 0; attempt < 50; ++attempt) {
            t.company = makeCompany(catalog, sector, random);
            name = companyName(t.company);
            if (!names.count(name))
                break;
        }
        if (names.count(name)) { // practically never: a numbered brand keeps names unique
            t.company.brand += ' ' + std::to_string(i);
            name = companyName(t.company);
        }
        names.insert(name);
        char id[16];
        number += random.between(1, 60);
        std::snprintf(id, sizeof id, "TR%07d", number);
        t.identity = {id, csvField(name), csvField(companyAddress(catalog, t.company))};

        t.declarantCount = random.chance(0.3) ? 2 : 1;
        t.declarants[0] = random.weighted(world.declarantWeights);
        t.declarants[1] = random.weighted(world.declarantWeights);
        addSuppliers(world, catalog, t, pools, random);
        if (t.suppliers.empty()) {
            // Every draw hit an origin that sells none of the sector's goods: take the first
            // product's own origin, which always sells it.
            const CatalogProduct &product = catalog.products[size_t(sector.products.front())];
            const int country =
                product.origins.empty() ? sector.countries.front().index : product.origins.front();
            const int partner =
                addPartner(world, catalog, sector, country, t.exporter ? -1 : country, random);
            Supplier supplier;
            supplier.partner = partner;
            supplier.habit = world.partners[size_t(partner)].habit;
            supplier.mode = drawMode(catalog.countries[size_t(country)], product, random);
            t.suppliers.push_back(supplier);
        }
        world.traders.push_back(std::move(t));
    }

    // No single trader above 2.5 % of the activity: big, but not the whole year's trade.
    double total = 0;
    for (const Trader &t : world.traders)
        total += t.weight;
    for (Trader &t : world.traders)
        t.weight = std::min(t.weight, 0.025 * total);
    rebuildActivity(world);
    return world;
}

void rebuildActivity(World &world)
{
    world.importers.clear();
    world.exporters.clear();
    world.importCumulative.clear();
    world.exportCumulative.clear();
    double importTotal = 0, exportTotal = 0;
    for (size_t i = 0; i < world.traders.size(); ++i) {
        const Trader &t = world.traders[i];
        if (t.exporter) {
            exportTotal += t.weight;
            world.exporters.push_back(int(i));
            world.exportCumulative.push_back(exportTotal);
        } else {
            importTotal += t.weight;
            world.importers.push_back(int(i));
            world.importCumulative.push_back(importTotal);
        }
    }
}

double expectedRows(const World &world, int trader, qint64 rows)
{
    const Trader &t = world.traders[size_t(trader)];
    const std::vector<double> &cumulative =
        t.exporter ? world.exportCumulative : world.importCumulative;
    const double share = t.exporter ? exportShare : 1.0 - exportShare;
    const double active = double(t.lastDay - t.firstDay + 1) / world.days;
    return double(rows) * share * active * t.weight / cumulative.back();
}

} // namespace clearsight::demo
