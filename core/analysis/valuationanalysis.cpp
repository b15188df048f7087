#include "valuationanalysis.h"

#include "robuststats.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace clearsight {

namespace {

// The smallest spread a group's log unit values are credited with: about 5 %.
constexpr double kMinScale = 0.05;
// Origins and quarters with fewer items than this get no price-level effect of their own.
constexpr int kMinEffectSupport = 5;
// Weight (in items) of the HS6's pooled spread when a small group's own spread is estimated.
constexpr double kPooledScaleWeight = 30;
constexpr qint32 kPerKg = -2;

// A trader with strongly under- (or over-) valued items, at least kHabitEvidence of them and
// kHabitShare of the items judged, is held to a lower threshold on its other items: a
// systematic habit shows in weaker deviations too, while a big trader's few chance extremes
// do not make a habit.
constexpr int kHabitEvidence = 2;
constexpr double kHabitShare = 0.05;
constexpr double kHabitThresholdFactor = 0.55;

struct Candidate {
    size_t flagIndex;
    qint32 trader;
    double z; // signed
};

struct Entry {
    quint64 group; // flow, HS6 and the unit of the unit value
    qint32 origin;
    qint32 quarter;
    qint32 row;
    double logValue;
    double base; // quantity or net kg the unit value is per
};


// Median polish of log unit value on origin and quarter: the additive model
// y = overall + originEffect + quarterEffect + residual, fitted with medians.
struct AdditiveModel {
    double overall = 0;
    std::unordered_map<qint32, double> originEffect;
    std::unordered_map<qint32, double> quarterEffect;

    double expected(qint32 origin, qint32 quarter) const
    {
        double e = overall;
        if (const auto it = originEffect.find(origin); it != originEffect.end())
            e += it->second;
        if (const auto it = quarterEffect.find(quarter); it != quarterEffect.end())
            e += it->second;
        return e;
    }
};

AdditiveModel fitAdditive(const std::vector<Entry> &entries, size_t begin, size_t end)
{
    AdditiveModel model;
    std::vector<double> values;
    for (size_t i = begin; i < end; ++i)
        values.push_back(entries[i].logValue);
    model.overall = median(values);
    std::unordered_map<qint32, int> originCount;
    std::unordered_map<qint32, int> quarterCount;
    for (size_t i = begin; i < end; ++i) {
        ++originCount[entries[i].origin];
        ++quarterCount[entries[i].quarter];
    }
    for (int sweep = 0; sweep < 3; ++sweep) {
        for (bool byOrigin : {true, false}) {
            std::unordered_map<qint32, std::vector<double>> residuals;
            for (size_t i = begin; i < end; ++i) {
                const Entry &e = entries[i];
                const qint32 key = byOrigin ? e.origin : e.quarter;
                const int support = byOrigin ? originCount[key] : quarterCount[key];
                if (support >= kMinEffectSupport)
                    residuals[key].push_back(e.logValue - model.expected(e.origin, e.quarter));
            }
            auto &effects = byOrigin ? model.originEffect : model.quarterEffect;
            for (auto &[key, r] : residuals)
                effects[key] += median(r);
        }
    }
    return model;
}

QString hsLabel(qint32 hs6)
{
    return QStringLiteral("%1").arg(hs6, 6, 10, QLatin1Char('0'));
}

// A deviation beyond the threshold is flagged; a weaker one (beyond kHabitThresholdFactor of
// it) only when the same trader has at least kHabitEvidence strong ones in that direction.
void keepStrongOrHabitual(std::vector<Flag> &flags, const std::vector<Candidate> &candidates,
                          const std::vector<int> &judgedPerTrader, double threshold)
{
    std::unordered_map<qint64, int> strong; // trader * 2 + (overvalued ? 1 : 0)
    for (const Candidate &c : candidates) {
        if (std::fabs(c.z) >= threshold && c.trader >= 0)
            ++strong[qint64(c.trader) * 2 + (c.z > 0)];
    }
    std::vector<bool> drop(flags.size(), false);
    for (const Candidate &c : candidates) {
        if (std::fabs(c.z) >= threshold)
            continue;
        const auto it = strong.find(qint64(c.trader) * 2 + (c.z > 0));
        const int evidence = it == strong.end() ? 0 : it->second;
        const int judged = c.trader >= 0 ? judgedPerTrader[size_t(c.trader)] : 0;
        if (c.trader < 0 || evidence < kHabitEvidence || evidence < kHabitShare * judged)
            drop[c.flagIndex] = true;
        else
            flags[c.flagIndex].reason.insert(QStringLiteral("habit"), evidence);
    }
    size_t kept = 0;
    for (size_t i = 0; i < flags.size(); ++i) {
        if (!drop[i])
            flags[kept++] = std::move(flags[i]);
    }
    flags.resize(kept);
}

} // namespace

ValuationResult analyseValuation(const AnalysisData &d, const AnalysisThresholds &t,
                                 const QString &currency)
{
    ValuationResult result;
    const size_t n = d.size();
    result.relativeLogValue.assign(n, std::nanf(""));

    std::vector<Candidate> candidates;
    std::vector<Entry> entries;
    entries.reserve(n);
    for (size_t r = 0; r < n; ++r) {
        const double value = d.customsValue[r];
        if (!(value > 0) || d.hs6[r] < 0)
            continue;
        double base = d.quantity[r];
        qint32 unit = d.unit[r];
        if (!(base > 0)) {
            base = d.netKg[r];
            unit = kPerKg;
        }
        if (!(base > 0))
            continue;
        const quint64 group = (quint64(d.isImport[r]) << 62) | (quint64(quint32(d.hs6[r])) << 24)
            | quint64(quint32(unit + 2) & 0xffffff);
        entries.push_back({group, d.origin[r], quarterIndex(d.day[r]), qint32(r),
                           std::log(value / base), base});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.group, a.origin, a.quarter, a.row) < std::tie(b.group, b.origin, b.quarter, b.row);
    });

    for (size_t begin = 0; begin < entries.size();) {
        size_t end = begin;
        while (end < entries.size() && entries[end].group == entries[begin].group)
            ++end;
        const int groupSize = int(end - begin);
        if (groupSize < t.minPeerGroup) {
            begin = end;
            continue; // too few comparable items: no verdict
        }
        const Entry &first = entries[begin];
        const qint32 row0 = first.row;
        const qint32 hs6 = d.hs6[size_t(row0)];
        const qint32 unit = qint32(first.group & 0xffffff) - 2;
        const QString unitName = unit == kPerKg ? QStringLiteral("kg")
                                                : (unit >= 0 ? d.units[size_t(unit)] : QStringLiteral("unit"));
        const AdditiveModel model = fitAdditive(entries, begin, end);
        std::vector<double> residuals;
        std::vector<double> dutyRates;
        for (size_t i = begin; i < end; ++i) {
            residuals.push_back(entries[i].logValue - model.expected(entries[i].origin, entries[i].quarter));
            const size_t r = size_t(entries[i].row);
            if (d.dutyPaid[r] >= 0 && d.customsValue[r] > 0)
                dutyRates.push_back(d.dutyPaid[r] / d.customsValue[r]);
        }
        const double pooledScale = std::max(scaledMad(residuals, 0.0), kMinScale);
        const double dutyRate = dutyRates.empty() ? 0.0 : median(dutyRates);

        // Arm's-length residuals, for related-party items.
        std::vector<double> armsLength;
        for (size_t i = begin; i < end; ++i) {
            if (!d.relatedParty[size_t(entries[i].row)])
                armsLength.push_back(entries[i].logValue - model.expected(entries[i].origin, entries[i].quarter));
        }
        const int armsLengthCount = int(armsLength.size());
        const RobustLocation armsLengthLocation = robustLocation(armsLength, kMinScale);

        for (size_t cell = begin; cell < end;) {
            size_t cellEnd = cell;
            while (cellEnd < end && entries[cellEnd].origin == entries[cell].origin
                   && entries[cellEnd].quarter == entries[cell].quarter)
                ++cellEnd;
            const int cellSize = int(cellEnd - cell);
            const qint32 origin = entries[cell].origin;
            const QString originName = origin >= 0 ? d.countries[size_t(origin)] : QStringLiteral("?");
            const QString quarter = QStringLiteral("%1-Q%2").arg(entries[cell].quarter / 4).arg(entries[cell].quarter % 4 + 1);
            double center = 0;
            double scale = pooledScale;
            int peers = groupSize;
            QString label;
            QJsonObject groupText; // the peer group, put into words by flagReason()
            const bool ownGroup = cellSize >= t.minPeerGroup;
            if (ownGroup) {
                std::vector<double> values;
                for (size_t i = cell; i < cellEnd; ++i)
                    values.push_back(entries[i].logValue);
                const RobustLocation own = robustLocation(values, kMinScale);
                center = own.median;
                scale = (own.scale * cellSize + pooledScale * kPooledScaleWeight) / (cellSize + kPooledScaleWeight);
                peers = cellSize;
                label = QStringLiteral("HS %1 · %2 · %3").arg(hsLabel(hs6), originName, quarter);
                groupText = {{QStringLiteral("hs"), hsLabel(hs6)},
                             {QStringLiteral("origin"), originName},
                             {QStringLiteral("quarter"), quarter}};
            } else {
                center = model.expected(origin, entries[cell].quarter);
                label = QStringLiteral("HS %1 · all origins · adjusted to %2, %3").arg(hsLabel(hs6), originName, quarter);
                groupText = {{QStringLiteral("hs"), hsLabel(hs6)},
                             {QStringLiteral("origin"), originName},
                             {QStringLiteral("quarter"), quarter},
                             {QStringLiteral("adjusted"), true}};
            }
            for (size_t i = cell; i < cellEnd; ++i) {
                const Entry &e = entries[i];
                const size_t r = size_t(e.row);
                const double relative = e.logValue - center;
                result.relativeLogValue[r] = float(relative);
                const double z = relative / scale;
                const double declared = d.customsValue[r];
                const double expected = std::exp(center) * e.base;
                const auto makeFlag = [&](FlagKind kind, double zAbs, double threshold, int peerCount,
                                          double medianValue, const QJsonObject &group) {
                    Flag f;
                    f.rowId = d.rowId[r];
                    f.trader = d.trader[r];
                    f.kind = kind;
                    f.score = scoreBeyond(zAbs, threshold, 6.0);
                    f.declaredValue = declared;
                    f.expectedValue = medianValue * e.base;
                    f.revenueAtStake = std::fabs(*f.expectedValue - declared) * dutyRate;
                    f.peerGroup = label;
                    const double unitValue = declared / e.base;
                    f.reason = QJsonObject{
                        {QStringLiteral("unit_value"), unitValue},
                        {QStringLiteral("currency"), currency},
                        {QStringLiteral("unit"), unitName},
                        {QStringLiteral("percent"), 100.0 * std::fabs(1.0 - unitValue / medianValue)},
                        {QStringLiteral("peers"), peerCount},
                        {QStringLiteral("group"), group},
                        {QStringLiteral("median"), medianValue},
                        {QStringLiteral("duty_rate"), dutyRate},
                        {QStringLiteral("z"), zAbs}};
                    result.flags.push_back(std::move(f));
                };
                const double relaxed = t.valuationZ * kHabitThresholdFactor;
                if (z <= -relaxed) {
                    makeFlag(FlagKind::Undervalued, -z, t.valuationZ, peers, expected / e.base, groupText);
                    candidates.push_back({result.flags.size() - 1, d.trader[r], z});
                } else if (z >= relaxed) {
                    makeFlag(FlagKind::Overvalued, z, t.valuationZ, peers, expected / e.base, groupText);
                    candidates.push_back({result.flags.size() - 1, d.trader[r], z});
                } else if (d.relatedParty[r] && armsLengthCount >= t.minPeerGroup) {
                    const double resid = e.logValue - model.expected(e.origin, e.quarter);
                    const double zArms = (resid - armsLengthLocation.median) / armsLengthLocation.scale;
                    if (zArms <= -t.relatedPartyZ) {
                        const double armsMedian = std::exp(model.expected(e.origin, e.quarter) + armsLengthLocation.median);
                        makeFlag(FlagKind::RelatedPartyValue, -zArms, t.relatedPartyZ, armsLengthCount,
                                 armsMedian, QJsonObject{{QStringLiteral("hs"), hsLabel(hs6)}});
                    }
                }
            }
            cell = cellEnd;
        }
        begin = end;
    }
    std::vector<int> judgedPerTrader(d.traders.size(), 0);
    for (size_t r = 0; r < n; ++r) {
        if (d.trader[r] >= 0 && !std::isnan(result.relativeLogValue[r]))
            ++judgedPerTrader[size_t(d.trader[r])];
    }
    keepStrongOrHabitual(result.flags, candidates, judgedPerTrader, t.valuationZ);
    return result;
}

} // namespace clearsight
