#include "flag.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace clearsight {

double scoreBeyond(double value, double threshold, double span)
{
    if (!(span > 0))
        return 50;
    return std::clamp(50.0 + 50.0 * (value - threshold) / span, 0.0, 100.0);
}

namespace {
// The peer group in words: "HS 620342 from CN in 2025-Q1", or the HS6 adjusted for the
// origin's and quarter's price level when the group itself was too small.
QString groupText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject g = value.toObject();
    const QString hs = g.value(QStringLiteral("hs")).toString();
    const QString origin = g.value(QStringLiteral("origin")).toString();
    const QString quarter = g.value(QStringLiteral("quarter")).toString();
    if (origin.isEmpty())
        return QCoreApplication::translate("FlagReason", "HS %1").arg(hs);
    if (g.value(QStringLiteral("adjusted")).toBool()) {
        return QCoreApplication::translate("FlagReason", "HS %1 (all origins and quarters, adjusted to the price level of %2 in %3)")
            .arg(hs, origin, quarter);
    }
    return QCoreApplication::translate("FlagReason", "HS %1 from %2 in %3").arg(hs, origin, quarter);
}
} // namespace

QString flagReason(FlagKind kind, const QJsonObject &p, const QLocale &locale)
{
    const auto number = [&](const char *key, int decimals = 2) {
        return locale.toString(p.value(QLatin1StringView(key)).toDouble(), 'f', decimals);
    };
    const auto text = [&](const char *key) { return p.value(QLatin1StringView(key)).toString(); };
    const auto count = [&](const char *key) {
        return locale.toString(p.value(QLatin1StringView(key)).toInteger());
    };
    switch (kind) {
    case FlagKind::Undervalued:
    case FlagKind::Overvalued:
        return (kind == FlagKind::Undervalued
                    ? QCoreApplication::translate("FlagReason", "unit value %1 %2/%3 is %4 % below the median of %5 declarations of %6")
                    : QCoreApplication::translate("FlagReason", "unit value %1 %2/%3 is %4 % above the median of %5 declarations of %6"))
            .arg(number("unit_value"), text("currency"), text("unit"), number("percent", 0),
                 count("peers"), groupText(p.value(QStringLiteral("group"))));
    case FlagKind::RelatedPartyValue:
        return QCoreApplication::translate("FlagReason", "related-party unit value %1 %2/%3 is %4 % below the median of %5 arm's-length declarations of %6")
            .arg(number("unit_value"), text("currency"), text("unit"), number("percent", 0),
                 count("peers"), groupText(p.value(QStringLiteral("group"))));
    case FlagKind::WeightOutlier:
        return QCoreApplication::translate("FlagReason", "%1 kg gross per %2 is %3 times the median of %4 declarations of %5")
            .arg(number("kg_per_unit", 3), text("unit"), number("ratio", 1), count("peers"),
                 groupText(p.value(QStringLiteral("group"))));
    case FlagKind::MissingFreight:
        return QCoreApplication::translate("FlagReason", "under %1 the customs value adds %2 % to the invoice for freight and insurance, against %3 % usual on the lane %4")
            .arg(text("incoterm"), number("share", 1), number("lane_share", 1), text("lane"));
    case FlagKind::DoubleFreight:
        return QCoreApplication::translate("FlagReason", "under %1 the invoice already pays the main carriage, yet %2 %3 freight (%4 % of the invoice) was added")
            .arg(text("incoterm"), number("freight"), text("currency"), number("share", 1));
    case FlagKind::ModeMismatch:
        return QCoreApplication::translate("FlagReason", "%1 is a rule for sea and inland waterway transport, but the goods came by %2")
            .arg(text("incoterm"), text("mode"));
    case FlagKind::IncotermDeviation:
        return QCoreApplication::translate("FlagReason", "%1 where %2 usually uses %3 (%4 % of %5 declarations); the trader did so on %6 items")
            .arg(text("incoterm"), text("who"), text("usual"), number("share", 0), count("peers"),
                 count("items"));
    case FlagKind::IncotermSwitch:
        return QCoreApplication::translate("FlagReason", "switched from %1 to %2 on %3, and unit values against peers fell by %4 % at the same time")
            .arg(text("from"), text("to"), text("date"), number("drop", 0));
    case FlagKind::Count:
        break;
    }
    return {};
}

} // namespace clearsight
