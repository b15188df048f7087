#pragma once

#include "domain/incoterms.h"

namespace clearsight::demo
{

// One item's economics in national currency (EUR), before rounding. Shares are of the FOB value.
struct ValuationInput {
    Incoterm rule = Incoterm::FOB;
    double fob = 0;            // value at the place of export
    double freightShare = 0;   // main international carriage
    double insuranceRate = 0;  // of FOB + main carriage
    double loadingShare = 0;   // EXW: export loading and pre-carriage the price lacks
    double postShare = 0;      // D-rules: carriage after importation the price holds
    double dutyRate = 0;       // effective ad valorem duty (0 for exports)
    double vatRate = 0;        // 0 for exports
    double exchangeRate = 1;   // national currency per unit of the invoice currency
    bool wholeUnits = false;   // invoice currency has no minor unit in practice (JPY)
    bool omitFreight = false;  // planted missing_freight: freight and insurance left out
    bool freightAgain = false; // planted double_freight: main carriage added on top of the price
};

// The canonical money columns of the item, rounded as written (invoice in its currency, the
// rest in national currency). cif_value = invoice x rate + freight + insurance - deductions.
struct Valuation {
    double invoice = 0;
    double fobValue = 0;
    double freight = 0;
    double insurance = 0;
    double cif = 0;
    double duty = 0;
    double dutyPaid = 0; // duty + VAT on (customs value + duty)
};

// What the invoice holds and what must be added follow DOMAIN.md's Incoterm table: E/F-rules
// add main carriage and insurance, C-rules add insurance (CFR/CPT) or nothing (CIF/CIP), D-rules
// add nothing and deduct carriage after importation, DDP also the duties inside its price.
Valuation valueItem(const ValuationInput &in);

double roundMoney(double value);

} // namespace clearsight::demo
