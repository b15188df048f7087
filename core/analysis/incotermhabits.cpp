// A trader's Incoterm habits (DOMAIN.md, "Incoterms 2020 and customs value"):
// incoterm_deviation, its Incoterms against its supplier's other clients and its industry;
// incoterm_switch, a change of its usual Incoterm while its unit values fall against peers.

#include "incotermchecks.h"

#include "analysis/robuststats.h"
#include "ingest/valueparsing.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace clearsight::incoterm
{

namespace
{

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
    explicit KeyedCounts(size_t keys)
        : m_total(keys * kRules, 0), m_own(keys * kRules, 0), m_stamp(keys, 0), m_usual(keys)
    {
    }
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
        ++m_generation;
    }
    // The usual Incoterm of everyone but the current trader; computed once per key and trader.
    const Usual &othersUsual(qint64 key)
    {
        if (m_stamp[size_t(key)] != m_generation) {
            RuleCounts others;
            for (size_t r = 0; r < kRules; ++r)
                others[r] = m_total[size_t(key) * kRules + r] - m_own[size_t(key) * kRules + r];
            m_usual[size_t(key)] = usualOf(others.data());
            m_stamp[size_t(key)] = m_generation;
        }
        return m_usual[size_t(key)];
    }

private:
    std::vector<qint32> m_total;
    std::vector<qint32> m_own;
    std::vector<size_t> m_touched;
    std::vector<quint32> m_stamp; // the generation (trader) m_usual was computed for
    std::vector<Usual> m_usual;
    quint32 m_generation = 1;
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
                const Usual &usual = bySupplier.othersUsual(p);
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
            const Usual &usual = byIndustry.othersUsual(i);
            if (usual.total < t.minPeerGroup || usual.share < t.deviationShare ||
                usual.family == family)
                continue;
            const QString chapter =
                QStringLiteral("%1").arg(d.hs6[row] / 10000, 2, 10, QChar(u'0'));
            const QString &origin = d.countries[size_t(d.origin[row])];
            flags.push_back(
                deviationFlag(d, row, usual,
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

namespace
{

constexpr int kMinItems = 8;    // per side, to call an Incoterm family a trader's usual one
constexpr int kMinVerdicts = 5; // per side, to compare unit values

// A trader's change of usual Incoterm family: the first `split` items of its block are before.
struct Switch {
    int split = -1;
    int from = -1;
    int to = -1;
};

// The split between two dates where one family holds `dominance` of at least kMinItems items
// before and another family as much after, separating them best (most items on the side of
// their family). Linear in the trader's items.
Switch findSwitch(const AnalysisData &d, const quint32 *rows, int m, double dominance,
                  std::vector<FamilyCounts> &prefix)
{
    prefix.assign(size_t(m) + 1, FamilyCounts{});
    for (int k = 0; k < m; ++k) {
        prefix[size_t(k) + 1] = prefix[size_t(k)];
        ++prefix[size_t(k) + 1][size_t(incotermFamily(d.incoterm[rows[k]]))];
    }
    const FamilyCounts &all = prefix[size_t(m)];
    Switch best;
    double bestSeparation = 0;
    for (int k = kMinItems; k <= m - kMinItems; ++k) {
        if (d.day[rows[k]] == d.day[rows[k - 1]])
            continue;
        const FamilyCounts &head = prefix[size_t(k)];
        int a = 0, z = 0;
        for (int f = 1; f < kFamilies; ++f) {
            if (head[size_t(f)] > head[size_t(a)])
                a = f;
            if (all[size_t(f)] - head[size_t(f)] > all[size_t(z)] - head[size_t(z)])
                z = f;
        }
        const int countA = head[size_t(a)];
        const int countZ = all[size_t(z)] - head[size_t(z)];
        if (a == z || countA < dominance * k || countZ < dominance * (m - k))
            continue;
        const double separation = double(countA + countZ) / m;
        if (separation > bestSeparation) {
            bestSeparation = separation;
            best = Switch{k, a, z};
        }
    }
    return best;
}

// HS6 x origin, the product whose peers are looked at across the switch; -1 when unknown.
qint64 productOf(const AnalysisData &d, quint32 row)
{
    const qint32 hs = d.hs6[row];
    const qint32 origin = d.origin[row];
    if (hs < 0 || origin < 0)
        return -1;
    return qint64(hs) * qint64(d.countries.size() + 1) + origin;
}

// A trader that makes up much of its own peer groups drags their median down with its own
// values: its fall against them looks smaller than it is, and the other traders' items seem to
// rise by the difference at the same date. Per product, that rise of the others is what has to
// be taken back from the trader's items after the switch to see its fall against peers other
// than itself (0 where either side has fewer than `minPeers` verdicts).
class PeerShift
{
    static constexpr std::ptrdiff_t kSample = 2000;
    static constexpr double kSelfShare = 0.1;

public:
    PeerShift(const Context &context, const std::vector<float> &relative, int minPeers)
        : m_data(context.data), m_relative(relative), m_minPeers(minPeers)
    {
    }

    // The products to look at: those of the switching traders' items. Call before index().
    void want(quint32 row)
    {
        const qint64 product = productOf(m_data, row);
        if (product >= 0 && m_ids.try_emplace(product, qint32(m_ids.size())).second)
            m_rows.emplace_back();
    }

    // Files every item with a verdict under its product, when it is one of those wanted, in
    // date order.
    void index(const std::vector<quint32> &rows)
    {
        for (const quint32 row : rows) {
            if (!std::isfinite(m_relative[row]))
                continue;
            if (const auto it = m_ids.find(productOf(m_data, row)); it != m_ids.end())
                m_rows[size_t(it->second)].push_back(row);
        }
        const auto byDay = [this](quint32 a, quint32 b) { return m_data.day[a] < m_data.day[b]; };
        for (std::vector<quint32> &product : m_rows) {
            if (!std::is_sorted(product.begin(), product.end(), byDay))
                std::stable_sort(product.begin(), product.end(), byDay);
        }
    }

    // The shift for the product of `row` across `day`, leaving out `trader`'s own items, of
    // which the product has `own` with a verdict. Below a tenth of the product's items a
    // trader moves its median by a few hundredths at most: 0 then, without a look. A side with
    // more than kSample items is sampled evenly (the median of that many is within a
    // hundredth of the full one). Both keep many switching traders of one big product cheap.
    double shift(quint32 row, qint32 trader, qint32 day, qint32 own)
    {
        const auto it = m_ids.find(productOf(m_data, row));
        if (it == m_ids.end())
            return 0;
        const std::vector<quint32> &peers = m_rows[size_t(it->second)];
        if (own < kSelfShare * double(peers.size()))
            return 0;
        const auto split = std::partition_point(peers.begin(), peers.end(),
                                                [&](quint32 p) { return m_data.day[p] < day; });
        const auto collect = [&](auto first, auto last, std::vector<double> &out) {
            out.clear();
            const std::ptrdiff_t stride = std::max<std::ptrdiff_t>(1, (last - first) / kSample);
            for (auto p = first; p < last; p += stride) {
                if (m_data.trader[*p] != trader)
                    out.push_back(m_relative[*p]);
            }
            return int(out.size()) >= m_minPeers;
        };
        if (!collect(peers.begin(), split, m_before) || !collect(split, peers.end(), m_after))
            return 0;
        return median(m_after) - median(m_before);
    }

private:
    const AnalysisData &m_data;
    const std::vector<float> &m_relative;
    const int m_minPeers;
    std::unordered_map<qint64, qint32> m_ids;
    std::vector<std::vector<quint32>> m_rows;
    std::vector<double> m_before, m_after;
};

struct Found {
    size_t block;
    Switch at;
};

} // namespace

void checkSwitch(const Context &context, const TraderBlocks &blocks,
                 const std::vector<float> &relativeLogValue, std::vector<Flag> &flags)
{
    const AnalysisData &d = context.data;
    const AnalysisThresholds &t = context.thresholds;
    const auto blockRows = [&blocks](size_t b) { return blocks.rows.data() + blocks.start[b]; };
    const auto blockSize = [&blocks](size_t b) {
        return int(blocks.start[b + 1] - blocks.start[b]);
    };

    // The traders whose usual Incoterm changed. Block 0 holds the items of unknown traders:
    // no one's habit to follow.
    std::vector<Found> found;
    std::vector<FamilyCounts> prefix;
    PeerShift peers(context, relativeLogValue, std::max(kMinVerdicts, t.minPeerGroup / 2));
    for (size_t b = 1; b + 1 < blocks.start.size(); ++b) {
        if (blockSize(b) < 2 * kMinItems)
            continue;
        const Switch at = findSwitch(d, blockRows(b), blockSize(b), t.deviationShare, prefix);
        if (at.split < 0)
            continue;
        found.push_back({b, at});
        for (int k = at.split; k < blockSize(b); ++k)
            peers.want(blockRows(b)[k]);
    }
    peers.index(context.rows);

    const double limit = std::log(1 - t.switchDrop);
    std::vector<double> before, after, rates;
    std::unordered_map<qint64, qint32> own;    // the trader's items with a verdict per product
    std::unordered_map<qint64, double> shifts; // per product of its items after the switch
    for (const auto &[b, at] : found) {
        const quint32 *rows = blockRows(b);
        const int m = blockSize(b);
        const qint32 trader = d.trader[rows[0]];
        const qint32 switchDay = d.day[rows[at.split]];
        before.clear();
        after.clear();
        own.clear();
        for (int k = 0; k < m; ++k) {
            if (std::isfinite(relativeLogValue[rows[k]]))
                ++own[productOf(d, rows[k])];
        }
        shifts.clear();
        for (int k = 0; k < m; ++k) {
            const float v = relativeLogValue[rows[k]];
            if (!std::isfinite(v))
                continue;
            if (k < at.split) {
                before.push_back(v);
                continue;
            }
            const auto [it, added] = shifts.try_emplace(productOf(d, rows[k]), 0.0);
            if (added)
                it->second = peers.shift(rows[k], trader, switchDay, own[it->first]);
            after.push_back(v - it->second);
        }
        if (int(before.size()) < kMinVerdicts || int(after.size()) < kMinVerdicts)
            continue;
        const double change = median(after) - median(before);
        if (!(change <= limit))
            continue;

        // The codes shown: the commonest of each family on its side of the switch. The duty
        // rate: the trader's before the switch.
        RuleCounts fromCodes{}, toCodes{};
        rates.clear();
        for (int k = 0; k < m; ++k) {
            const quint32 row = rows[k];
            const int family = incotermFamily(d.incoterm[row]);
            if (k < at.split && family == at.from)
                ++fromCodes[size_t(d.incoterm[row])];
            if (k >= at.split && family == at.to)
                ++toCodes[size_t(d.incoterm[row])];
            if (k < at.split && d.customsValue[row] > 0 && !std::isnan(d.dutyPaid[row]))
                rates.push_back(d.dutyPaid[row] / d.customsValue[row]);
        }
        const double rate = rates.empty() ? 0.0 : median(rates);
        const auto code = [](const RuleCounts &c) {
            return incotermCode(Incoterm(std::max_element(c.begin(), c.end()) - c.begin()));
        };
        char iso[10];
        formatIsoDate(switchDay, iso);
        const double drop = 1 - std::exp(change);
        QJsonObject reason;
        reason.insert(QStringLiteral("from"), code(fromCodes));
        reason.insert(QStringLiteral("to"), code(toCodes));
        reason.insert(QStringLiteral("date"), QString::fromLatin1(iso, 10));
        reason.insert(QStringLiteral("drop"), 100.0 * drop);
        const QString group =
            QCoreApplication::translate("IncotermAnalysis", "trader %1").arg(d.traders[b - 1]);

        // Every item on the new Incoterm from the switch on.
        for (int k = at.split; k < m; ++k) {
            const quint32 row = rows[k];
            if (incotermFamily(d.incoterm[row]) != at.to)
                continue;
            Flag flag;
            flag.rowId = d.rowId[row];
            flag.trader = trader;
            flag.kind = FlagKind::IncotermSwitch;
            flag.score = scoreBeyond(drop, t.switchDrop, 0.4);
            if (const double value = d.customsValue[row]; !std::isnan(value)) {
                flag.declaredValue = value;
                flag.expectedValue = value * std::exp(-change);
                flag.revenueAtStake = (*flag.expectedValue - value) * rate;
            }
            flag.peerGroup = group;
            flag.reason = reason;
            flags.push_back(std::move(flag));
        }
    }
}

} // namespace clearsight::incoterm
