#include "canonicalschema.h"

#include <QCoreApplication>

namespace clearsight
{

namespace
{
using C = CanonicalColumn;
using T = ValueType;

// Titles are marked for translation here and translated in columnTitle().
constexpr std::array<ColumnInfo, canonicalColumnCount> kColumns{{
    {C::DeclarationId, "declaration_id", T::Text,
     QT_TRANSLATE_NOOP("CanonicalColumn", "Declaration")},
    {C::ItemNo, "item_no", T::Integer, QT_TRANSLATE_NOOP("CanonicalColumn", "Item")},
    {C::Date, "date", T::Date, QT_TRANSLATE_NOOP("CanonicalColumn", "Date")},
    {C::Flow, "flow", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Flow")},
    {C::Office, "office", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Office")},
    {C::DeclarantId, "declarant_id", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Declarant")},
    {C::TraderId, "trader_id", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Trader ID")},
    {C::TraderName, "trader_name", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Trader")},
    {C::TraderAddress, "trader_address", T::Text,
     QT_TRANSLATE_NOOP("CanonicalColumn", "Trader address")},
    {C::PartnerName, "partner_name", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Partner")},
    {C::PartnerCountry, "partner_country", T::Text,
     QT_TRANSLATE_NOOP("CanonicalColumn", "Partner country")},
    {C::OriginCountry, "origin_country", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Origin")},
    {C::HsCode, "hs_code", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "HS code")},
    {C::Description, "description", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Description")},
    {C::Incoterm, "incoterm", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Incoterm")},
    {C::TransportMode, "transport_mode", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Mode")},
    {C::Quantity, "quantity", T::Real, QT_TRANSLATE_NOOP("CanonicalColumn", "Quantity")},
    {C::QuantityUnit, "quantity_unit", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Unit")},
    {C::GrossWeightKg, "gross_weight_kg", T::Real,
     QT_TRANSLATE_NOOP("CanonicalColumn", "Gross kg")},
    {C::NetWeightKg, "net_weight_kg", T::Real, QT_TRANSLATE_NOOP("CanonicalColumn", "Net kg")},
    {C::InvoiceValue, "invoice_value", T::Real,
     QT_TRANSLATE_NOOP("CanonicalColumn", "Invoice value")},
    {C::Currency, "currency", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Currency")},
    {C::ExchangeRate, "exchange_rate", T::Real,
     QT_TRANSLATE_NOOP("CanonicalColumn", "Exchange rate")},
    {C::FobValue, "fob_value", T::Real, QT_TRANSLATE_NOOP("CanonicalColumn", "FOB value")},
    {C::Freight, "freight", T::Real, QT_TRANSLATE_NOOP("CanonicalColumn", "Freight")},
    {C::Insurance, "insurance", T::Real, QT_TRANSLATE_NOOP("CanonicalColumn", "Insurance")},
    {C::CifValue, "cif_value", T::Real, QT_TRANSLATE_NOOP("CanonicalColumn", "Customs value")},
    {C::DutyPaid, "duty_paid", T::Real, QT_TRANSLATE_NOOP("CanonicalColumn", "Duties and taxes")},
    {C::Preference, "preference", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Preference")},
    {C::RelatedParty, "related_party", T::Text,
     QT_TRANSLATE_NOOP("CanonicalColumn", "Related party")},
    {C::Channel, "channel", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Channel")},
    {C::Inspected, "inspected", T::Integer, QT_TRANSLATE_NOOP("CanonicalColumn", "Inspected")},
    {C::Outcome, "outcome", T::Text, QT_TRANSLATE_NOOP("CanonicalColumn", "Outcome")},
    {C::RevenueRecovered, "revenue_recovered", T::Real,
     QT_TRANSLATE_NOOP("CanonicalColumn", "Revenue recovered")},
}};

constexpr bool columnsAreInOrder()
{
    for (size_t i = 0; i < kColumns.size(); ++i) {
        if (static_cast<size_t>(kColumns[i].column) != i)
            return false;
    }
    return true;
}
static_assert(columnsAreInOrder(), "kColumns must follow the CanonicalColumn order");
} // namespace

const std::array<ColumnInfo, canonicalColumnCount> &canonicalColumns()
{
    return kColumns;
}

std::optional<CanonicalColumn> canonicalColumnByName(QStringView name)
{
    for (const ColumnInfo &info : kColumns) {
        if (name == QLatin1StringView(info.name))
            return info.column;
    }
    return std::nullopt;
}

QString columnTitle(CanonicalColumn column)
{
    return QCoreApplication::translate("CanonicalColumn", columnInfo(column).title);
}

} // namespace clearsight
