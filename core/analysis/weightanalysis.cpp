#include "weightanalysis.h"

#include "robuststats.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace clearsight {

namespace {
// The smallest spread credited to a group's log weights per unit: about 5 %.
constexpr double kMinScale = 0.05;

struct Entry {
    quint64 group; // flow, HS6, unit
    qint32 row;
    double logKgPerUnit;
};
} // namespace

std::vector<Flag> analyseWeight(const AnalysisData &d, const AnalysisThresholds &t)
{
    std::vector<Entry> entries;
    for (size_t r = 0; r < d.size(); ++r) {
        const double gross = d.grossKg[r];
        const double quantity = d.quantity[r];
        if (!(gross > 0) || !(quantity > 0) || d.hs6[r] < 0 || d.unit[r] < 0)
            continue;
        const quint64 group = (quint64(d.isImport[r]) << 62) | (quint64(quint32(d.hs6[r])) << 24)
            | quint64(quint32(d.unit[r]) & 0xffffff);
        entries.push_back({group, qint32(r), std::log(gross / quantity)});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return std::tie(a.group, a.row) < std::tie(b.group, b.row); });

    std::vector<Flag> flags;
    for (size_t begin = 0; begin < entries.size();) {
        size_t end = begin;
        while (end < entries.size() && entries[end].group == entries[begin].group)
            ++end;
        const int peers = int(end - begin);
        if (peers >= t.minPeerGroup) {
            std::vector<double> values;
            for (size_t i = begin; i < end; ++i)
                values.push_back(entries[i].logKgPerUnit);
            const RobustLocation location = robustLocation(values, kMinScale);
            const size_t row0 = size_t(entries[begin].row);
            const QString unit = d.units[size_t(d.unit[row0])];
            const QString hs = QStringLiteral("%1").arg(d.hs6[row0], 6, 10, QLatin1Char('0'));
            for (size_t i = begin; i < end; ++i) {
                const double z = (entries[i].logKgPerUnit - location.median) / location.scale;
                if (std::fabs(z) < t.weightZ)
                    continue;
                const size_t r = size_t(entries[i].row);
                Flag f;
                f.rowId = d.rowId[r];
                f.trader = d.trader[r];
                f.kind = FlagKind::WeightOutlier;
                f.score = scoreBeyond(std::fabs(z), t.weightZ, 8.0);
                f.peerGroup = QStringLiteral("HS %1 · %2").arg(hs, unit);
                f.reason = QJsonObject{
                    {QStringLiteral("kg_per_unit"), std::exp(entries[i].logKgPerUnit)},
                    {QStringLiteral("unit"), unit},
                    {QStringLiteral("ratio"), std::exp(entries[i].logKgPerUnit - location.median)},
                    {QStringLiteral("peers"), peers},
                    {QStringLiteral("group"), QJsonObject{{QStringLiteral("hs"), hs}}},
                    {QStringLiteral("median_kg_per_unit"), std::exp(location.median)},
                    {QStringLiteral("z"), z}};
                flags.push_back(std::move(f));
            }
        }
        begin = end;
    }
    return flags;
}

} // namespace clearsight
