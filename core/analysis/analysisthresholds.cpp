#include "analysisthresholds.h"

#include "store/settingsrepository.h"

#include <QCoreApplication>

namespace clearsight {

namespace {
struct Field {
    const char *name;
    double AnalysisThresholds::*member;
    const char *meaning;
};
const Field kFields[] = {
    {"valuation_z", &AnalysisThresholds::valuationZ,
     QT_TRANSLATE_NOOP("Thresholds", "robust z of the log unit value beyond which an item is under- or overvalued")},
    {"related_party_z", &AnalysisThresholds::relatedPartyZ,
     QT_TRANSLATE_NOOP("Thresholds", "robust z below arm's-length unit values for a related-party item")},
    {"weight_z", &AnalysisThresholds::weightZ,
     QT_TRANSLATE_NOOP("Thresholds", "robust z of the log gross weight per unit for a weight outlier")},
    {"missing_freight_ratio", &AnalysisThresholds::missingFreightRatio,
     QT_TRANSLATE_NOOP("Thresholds", "freight and insurance added below this part of the lane's usual share: missing freight")},
    {"double_freight_share", &AnalysisThresholds::doubleFreightShare,
     QT_TRANSLATE_NOOP("Thresholds", "freight added under a C- or D-rule above this share of the invoice: double freight")},
    {"deviation_share", &AnalysisThresholds::deviationShare,
     QT_TRANSLATE_NOOP("Thresholds", "share of declarations that makes an Incoterm the usual one of a supplier or industry")},
    {"switch_drop", &AnalysisThresholds::switchDrop,
     QT_TRANSLATE_NOOP("Thresholds", "fall of unit values against peers at an Incoterm switch")},
};
} // namespace

QJsonObject AnalysisThresholds::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("min_peer_group"), minPeerGroup);
    for (const Field &f : kFields)
        o.insert(QLatin1StringView(f.name), this->*f.member);
    return o;
}

Result<AnalysisThresholds> AnalysisThresholds::load(const Connection &connection)
{
    AnalysisThresholds t;
    SettingsRepository settings(connection);
    const auto peers = settings.value(QStringLiteral("threshold.min_peer_group"));
    if (!peers)
        return peers.error();
    if (peers.value())
        t.minPeerGroup = peers.value()->toInt();
    for (const Field &f : kFields) {
        const auto value = settings.value(QStringLiteral("threshold.") + QLatin1StringView(f.name));
        if (!value)
            return value.error();
        bool ok = false;
        const double v = value.value() ? value.value()->toDouble(&ok) : 0;
        if (ok)
            t.*f.member = v;
    }
    return t;
}

Status AnalysisThresholds::save(const Connection &connection) const
{
    SettingsRepository settings(connection);
    if (Status s = settings.setValue(QStringLiteral("threshold.min_peer_group"), QString::number(minPeerGroup)); !s)
        return s;
    for (const Field &f : kFields) {
        if (Status s = settings.setValue(QStringLiteral("threshold.") + QLatin1StringView(f.name),
                                         QString::number(this->*f.member));
            !s)
            return s;
    }
    return Done{};
}

std::vector<AnalysisThresholds::Entry> AnalysisThresholds::entries() const
{
    std::vector<Entry> out;
    out.push_back({QStringLiteral("min_peer_group"), double(minPeerGroup),
                   QCoreApplication::translate("Thresholds", "fewest comparable declarations for a verdict")});
    for (const Field &f : kFields)
        out.push_back({QString::fromLatin1(f.name), this->*f.member,
                       QCoreApplication::translate("Thresholds", f.meaning)});
    return out;
}

} // namespace clearsight
