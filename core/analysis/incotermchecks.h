#pragma once

// Internal to the Incoterm analysis (incotermanalysis.cpp): the checks it runs, split by
// what they look at. Not a public API.

#include "analysis/analysisdata.h"
#include "analysis/analysisthresholds.h"
#include "analysis/flag.h"

#include <QString>

#include <iterator>
#include <utility>
#include <vector>

namespace clearsight::incoterm
{

// What every check shares. `rows` are the import items with a known Incoterm, in row order.
struct Context {
    const AnalysisData &data;
    const AnalysisThresholds &thresholds;
    const QString &currency;
    std::vector<quint32> rows;
};

// Incoterms 2020 pairs each sea rule with an any-mode twin that puts the same costs in the
// price (FOB/FAS ~ FCA, CFR ~ CPT, CIF ~ CIP). A declarant who ships by air what usually goes
// by sea correctly writes FCA for FOB, so habits are compared on these families.
constexpr int kFamilies = 7;
inline int incotermFamily(int rule)
{
    // EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP (the order of Incoterm).
    constexpr int kFamily[] = {0, 1, 1, 1, 2, 3, 2, 3, 4, 5, 6};
    static_assert(std::size(kFamily) == size_t(Incoterm::Count));
    return kFamily[rule];
}

// "SEA", "AIR", ...; "?" when unknown.
QString modeCode(Mode mode);

// Median of the values per group, by counting sort (linear in items plus groups). Items are
// (group, value); the result has one entry per group: the median and the number of values
// (NaN and 0 for an empty group).
struct GroupMedian {
    double median;
    qint32 count;
};
std::vector<GroupMedian> groupMedians(const std::vector<std::pair<qint32, double>> &items,
                                      size_t groups);

// Import rows grouped by trader (unknown trader first), each trader's rows in date order.
// `start` has one entry per group plus the end.
struct TraderBlocks {
    std::vector<quint32> rows;
    std::vector<size_t> start;
};
TraderBlocks traderBlocks(const Context &context);

// missing_freight and double_freight: what the customs value adds to the invoice.
void checkFreight(const Context &context, std::vector<Flag> &flags);
// mode_mismatch: sea-only rules with other modes of transport.
void checkModes(const Context &context, std::vector<Flag> &flags);
// incoterm_deviation: against the trader's supplier's other clients, else its industry.
void checkDeviation(const Context &context, const TraderBlocks &blocks, std::vector<Flag> &flags);
// incoterm_switch: a change of the trader's usual Incoterm with a fall of its unit values.
void checkSwitch(const Context &context, const TraderBlocks &blocks,
                 const std::vector<float> &relativeLogValue, std::vector<Flag> &flags);

} // namespace clearsight::incoterm
