#pragma once

#include "democatalog.h"
#include "demorandom.h"
#include "demoworld.h"

#include <string>
#include <vector>

namespace clearsight::demo
{

// One line of FILE.truth_traders.csv.
struct TruthTrader {
    std::string traderId;
    std::string kind;
    std::string detail; // plain text; quoted when written
};

// The kind as written in the truth files ("undervalued", "alias_of", ...).
const char *plantKindName(PlantKind kind);

// Chooses the planted traders (every kind at least once, at most ~5 % of the traders, among
// traders active enough to be detectable), prepares their suppliers, switch dates and aliases,
// and returns the truth lines. Changes trader weights: the activity tables are rebuilt.
std::vector<TruthTrader> plantAnomalies(World &world, const DemoCatalog &catalog, qint64 rows,
                                        DemoRandom &random);

} // namespace clearsight::demo
