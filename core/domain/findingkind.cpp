#include "findingkind.h"

#include <QCoreApplication>

#include <array>

namespace clearsight
{

namespace
{
struct FindingInfo {
    const char *key;
    const char *title;
};
constexpr std::array<FindingInfo, static_cast<size_t>(FindingKind::Count)> kFindings{{
    {"unreadable_number", QT_TRANSLATE_NOOP("FindingKind", "Unreadable number")},
    {"non_positive_value", QT_TRANSLATE_NOOP("FindingKind", "Value zero or negative")},
    {"non_positive_quantity", QT_TRANSLATE_NOOP("FindingKind", "Quantity zero or negative")},
    {"net_above_gross", QT_TRANSLATE_NOOP("FindingKind", "Net weight above gross weight")},
    {"cif_below_fob", QT_TRANSLATE_NOOP("FindingKind", "Customs value below FOB value")},
    {"date_out_of_range", QT_TRANSLATE_NOOP("FindingKind", "Date out of range")},
    {"unknown_hs_code", QT_TRANSLATE_NOOP("FindingKind", "Malformed HS code")},
    {"hs_not_in_2022", QT_TRANSLATE_NOOP("FindingKind", "HS code not in HS 2022")},
    {"unknown_country", QT_TRANSLATE_NOOP("FindingKind", "Unknown country code")},
    {"unknown_currency", QT_TRANSLATE_NOOP("FindingKind", "Unknown currency code")},
    {"unknown_incoterm", QT_TRANSLATE_NOOP("FindingKind", "Unknown Incoterm")},
    {"legacy_incoterm", QT_TRANSLATE_NOOP("FindingKind", "Outdated Incoterm (mapped to 2020)")},
    {"unknown_transport_mode", QT_TRANSLATE_NOOP("FindingKind", "Unknown transport mode")},
    {"unknown_flow", QT_TRANSLATE_NOOP("FindingKind", "Unknown flow")},
    {"duplicate_item", QT_TRANSLATE_NOOP("FindingKind", "Duplicate declaration item")},
}};
} // namespace

const char *findingKey(FindingKind kind)
{
    return kFindings[static_cast<size_t>(kind)].key;
}

std::optional<FindingKind> findingKindByKey(QStringView key)
{
    for (size_t i = 0; i < kFindings.size(); ++i) {
        if (key == QLatin1StringView(kFindings[i].key))
            return static_cast<FindingKind>(i);
    }
    return std::nullopt;
}

QString findingTitle(FindingKind kind)
{
    return QCoreApplication::translate("FindingKind", kFindings[static_cast<size_t>(kind)].title);
}

} // namespace clearsight
