// incoterm_deviation (DOMAIN.md, "Incoterms 2020 and customs value"): a trader's Incoterms
// against its supplier's other clients and its industry.

#include "incotermchecks.h"

#include "analysis/robuststats.h"
#include "ingest/valueparsing.h"

#include <QCoreApplication>

#include <map>

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

// A trader that keeps its own Incoterm with a supplier or an industry does so on every
// shipment: one flag per habit (its latest item) says so, with the number of items, rather
// than a flag on each of them.
void keepOnePerHabit(std::vector<Flag> &traderFlags, std::vector<Flag> &flags)
{
    std::map<std::pair<QString, QString>, std::pair<size_t, qint64>> habits; // -> latest, count
    for (size_t i = 0; i < traderFlags.size(); ++i) {
        const auto key = std::make_pair(traderFlags[i].peerGroup,
                                        traderFlags[i].reason.value(QStringLiteral("incoterm")).toString());
        auto [it, inserted] = habits.try_emplace(key, i, 0);
        ++it->second.second;
        if (traderFlags[i].rowId > traderFlags[it->second.first].rowId)
            it->second.first = i;
    }
    for (const auto &[key, latest] : habits) {
        Flag flag = std::move(traderFlags[latest.first]);
        flag.reason.insert(QStringLiteral("items"), latest.second);
        flags.push_back(std::move(flag));
    }
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
    std::vector<Flag> traderFlags;
    for (size_t b = 0; b + 1 < blocks.start.size(); ++b) {
        traderFlags.clear();
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
                        traderFlags.push_back(deviationFlag(
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
            traderFlags.push_back(
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
        keepOnePerHabit(traderFlags, flags);
    }
}

} // namespace clearsight::incoterm
