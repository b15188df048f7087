#include "declarationcolumns.h"

#include "domain/canonicalschema.h"
#include "store/declarationquery.h"

namespace clearsight::ui {

namespace {
using C = CanonicalColumn;

bool isCanonical(int column)
{
    return column >= 0 && column < canonicalColumnCount;
}

DeclarationExtraColumn extraColumn(int column)
{
    return DeclarationExtraColumn(column - canonicalColumnCount);
}
} // namespace

ValueFormat declarationColumnFormat(int column)
{
    if (!isCanonical(column)) {
        switch (extraColumn(column)) {
        case DeclarationExtraColumn::Batch:
        case DeclarationExtraColumn::SourceLine:
            return ValueFormat::Integer;
        case DeclarationExtraColumn::Findings:
        case DeclarationExtraColumn::Count:
            break;
        }
        return ValueFormat::Text;
    }
    switch (C(column)) {
    case C::Quantity:
    case C::GrossWeightKg:
    case C::NetWeightKg:
        return ValueFormat::Measure;
    case C::ExchangeRate:
        return ValueFormat::Rate;
    default:
        break;
    }
    switch (columnInfo(C(column)).type) {
    case ValueType::Text:
        return ValueFormat::Text;
    case ValueType::Integer:
        return ValueFormat::Integer;
    case ValueType::Real:
        return ValueFormat::Money; // every other real column is an amount
    case ValueType::Date:
        return ValueFormat::Date;
    }
    return ValueFormat::Text;
}

int declarationColumnWidthChars(int column)
{
    if (!isCanonical(column)) {
        switch (extraColumn(column)) {
        case DeclarationExtraColumn::Findings:
            return 28;
        case DeclarationExtraColumn::Batch:
            return 6;
        case DeclarationExtraColumn::SourceLine:
            return 8;
        case DeclarationExtraColumn::Count:
            break;
        }
        return 10;
    }
    switch (C(column)) {
    case C::DeclarationId:
        return 15;
    case C::ItemNo:
        return 4;
    case C::Date:
        return 10;
    case C::Flow:
        return 4;
    case C::Office:
    case C::DeclarantId:
    case C::TraderId:
        return 9;
    case C::TraderName:
        return 32;
    case C::TraderAddress:
        return 32;
    case C::PartnerName:
        return 26;
    case C::PartnerCountry:
    case C::OriginCountry:
    case C::QuantityUnit:
    case C::Currency:
    case C::Incoterm:
    case C::RelatedParty:
    case C::Inspected:
        return 5;
    case C::HsCode:
        return 10;
    case C::Description:
        return 36;
    case C::TransportMode:
    case C::Channel:
    case C::Preference:
        return 7;
    case C::Outcome:
        return 10;
    case C::Quantity:
    case C::GrossWeightKg:
    case C::NetWeightKg:
    case C::ExchangeRate:
        return 10;
    case C::InvoiceValue:
    case C::FobValue:
    case C::CifValue:
    case C::DutyPaid:
    case C::RevenueRecovered:
        return 13;
    case C::Freight:
    case C::Insurance:
        return 11;
    case C::Count:
        break;
    }
    return 10;
}

QList<int> declarationLeadingColumns()
{
    return {int(C::DeclarationId), int(C::ItemNo),     int(C::Date),   int(C::Flow),
            int(C::TraderId),      int(C::TraderName), int(C::HsCode), int(C::Description),
            int(C::OriginCountry), int(C::CifValue)};
}

} // namespace clearsight::ui
