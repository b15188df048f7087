#pragma once

#include "democatalog.h"
#include "demonames.h"
#include "demorandom.h"

#include "domain/incoterms.h"

#include <array>
#include <string>
#include <vector>

namespace clearsight::demo
{

// The anomaly a trader carries (at most one per trader).
enum class PlantKind {
    None,
    Undervalued,
    Overvalued,
    MissingFreight,
    DoubleFreight,
    ModeMismatch,
    WeightOutlier,
    IncotermSwitch,
    OriginSwitch,
    BenfordFabricated,
    AliasOf,
};

// How a planted trader deviates; which fields matter depends on the kind.
struct PlantSpec {
    PlantKind kind = PlantKind::None;
    double share = 0;    // share of its items (or declarations) that carry the anomaly
    double factorLo = 1; // value or weight multiplier band
    double factorHi = 1;
    int switchDay = -1; // incoterm/origin switch and alias: day of year (0-based) it starts
    Incoterm before = Incoterm::CIF;
    Incoterm after = Incoterm::FOB;
    int fromSupplier = -1; // origin switch: the relationship replaced, and its replacement
    int toSupplier = -1;
    int alias = -1;     // index into World::aliases
    std::string detail; // free text for the truth file
};

// A foreign company: the seller of imports or the buyer of exports. Several domestic traders
// may deal with the same partner, as in real data.
struct Partner {
    std::string name; // CSV-ready
    int country = 0;
    int origin = -1; // origin of the goods it sells; -1 for export buyers (goods of home origin)
    int currency = 0;
    Incoterm habit = Incoterm::FOB; // the partner's usual rule
    std::vector<int> products;
};

// One trader's relationship with a partner.
struct Supplier {
    int partner = 0;
    Incoterm habit = Incoterm::FOB; // what this pair usually agrees (the partner's, or a deviation)
    bool related = false;
    double priceLevel = 1; // the pair's price level against the market (related: below)
    double weight = 1;     // share of the trader's declarations
    Mode mode = Mode::Sea; // usual border mode of this lane
    double freightNoise = 1;
};

struct TraderIdentity {
    std::string id;      // "TR0001234"
    std::string name;    // CSV-ready
    std::string address; // CSV-ready
};

struct Trader {
    TraderIdentity identity;
    CompanyParts company;
    int sector = 0; // into the import or export sectors
    bool exporter = false;
    double weight = 1; // relative declaration activity (heavy-tailed)
    double risk = 1;   // compliance propensity: > 1 riskier
    double quantityScale = 1;
    int firstDay = 0; // active period (new or ceasing traders)
    int lastDay = 365;
    std::array<int, modeCount> homeOffice{};
    std::vector<Supplier> suppliers;
    std::array<int, 2> declarants{};
    int declarantCount = 1;
    PlantSpec plant;
};

// Everything the declarations are drawn from; its size depends on the number of traders only,
// never on the number of rows written.
struct World {
    int year = 2025;
    int days = 365;
    std::vector<Partner> partners;
    std::vector<Trader> traders;
    std::vector<TraderIdentity> aliases;
    std::vector<std::string> declarants; // "DCL0042"
    std::vector<double> declarantWeights;
    std::vector<int> importers; // trader indexes by flow
    std::vector<int> exporters;
    std::vector<double> importCumulative; // cumulative weights over importers / exporters
    std::vector<double> exportCumulative;
    std::vector<std::array<double, 12>> monthlyRates; // [currency][month], national per unit
    std::vector<std::array<double, 4>> quarterDrift;  // [product][quarter] price level
    std::vector<qint64> dayRows;                      // rows written on each day
    std::vector<std::string> dates;                   // ISO date of each day
    std::vector<int> dayMonth;                        // 0..11
};

// Share of declarations that are exports.
inline constexpr double exportShare = 0.15;

int traderCountFor(qint64 rows);

World buildWorld(const DemoCatalog &catalog, qint64 rows, int year, DemoRandom &random);

// Recomputes the cumulative activity tables after trader weights changed.
void rebuildActivity(World &world);

// Expected rows of a trader over the whole year.
double expectedRows(const World &world, int trader, qint64 rows);

// The mode a lane from this country with this product most plausibly uses.
Mode drawMode(const CatalogCountry &country, const CatalogProduct &product, DemoRandom &random);

// A new partner of a sector in a country (origin -1 for export buyers); products filtered by
// what the goods' origin can supply. Returns -1 if the origin supplies none of them.
int addPartner(World &world, const DemoCatalog &catalog, const CatalogSector &sector, int country,
               int origin, DemoRandom &random);

// Rule a supplier would use for a mode: sea-only rules become their any-mode counterparts off
// the water (FOB -> FCA, CFR -> CPT, CIF -> CIP, FAS -> FCA).
Incoterm ruleForMode(Incoterm rule, Mode mode);

} // namespace clearsight::demo
