#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace clearsight::demo
{

// Transport mode at the border, as written in the canonical transport_mode column.
enum class Mode { Sea, Air, Road, Rail, Post, InlandWater };
inline constexpr int modeCount = 6;

const char *modeCode(Mode mode);
inline bool isWaterMode(Mode mode)
{
    return mode == Mode::Sea || mode == Mode::InlandWater;
}

// An index into one of the catalog's tables with a relative weight.
struct WeightedIndex {
    int index = 0;
    double weight = 0;
};

struct CatalogOffice {
    std::string code;
    std::string name;
    Mode mode = Mode::Sea;
    double weight = 1;
};

struct CatalogCurrency {
    std::string code;
    double rate = 1;         // national currency (EUR) per unit at the start of the year
    double sigma = 0;        // month-to-month log noise of the rate
    double trend = 0;        // log drift per month
    bool wholeUnits = false; // invoices in whole units (JPY)
};

struct NameStyle {
    std::string separator;
    bool placeFirst = false;
    std::vector<std::string> stems;
};

struct CatalogCountry {
    std::string code;
    double priceFactor = 1;
    int distance = 2; // 1 neighbour .. 4 other side of the world: position in the freight band
    std::array<double, modeCount> modes{};
    std::vector<WeightedIndex> currencies;
    std::vector<WeightedIndex> goodsOrigins; // hubs: where the goods they sell come from
    std::string preference;                  // FTA / GSP code claimed on goods of this origin
    double preferenceDutyFactor = 1;         // duty rate multiplier when the preference is claimed
    int style = 0;
    std::vector<std::string> places;
    std::vector<std::string> forms; // "^PT" = prefix, "^PT|TBK" = prefix and suffix
};

struct CatalogProduct {
    std::string hs;
    std::string description; // CSV-ready (quoted if needed)
    std::string unit;
    bool countable = false; // quantities are whole numbers (pieces, pairs, litres)
    double unitValue = 1;   // FOB EUR per quantity unit
    double kgPerUnit = 1;   // gross kg per quantity unit
    double duty = 0;
    double typicalQuantity = 1;
    double air = 0;
    bool post = false;
    std::vector<int> origins; // countries allowed to sell it; empty = any
};

struct CatalogSector {
    std::string name;
    double weight = 1;
    std::vector<std::string> words;
    std::vector<int> products;
    std::vector<WeightedIndex> countries; // suppliers' countries (imports) or buyers' (exports)
};

struct CatalogNames {
    std::vector<std::string> prefixes;
    std::vector<std::string> suffixes;
    std::vector<std::string> surnames;
    std::vector<std::string> genericWords;
    std::vector<std::pair<std::string, double>> legalForms;
    std::vector<std::pair<std::string, std::string>> legalFormSpelled;
    std::vector<std::pair<std::string, std::string>> cities; // name, postcode
    std::vector<double> cityWeights;
    std::vector<std::string> streets;
    std::vector<std::pair<std::string, std::string>> streetTypes; // full, abbreviated
};

// The demo data definition (resources/demo/catalog.json), resolved into indexes.
struct DemoCatalog {
    std::string homeCountry;
    double vatRate = 0.2;
    std::vector<CatalogOffice> offices;
    std::array<std::pair<double, double>, modeCount> freightShare{};
    std::array<double, modeCount> maxGrossKg{}; // 0 = no limit
    double insuranceLo = 0.003;
    double insuranceHi = 0.005;
    std::array<double, 11> incotermHabits{}; // by clearsight::Incoterm order
    std::vector<CatalogCurrency> currencies;
    std::vector<NameStyle> nameStyles;
    std::vector<CatalogCountry> countries;
    std::vector<CatalogProduct> products;
    std::vector<CatalogSector> importSectors;
    std::vector<CatalogSector> exportSectors;
    CatalogNames names;

    int countryIndex(const std::string &code) const;
    int productIndex(const std::string &hs) const;
};

// Parses a catalog; errors name the entry that does not resolve.
Result<DemoCatalog> parseDemoCatalog(const QByteArray &json);

// The catalog compiled into core (":/clearsight/demo/catalog.json").
Result<DemoCatalog> loadDemoCatalog();

// A field as it must appear in a CSV line: quoted only when it holds , " or a line break.
std::string csvField(const std::string &text);

} // namespace clearsight::demo
