#pragma once

#include "democatalog.h"
#include "demorandom.h"
#include "demoworld.h"

#include <string_view>
#include <vector>

namespace clearsight::demo
{

// One canonical CSV row. Text fields are views into the world, the catalog or the builder and
// are already CSV-ready; they stay valid until the builder draws the next declaration.
struct DemoRow {
    std::string_view declarationId;
    std::string_view date;
    std::string_view flow;
    std::string_view office;
    std::string_view declarant;
    std::string_view traderId;
    std::string_view traderName;
    std::string_view traderAddress;
    std::string_view partnerName;
    std::string_view partnerCountry;
    std::string_view origin;
    std::string_view hs;
    std::string_view description;
    std::string_view incoterm;
    std::string_view mode;
    std::string_view unit;
    std::string_view currency;
    std::string_view preference;
    std::string_view channel;
    std::string_view outcome; // empty when not inspected
    int itemNo = 1;
    double quantity = 0;
    double gross = 0;
    double net = 0;
    double invoice = 0;
    double rate = 1;
    double fob = 0;
    double freight = 0;
    double insurance = 0;
    double cif = 0;
    double dutyPaid = 0;
    double revenue = 0;
    bool related = false;
    bool inspected = false;

    const char *truth = nullptr;         // planted row kind for the truth file, if any
    std::string_view truthDeclarationId; // the id the truth file names (a blanked id keeps it)
    int traderSlot = 0;                  // trader index, or traders + alias index
};

// Draws declarations one at a time, so memory does not depend on how many are written.
class DemoDeclarationBuilder
{
public:
    DemoDeclarationBuilder(const DemoCatalog &catalog, const World &world, quint64 seed);

    // Replaces rows with the next declaration lodged on day (0-based), of 1..maxItems items.
    void build(int day, qint64 maxItems, std::vector<DemoRow> &rows);

    qint64 declarations() const { return m_counters[0] + m_counters[1]; }

private:
    struct Lane;
    int pickTrader(bool exportFlow, int day);
    int pickSupplier(const Trader &trader);
    void buildItem(const Lane &lane, DemoRow &row);
    void selectivity(const Lane &lane, std::vector<DemoRow> &rows);
    void spoil(std::vector<DemoRow> &rows);

    const DemoCatalog &m_catalog;
    const World &m_world;
    DemoRandom m_random;
    qint64 m_counters[2] = {0, 0};
    char m_declarationId[48] = {};
    std::string m_badDate;
    std::string m_badHs;
    std::vector<double> m_habitWeights;
};

} // namespace clearsight::demo
