#pragma once

#include <QString>

#include <optional>

namespace clearsight
{

// Data-quality findings attached to a stored declaration item (DOMAIN.md, "Rejected or stored
// with a finding"). Each kind is one bit of declarations.findings, so analyses can skip rows
// whose values a finding marks as unusable without a join.
enum class FindingKind : int {
    UnreadableNumber = 0, // a numeric field could not be read; stored empty
    NonPositiveValue,     // invoice or customs value <= 0
    NonPositiveQuantity,  // quantity <= 0
    NetAboveGross,        // net weight > gross weight
    CifBelowFob,          // customs (CIF) value < FOB value
    DateOutOfRange,       // acceptance date before 1990 or in the future
    UnknownHsCode,        // not a well-formed HS code
    HsNotIn2022,          // well formed but not in the HS 2022 list
    UnknownCountry,       // partner or origin not an ISO 3166-1 code
    UnknownCurrency,      // not an ISO 4217 code
    UnknownIncoterm,      // not an Incoterms rule
    LegacyIncoterm,       // a pre-2020 rule mapped onto its 2020 successor
    UnknownTransportMode, // not one of the canonical modes
    UnknownFlow,          // neither IM nor EX
    DuplicateItem,        // same declaration and item number stored before
    Count
};

inline constexpr int findingBit(FindingKind kind)
{
    return 1 << static_cast<int>(kind);
}

// Stable identifier used in the store, the CLI and reports, e.g. "net_above_gross".
const char *findingKey(FindingKind kind);
std::optional<FindingKind> findingKindByKey(QStringView key);

// Translated, human-readable name (context "FindingKind").
QString findingTitle(FindingKind kind);

} // namespace clearsight
