#include "demovaluation.h"

#include <algorithm>
#include <cmath>

namespace clearsight::demo
{

double roundMoney(double value)
{
    return std::round(value * 100.0) / 100.0;
}

Valuation valueItem(const ValuationInput &in)
{
    const double mainFreight = in.fob * in.freightShare;
    const double insurance = (in.fob + mainFreight) * in.insuranceRate;
    double invoice = in.fob; // national currency until converted below
    double freight = 0;
    double insured = 0;
    double deductions = 0;
    switch (in.rule) {
    case Incoterm::EXW: {
        const double loading = in.fob * in.loadingShare;
        invoice = in.fob - loading;
        freight = loading + mainFreight;
        insured = insurance;
        break;
    }
    case Incoterm::FCA:
    case Incoterm::FAS:
    case Incoterm::FOB:
        freight = mainFreight;
        insured = insurance;
        break;
    case Incoterm::CFR:
    case Incoterm::CPT:
        invoice = in.fob + mainFreight;
        insured = insurance;
        break;
    case Incoterm::CIF:
    case Incoterm::CIP:
        invoice = in.fob + mainFreight + insurance;
        break;
    case Incoterm::DAP:
    case Incoterm::DPU:
    case Incoterm::DDP:
    case Incoterm::Count: {
        const double post = in.fob * in.postShare;
        invoice = in.fob + mainFreight + post;
        deductions = post;
        if (in.rule == Incoterm::DDP) {
            // The seller paid duty and VAT on the customs value and priced them in.
            const double value = in.fob + mainFreight;
            const double duty = value * in.dutyRate;
            const double taxes = duty + (value + duty) * in.vatRate;
            invoice += taxes;
            deductions += taxes;
        }
        break;
    }
    }
    if (in.omitFreight) {
        freight = 0;
        insured = 0;
    }
    if (in.freightAgain)
        freight += mainFreight;

    Valuation v;
    const double foreign = invoice / in.exchangeRate;
    v.invoice = in.wholeUnits ? std::round(foreign) : roundMoney(foreign);
    v.freight = roundMoney(freight);
    v.insurance = roundMoney(insured);
    v.cif =
        roundMoney(v.invoice * in.exchangeRate + v.freight + v.insurance - roundMoney(deductions));
    // Rounding must not make the customs value fall below the FOB value it is built on.
    v.fobValue = std::min(roundMoney(in.fob), v.cif);
    v.duty = roundMoney(v.cif * in.dutyRate);
    v.dutyPaid = v.duty + roundMoney((v.cif + v.duty) * in.vatRate);
    return v;
}

} // namespace clearsight::demo
