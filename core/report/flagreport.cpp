#include "flagreport.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace clearsight {

namespace {
QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}
} // namespace

CsvTable flagsTable(const std::vector<FlagRecord> &flags, const QLocale &locale)
{
    CsvTable table({QStringLiteral("declaration_id"), QStringLiteral("item_no"), QStringLiteral("trader_id"),
                    QStringLiteral("kind"), QStringLiteral("score"), QStringLiteral("declared_value"),
                    QStringLiteral("expected_value"), QStringLiteral("revenue_at_stake"),
                    QStringLiteral("peer_group"), QStringLiteral("reason")});
    for (const FlagRecord &f : flags) {
        table.addRow({f.declarationId, f.itemNo, f.traderId, QString::fromLatin1(flagKey(f.kind)),
                      std::round(f.score * 10) / 10, optional(f.declaredValue), optional(f.expectedValue),
                      optional(f.revenueAtStake), f.peerGroup, flagReason(f.kind, f.reason, locale)});
    }
    return table;
}

QString topReasonsText(const QJsonArray &reasons, const QLocale &locale)
{
    QStringList parts;
    for (const QJsonValue &v : reasons) {
        const QJsonObject o = v.toObject();
        const qint64 count = o.value(QStringLiteral("count")).toInteger();
        const double revenue = o.value(QStringLiteral("revenue")).toDouble();
        QString part = QCoreApplication::translate("FlagReport", "%1: %n flag(s)", nullptr, int(count))
                           .arg(o.value(QStringLiteral("kind")).toString());
        if (revenue > 0)
            part += QCoreApplication::translate("FlagReport", ", %1 at stake").arg(locale.toString(revenue, 'f', 2));
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

CsvTable tradersTable(const std::vector<TraderScoreRecord> &traders, const QLocale &locale)
{
    CsvTable table({QStringLiteral("rank"), QStringLiteral("trader_id"), QStringLiteral("trader_name"),
                    QStringLiteral("risk_score"), QStringLiteral("declarations"), QStringLiteral("items"),
                    QStringLiteral("flags"), QStringLiteral("flagged_items"), QStringLiteral("revenue_at_stake"),
                    QStringLiteral("inspected"), QStringLiteral("illicit"), QStringLiteral("hit_rate"),
                    QStringLiteral("top_reasons")});
    for (const TraderScoreRecord &t : traders) {
        table.addRow({qint64(t.rank), t.traderId, t.traderName, std::round(t.riskScore * 10) / 10,
                      t.declarations, t.items, t.flags, t.flaggedItems, std::round(t.revenueAtStake * 100) / 100,
                      t.inspected, t.illicit, optional(t.hitRate), topReasonsText(t.topReasons, locale)});
    }
    return table;
}

} // namespace clearsight
