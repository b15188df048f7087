#pragma once

#include <QString>

#include <optional>

namespace clearsight {

// Anomaly flags the analyses raise (DOMAIN.md, "Incoterms 2020 and customs value" and
// "Valuation and weight"). Keys are the names used in the store, the CLI and the demo truth.
enum class FlagKind {
    Undervalued,
    Overvalued,
    RelatedPartyValue,
    WeightOutlier,
    MissingFreight,
    DoubleFreight,
    ModeMismatch,
    IncotermDeviation,
    IncotermSwitch,
    Count
};

const char *flagKey(FlagKind kind);
std::optional<FlagKind> flagKindByKey(QStringView key);
// Translated name (context "FlagKind").
QString flagTitle(FlagKind kind);
// True for the kinds with a declared and an expected value and revenue at stake.
bool flagHasValuation(FlagKind kind);

} // namespace clearsight
