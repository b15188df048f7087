#include "traderranking.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>

namespace clearsight {

namespace {
// Prior weights, in items and inspections, that pull a small trader's shares toward the
// population's: a trader needs about this much history before its own record dominates.
constexpr double kFlagPrior = 30;
constexpr double kInspectionPrior = 10;

struct Tally {
    qint64 items = 0;
    qint64 flaggedItems = 0;
    qint64 flags = 0;
    double scoreSum = 0;
    double revenue = 0;
    qint64 inspected = 0;
    qint64 illicit = 0;
    std::map<FlagKind, std::pair<qint64, double>> byKind; // count, revenue
};
} // namespace

std::vector<TraderScore> rankTraders(const AnalysisData &d, const std::vector<Flag> &flags)
{
    std::vector<Tally> tallies(d.traders.size());
    for (size_t r = 0; r < d.size(); ++r) {
        if (d.trader[r] < 0)
            continue;
        Tally &t = tallies[size_t(d.trader[r])];
        ++t.items;
        if (d.inspected[r] == 1) {
            ++t.inspected;
            t.illicit += d.illicit[r];
        }
    }
    // Rows flagged at least once: flags come grouped by analysis, so collect the row ids.
    std::vector<std::pair<qint32, qint64>> flaggedRows;
    for (const Flag &f : flags) {
        if (f.trader < 0)
            continue;
        Tally &t = tallies[size_t(f.trader)];
        ++t.flags;
        t.scoreSum += f.score;
        const double revenue = f.revenueAtStake.value_or(0.0);
        t.revenue += revenue;
        auto &kind = t.byKind[f.kind];
        ++kind.first;
        kind.second += revenue;
        flaggedRows.emplace_back(f.trader, f.rowId);
    }
    std::sort(flaggedRows.begin(), flaggedRows.end());
    flaggedRows.erase(std::unique(flaggedRows.begin(), flaggedRows.end()), flaggedRows.end());
    for (const auto &[trader, row] : flaggedRows)
        ++tallies[size_t(trader)].flaggedItems;

    qint64 items = 0, flagged = 0, inspected = 0, illicit = 0;
    double revenue = 0;
    for (const Tally &t : tallies) {
        items += t.items;
        flagged += t.flaggedItems;
        inspected += t.inspected;
        illicit += t.illicit;
        revenue += t.revenue;
    }
    const double flaggedShare = items > 0 ? std::max(double(flagged) / double(items), 1e-6) : 1e-6;
    const double hitRate = inspected > 0 ? std::max(double(illicit) / double(inspected), 1e-6) : 0.0;
    const double revenuePerFlag = flagged > 0 && revenue > 0 ? revenue / double(flagged) : 1.0;

    struct Ranked {
        qint32 trader;
        double raw;
        double revenue;
    };
    std::vector<Ranked> ranked;
    std::vector<TraderScore> scores(tallies.size());
    for (size_t i = 0; i < tallies.size(); ++i) {
        const Tally &t = tallies[i];
        if (t.items == 0)
            continue;
        TraderScore &s = scores[i];
        s.trader = qint32(i);
        s.items = t.items;
        s.declarations = i < d.declarationsPerTrader.size() ? d.declarationsPerTrader[i] : 0;
        s.flaggedItems = t.flaggedItems;
        s.flags = t.flags;
        s.revenueAtStake = t.revenue;
        s.inspected = t.inspected;
        s.illicit = t.illicit;
        // How much more often than the population the trader's items are flagged, and its
        // inspections hit; both smoothed so that a few items prove little.
        const double share = (double(t.flaggedItems) + kFlagPrior * flaggedShare) / (double(t.items) + kFlagPrior);
        double raw = std::log(share / flaggedShare);
        if (hitRate > 0) {
            const double smoothedHits = (double(t.illicit) + kInspectionPrior * hitRate)
                / (double(t.inspected) + kInspectionPrior);
            s.hitRate = smoothedHits;
            raw += 0.5 * std::log(smoothedHits / hitRate);
        }
        raw += 0.15 * std::log1p(t.revenue / revenuePerFlag);
        if (t.flags > 0)
            raw += 0.5 * (t.scoreSum / double(t.flags)) / 100.0;
        std::vector<std::pair<FlagKind, std::pair<qint64, double>>> kinds(t.byKind.begin(), t.byKind.end());
        std::sort(kinds.begin(), kinds.end(), [](const auto &a, const auto &b) {
            return std::tie(b.second.second, b.second.first) < std::tie(a.second.second, a.second.first);
        });
        for (size_t k = 0; k < kinds.size() && k < 3; ++k) {
            s.topReasons.append(QJsonObject{{QStringLiteral("kind"), QLatin1StringView(flagKey(kinds[k].first))},
                                            {QStringLiteral("count"), kinds[k].second.first},
                                            {QStringLiteral("revenue"), kinds[k].second.second}});
        }
        ranked.push_back({qint32(i), raw, t.revenue});
    }
    std::sort(ranked.begin(), ranked.end(), [&d](const Ranked &a, const Ranked &b) {
        if (a.raw != b.raw)
            return a.raw > b.raw;
        if (a.revenue != b.revenue)
            return a.revenue > b.revenue;
        return d.traders[size_t(a.trader)] < d.traders[size_t(b.trader)];
    });
    std::vector<TraderScore> out;
    out.reserve(ranked.size());
    for (size_t i = 0; i < ranked.size(); ++i) {
        TraderScore s = scores[size_t(ranked[i].trader)];
        s.rank = int(i + 1);
        // 0-100, 50 where the evidence is worth a flagged share e (2.7) times the population's.
        s.riskScore = 100.0 / (1.0 + std::exp(-(ranked[i].raw - 1.0)));
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace clearsight
