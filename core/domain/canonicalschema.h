#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>

namespace clearsight
{

// How a canonical value is stored and read.
enum class ValueType { Text, Integer, Real, Date };

// The canonical declaration columns of DOMAIN.md, in canonical CSV order.
// One row = one declaration item.
enum class CanonicalColumn {
    DeclarationId,
    ItemNo,
    Date,
    Flow,
    Office,
    DeclarantId,
    TraderId,
    TraderName,
    TraderAddress,
    PartnerName,
    PartnerCountry,
    OriginCountry,
    HsCode,
    Description,
    Incoterm,
    TransportMode,
    Quantity,
    QuantityUnit,
    GrossWeightKg,
    NetWeightKg,
    InvoiceValue,
    Currency,
    ExchangeRate,
    FobValue,
    Freight,
    Insurance,
    CifValue,
    DutyPaid,
    Preference,
    RelatedParty,
    Channel,
    Inspected,
    Outcome,
    RevenueRecovered,
    Count
};

inline constexpr int canonicalColumnCount = static_cast<int>(CanonicalColumn::Count);

struct ColumnInfo {
    CanonicalColumn column;
    const char *name; // canonical CSV header and database column name
    ValueType type;
    const char *title; // English header for views; translated with QT_TRANSLATE_NOOP context
};

// Every canonical column, in order; index i describes CanonicalColumn(i).
const std::array<ColumnInfo, canonicalColumnCount> &canonicalColumns();

inline const ColumnInfo &columnInfo(CanonicalColumn column)
{
    return canonicalColumns()[static_cast<size_t>(column)];
}

inline QLatin1StringView columnName(CanonicalColumn column)
{
    return QLatin1StringView(columnInfo(column).name);
}

// The column whose canonical name is `name` (exact, lower-case snake_case), if any.
std::optional<CanonicalColumn> canonicalColumnByName(QStringView name);

// The translated display title of a column (context "CanonicalColumn").
QString columnTitle(CanonicalColumn column);

} // namespace clearsight
