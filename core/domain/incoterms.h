#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace clearsight
{

// The eleven Incoterms 2020 rules (DOMAIN.md, "Incoterms 2020 and customs value").
enum class Incoterm { EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP, Count };

struct IncotermRule {
    Incoterm rule;
    const char *code;
    bool seaOnly;              // FAS, FOB, CFR, CIF: sea and inland waterway only
    bool includesMainCarriage; // the invoice price already holds the main international freight
    bool sellerInsures;        // CIF, CIP: the invoice price holds insurance
    bool includesImportDuties; // DDP
    bool deliveredRule;        // D-rules: price may hold carriage after importation
};

const IncotermRule &incotermRule(Incoterm rule);

// A parsed Incoterm code: the 2020 rule, and whether the source used a legacy code
// (DAT, DAF, DES, DEQ, DDU) that was mapped onto it.
struct ParsedIncoterm {
    Incoterm rule;
    bool legacy = false;
};

// Reads a code such as "fob", " CIF " or "DAT" (case and spaces ignored); nullopt if unknown.
std::optional<ParsedIncoterm> parseIncoterm(QStringView code);
// The same for UTF-8 bytes, without allocating (the import's hot path).
std::optional<ParsedIncoterm> parseIncoterm(QByteArrayView code);

QString incotermCode(Incoterm rule);

} // namespace clearsight
