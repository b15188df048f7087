#include "flagkind.h"

#include <QCoreApplication>

#include <array>

namespace clearsight {

namespace {
struct FlagInfo {
    const char *key;
    const char *title;
    bool valuation;
};
constexpr std::array<FlagInfo, size_t(FlagKind::Count)> kFlags{{
    {"undervalued", QT_TRANSLATE_NOOP("FlagKind", "Undervalued"), true},
    {"overvalued", QT_TRANSLATE_NOOP("FlagKind", "Overvalued"), true},
    {"related_party_value", QT_TRANSLATE_NOOP("FlagKind", "Related-party value"), true},
    {"weight_outlier", QT_TRANSLATE_NOOP("FlagKind", "Weight outlier"), false},
    {"missing_freight", QT_TRANSLATE_NOOP("FlagKind", "Missing freight"), true},
    {"double_freight", QT_TRANSLATE_NOOP("FlagKind", "Double freight"), true},
    {"mode_mismatch", QT_TRANSLATE_NOOP("FlagKind", "Incoterm and mode mismatch"), false},
    {"incoterm_deviation", QT_TRANSLATE_NOOP("FlagKind", "Unusual Incoterm"), false},
    {"incoterm_switch", QT_TRANSLATE_NOOP("FlagKind", "Incoterm switch with value drop"), true},
}};
} // namespace

const char *flagKey(FlagKind kind)
{
    return kFlags[size_t(kind)].key;
}

std::optional<FlagKind> flagKindByKey(QStringView key)
{
    for (size_t i = 0; i < kFlags.size(); ++i) {
        if (key == QLatin1StringView(kFlags[i].key))
            return FlagKind(i);
    }
    return std::nullopt;
}

QString flagTitle(FlagKind kind)
{
    return QCoreApplication::translate("FlagKind", kFlags[size_t(kind)].title);
}

bool flagHasValuation(FlagKind kind)
{
    return kFlags[size_t(kind)].valuation;
}

} // namespace clearsight
