// incoterm_deviation and incoterm_switch: a trader's Incoterms against its supplier's other
// clients and its industry, and against its own past (DOMAIN.md, "Incoterms 2020 and customs
// value").

#include "incotermchecks.h"

#include "analysis/robuststats.h"
#include "ingest/valueparsing.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace clearsight::incoterm {

namespace {

constexpr size_t kRules = size_t(Incoterm::Count);
using RuleCounts = std::array<qint32, kRules>;
using FamilyCounts = std::array<qint32, kFamilies>;

// The most common family of some counts, its share, and the most common rule within it.
struct Usual {
    int family = -1;
    int rule = -1;
    qint32 total = 0;
    double share = 0;
};

Usual usualOf(const qint32 *counts)
{
    FamilyCounts families{};
    Usual u;
    for (size_t r = 0; r < kRules; ++r) {
        families[size_t(incotermFamily(int(r)))] += counts[r];
        u.total += counts[r];
    }
    if (u.total == 0)
        return u;
    u.family = int(std::max_element(families.begin(), families.end()) - families.begin());
    u.share = double(families[size_t(u.family)]) / u.total;
    for (size_t r = 0; r < kRules; ++r) {
        if (incotermFamily(int(r)) == u.family && (u.rule < 0 || counts[r] > counts[u.rule]))
            u.rule = int(r);
    }
    return u;
}

// Counts per key and rule over all items, and the current trader's own, to give "everyone
// but this trader" in constant time per item.
class KeyedCounts
{
public:
    explicit KeyedCounts(size_t keys) : m_total(keys * kRules, 0), m_own(keys * kRules, 0) {}
    void addTotal(qint64 key, int rule) { m_total[size_t(key) * kRules + size_t(rule)]++; }
    void addOwn(qint64 key, int rule)
    {
        m_own[size_t(key) * kRules + size_t(rule)]++;
        m_touched.push_back(size_t(key) * kRules + size_t(rule));
    }
    void clearOwn()
    {
        for (const size_t at : m_touched)
            m_own[at] = 0;
        m_touched.clear();
    }
    Usual othersUsual(qint64 key) const
    {
        RuleCounts others;
        for (size_t r = 0; r < kRules; ++r)
            others[r] = m_total[size_t(key) * kRules + r] - m_own[size_t(key) * kRules + r];
        return usualOf(others.data());
    }

private:
    std::vector<qint32> m_total;
    std::vector<qint32> m_own;
    std::vector<size_t> m_touched;
};

// Scores 30-60: a habit, not a proof; a supplier's own habit weighs more than an industry's.
double deviationScore(double share, double threshold, double base)
{
    const double span = 1 - threshold;
    return span > 0 ? base + 20 * std::clamp((share - threshold) / span, 0.0, 1.0) : base;
}

Flag deviationFlag(const AnalysisData &d, quint32 row, const Usual &usual, const QString &who,
                   const QString &group, double score)
{
    Flag flag;
    flag.rowId = d.rowId[row];
    flag.trader = d.trader[row];
    flag.kind = FlagKind::IncotermDeviation;
    flag.score = score;
    flag.peerGroup = group;
    flag.reason.insert(QStringLiteral("incoterm"), incotermCode(Incoterm(d.incoterm[row])));
    flag.reason.insert(QStringLiteral("who"), who);
    flag.reason.insert(QStringLiteral("usual"), incotermCode(Incoterm(usual.rule)));
    flag.reason.insert(QStringLiteral("share"), 100.0 * usual.share);
    flag.reason.insert(QStringLiteral("peers"), usual.total);
    return flag;
}

constexpr int kSwitchMinItems = 8;    // per side, to call an Incoterm a trader's usual one
constexpr int kSwitchMinVerdicts = 5; // per side, to compare unit values

} // namespace

void checkDeviation(const Context &context, const TraderBlocks &blocks, std::vector<Flag> &flags)
{
    const AnalysisData &d = context.data;
    const AnalysisThresholds &t = context.thresholds;
    const size_t countries = d.countries.size();
    const auto partnerOf = [&d](quint32 row) -> qint64 {
        const qint32 p = d.partner[row];
        return p >= 0 && size_t(p) < d.partners.size() ? p : -1;
    };
    // The industry: HS chapter x origin country.
    const auto industryOf = [&d, countries](quint32 row) -> qint64 {
        const qint32 hs = d.hs6[row];
        const qint32 origin = d.origin[row];
        if (hs < 0 || origin < 0 || size_t(origin) >= countries)
            return -1;
        return qint64(hs / 10000) * qint64(countries) + origin;
    };
    KeyedCounts bySupplier(d.partners.size());
    KeyedCounts byIndustry(100 * countries);
    for (const quint32 row : context.rows) {
        if (const qint64 p = partnerOf(row); p >= 0)
            bySupplier.addTotal(p, d.incoterm[row]);
        if (const qint64 i = industryOf(row); i >= 0)
            byIndustry.addTotal(i, d.incoterm[row]);
    }

    const int supplierMinimum = std::max(1, t.minPeerGroup / 2);
    for (size_t b = 0; b + 1 < blocks.start.size(); ++b) {
        const auto first = blocks.rows.begin() + std::ptrdiff_t(blocks.start[b]);
        const auto last = blocks.rows.begin() + std::ptrdiff_t(blocks.start[b + 1]);
        for (auto it = first; it != last; ++it) {
            if (const qint64 p = partnerOf(*it); p >= 0)
                bySupplier.addOwn(p, d.incoterm[*it]);
            if (const qint64 i = industryOf(*it); i >= 0)
                byIndustry.addOwn(i, d.incoterm[*it]);
        }
        for (auto it = first; it != last; ++it) {
            const quint32 row = *it;
            const int family = incotermFamily(d.incoterm[row]);
            if (const qint64 p = partnerOf(row); p >= 0) {
                const Usual usual = bySupplier.othersUsual(p);
                if (usual.total >= supplierMinimum && usual.share >= t.deviationShare) {
                    if (usual.family != family) {
                        const QString &partner = d.partners[size_t(p)];
                        flags.push_back(deviationFlag(
                            d, row, usual,
                            QCoreApplication::translate("IncotermAnalysis", "supplier %1")
                                .arg(partner),
                            QCoreApplication::translate("IncotermAnalysis", "clients of %1")
                                .arg(partner),
                            deviationScore(usual.share, t.deviationShare, 40)));
                    }
                    continue; // the supplier's habit decides; the industry's is weaker
                }
            }
            const qint64 i = industryOf(row);
            if (i < 0)
                continue;
            const Usual usual = byIndustry.othersUsual(i);
            if (usual.total < t.minPeerGroup || usual.share < t.deviationShare ||
                usual.family == family)
                continue;
            const QString chapter = QStringLiteral("%1").arg(d.hs6[row] / 10000, 2, 10, QChar(u'0'));
            const QString &origin = d.countries[size_t(d.origin[row])];
            flags.push_back(deviationFlag(
                d, row, usual,
                QCoreApplication::translate("IncotermAnalysis",
                                            "the industry (HS chapter %1 from %2)")
                    .arg(chapter, origin),
                QCoreApplication::translate("IncotermAnalysis", "HS chapter %1 · %2")
                    .arg(chapter, origin),
                deviationScore(usual.share, t.deviationShare, 30)));
        }
        bySupplier.clearOwn();
        byIndustry.clearOwn();
    }
}

void checkSwitch(const Context &context, const TraderBlocks &blocks,
                 const std::vector<float> &relativeLogValue, std::vector<Flag> &flags)
{
    const AnalysisData &d = context.data;
    const AnalysisThresholds &t = context.thresholds;
    const double limit = std::log(1 - t.switchDrop);
    std::vector<FamilyCounts> prefix;
    std::vector<double> before, after;
    // Block 0 holds the items of unknown traders: no one's habit to follow.
    for (size_t b = 1; b + 1 < blocks.start.size(); ++b) {
        const quint32 *rows = blocks.rows.data() + blocks.start[b];
        const int m = int(blocks.start[b + 1] - blocks.start[b]);
        if (m < 2 * kSwitchMinItems)
            continue;
        prefix.assign(size_t(m) + 1, FamilyCounts{});
        for (int k = 0; k < m; ++k) {
            prefix[size_t(k) + 1] = prefix[size_t(k)];
            ++prefix[size_t(k) + 1][size_t(incotermFamily(d.incoterm[rows[k]]))];
        }

        // The split (between two dates) where one family dominates before and another after,
        // and that separates them best.
        int split = -1, from = -1, to = -1;
        double bestSeparation = 0;
        for (int k = kSwitchMinItems; k <= m - kSwitchMinItems; ++k) {
            if (d.day[rows[k]] == d.day[rows[k - 1]])
                continue;
            int a = 0, z = 0;
            for (int f = 1; f < kFamilies; ++f) {
                if (prefix[size_t(k)][size_t(f)] > prefix[size_t(k)][size_t(a)])
                    a = f;
                if (prefix[size_t(m)][size_t(f)] - prefix[size_t(k)][size_t(f)] >
                    prefix[size_t(m)][size_t(z)] - prefix[size_t(k)][size_t(z)])
                    z = f;
            }
            const int countA = prefix[size_t(k)][size_t(a)];
            const int countZ = prefix[size_t(m)][size_t(z)] - prefix[size_t(k)][size_t(z)];
            if (a == z || countA < t.deviationShare * k || countZ < t.deviationShare * (m - k))
                continue;
            const double separation = double(countA + countZ) / m;
            if (separation > bestSeparation) {
                bestSeparation = separation;
                split = k;
                from = a;
                to = z;
            }
        }
        if (split < 0)
            continue;

        before.clear();
        after.clear();
        for (int k = 0; k < m; ++k) {
            const float v = relativeLogValue[rows[k]];
            if (std::isfinite(v))
                (k < split ? before : after).push_back(v);
        }
        if (int(before.size()) < kSwitchMinVerdicts || int(after.size()) < kSwitchMinVerdicts)
            continue;
        const double change = median(after) - median(before);
        if (!(change <= limit))
            continue;

        // The codes shown: the commonest of each family on its side of the switch.
        RuleCounts fromCodes{}, toCodes{};
        std::vector<double> rates;
        for (int k = 0; k < m; ++k) {
            const quint32 row = rows[k];
            const int family = incotermFamily(d.incoterm[row]);
            if (k < split && family == from)
                ++fromCodes[size_t(d.incoterm[row])];
            if (k >= split && family == to)
                ++toCodes[size_t(d.incoterm[row])];
            if (k < split && d.customsValue[row] > 0 && !std::isnan(d.dutyPaid[row]))
                rates.push_back(d.dutyPaid[row] / d.customsValue[row]);
        }
        const double rate = rates.empty() ? 0.0 : median(rates);
        const auto code = [](const RuleCounts &c) {
            return incotermCode(Incoterm(std::max_element(c.begin(), c.end()) - c.begin()));
        };
        char iso[10];
        formatIsoDate(d.day[rows[split]], iso);
        const QString date = QString::fromLatin1(iso, 10);
        const double drop = 1 - std::exp(change);
        const QString group = QCoreApplication::translate("IncotermAnalysis", "trader %1")
                                  .arg(d.traders[b - 1]);
        for (int k = split; k < m; ++k) {
            const quint32 row = rows[k];
            if (incotermFamily(d.incoterm[row]) != to)
                continue;
            Flag flag;
            flag.rowId = d.rowId[row];
            flag.trader = d.trader[row];
            flag.kind = FlagKind::IncotermSwitch;
            flag.score = scoreBeyond(drop, t.switchDrop, 0.4);
            if (const double value = d.customsValue[row]; !std::isnan(value)) {
                flag.declaredValue = value;
                flag.expectedValue = value * std::exp(-change);
                flag.revenueAtStake = (*flag.expectedValue - value) * rate;
            }
            flag.peerGroup = group;
            flag.reason.insert(QStringLiteral("from"), code(fromCodes));
            flag.reason.insert(QStringLiteral("to"), code(toCodes));
            flag.reason.insert(QStringLiteral("date"), date);
            flag.reason.insert(QStringLiteral("drop"), 100.0 * drop);
            flags.push_back(std::move(flag));
        }
    }
}

} // namespace clearsight::incoterm
