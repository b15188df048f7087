// incoterm_switch (DOMAIN.md, "Incoterms 2020 and customs value"): a trader changes its usual
// Incoterm and its declared unit values fall against peers at the same time.

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
} // namespace

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

// A change of supplier brings the new supplier's terms and prices with it, and a trader that
// moves its orders between two suppliers on different terms changes no terms either. The
// switch must hold within suppliers the trader buys from on both sides of it (all one
// "supplier" when the data names none): those whose items are in the old family before and
// the new one after at `dominance`, with kMinItems / 2 items or more each side between them.
bool heldBySuppliers(const AnalysisData &d, const quint32 *rows, int m, const Switch &at,
                     double dominance, std::vector<std::pair<qint32, int>> &items)
{
    items.clear(); // (supplier, item index)
    for (int k = 0; k < m; ++k)
        items.emplace_back(d.partner[rows[k]], k);
    std::sort(items.begin(), items.end());
    int before = 0, after = 0;
    for (auto first = items.begin(); first != items.end();) {
        const auto last = std::find_if(first, items.end(), [&](const std::pair<qint32, int> &i) {
            return i.first != first->first;
        });
        int b = 0, from = 0, a = 0, to = 0;
        for (auto it = first; it != last; ++it) {
            const int family = incotermFamily(d.incoterm[rows[it->second]]);
            if (it->second < at.split) {
                ++b;
                from += family == at.from ? 1 : 0;
            } else {
                ++a;
                to += family == at.to ? 1 : 0;
            }
        }
        if (b > 0 && a > 0 && from >= dominance * b && to >= dominance * a) {
            before += b;
            after += a;
        }
        first = last;
    }
    return before >= kMinItems / 2 && after >= kMinItems / 2;
}

// HS6 x origin x unit, the product whose unit values are compared; -1 when unknown.
qint64 productOf(const AnalysisData &d, quint32 row)
{
    const qint32 hs = d.hs6[row];
    const qint32 origin = d.origin[row];
    if (hs < 0 || origin < 0)
        return -1;
    const qint64 units = qint64(d.units.size()) + 1;
    return (qint64(hs) * qint64(d.countries.size() + 1) + origin) * units + d.unit[row] + 1;
}

// Log customs value per quantity unit, else per net kg, as the valuation compares them; NaN
// when neither is known.
double logUnitValue(const AnalysisData &d, quint32 row)
{
    const double value = d.customsValue[row];
    const double per = d.quantity[row] > 0 ? double(d.quantity[row]) : double(d.netKg[row]);
    return value > 0 && per > 0 ? std::log(value / per) : std::nan("");
}

// A trader that makes up much of its own peer groups drags their median with its own values:
// after a fall, it looks less far below its peers than it is. For such a trader the items are
// compared again, leaving it out: log unit value against the median of the other traders'
// items of the same product (HS6, origin, unit) and quarter, as the valuation's default peer
// group would with the trader left out (items without a verdict from the valuation are left
// out here too).
class PeersWithoutTrader
{
    // Under a tenth of a product's items a trader moves its median by a few hundredths at
    // most: the valuation's verdict stands. Sides of more than kSample items are sampled
    // evenly (the median of that many is within a hundredth of the full one). Both keep many
    // switching traders of one big product cheap.
    static constexpr double kSelfShare = 0.1;
    static constexpr std::ptrdiff_t kSample = 2000;

public:
    PeersWithoutTrader(const Context &context, const std::vector<float> &relative, int minPeers)
        : m_context(context), m_data(context.data), m_relative(relative), m_minPeers(minPeers)
    {
    }

    // The products to look at: those of a switching trader's items. Call before index().
    void want(const quint32 *rows, int m)
    {
        for (int k = 0; k < m; ++k) {
            const qint64 product = productOf(m_data, rows[k]);
            if (product >= 0 && m_ids.try_emplace(product, qint32(m_ids.size())).second)
                m_rows.emplace_back();
        }
    }

    // Files every item with a verdict under its product, when it is one of those wanted.
    void index()
    {
        m_product.assign(m_data.size(), -1);
        for (const quint32 row : m_context.rows) {
            const auto it = m_ids.find(productOf(m_data, row));
            if (it == m_ids.end() || !std::isfinite(m_relative[row]) ||
                std::isnan(logUnitValue(m_data, row)))
                continue;
            m_product[row] = it->second;
            m_rows[size_t(it->second)].push_back(row);
        }
        m_own.assign(m_rows.size(), 0);
        m_sorted.assign(m_rows.size(), false);
    }

    // Starts a trader, with its items.
    void startTrader(const quint32 *rows, int m)
    {
        for (const qint32 product : m_touched)
            m_own[size_t(product)] = 0;
        m_touched.clear();
        m_medians.clear();
        m_trader = m > 0 ? m_data.trader[rows[0]] : -1;
        for (int k = 0; k < m; ++k) {
            if (const qint32 product = m_product[rows[k]]; product >= 0) {
                if (m_own[size_t(product)]++ == 0)
                    m_touched.push_back(product);
            }
        }
    }

    // The verdict on the item `row` of the trader started last without the trader among the
    // peers; the valuation's where the trader is a small part of the product or the other
    // traders are fewer than `minPeers` in the quarter.
    double relative(quint32 row)
    {
        const double valuation = m_relative[row];
        const qint32 product = m_product[row];
        if (product < 0 || m_own[size_t(product)] < kSelfShare * double(items(product).size()))
            return valuation;
        const qint32 quarter = quarterIndex(m_data.day[row]);
        const qint64 key = qint64(product) * 65536 + quarter;
        const auto [cached, added] = m_medians.try_emplace(key, 0.0);
        if (added)
            cached->second = othersMedian(byDate(product), quarter);
        return std::isnan(cached->second) ? valuation : logUnitValue(m_data, row) - cached->second;
    }

private:
    const std::vector<quint32> &items(qint32 product) const { return m_rows[size_t(product)]; }

    // The product's items in date order, sorted on first use.
    const std::vector<quint32> &byDate(qint32 product)
    {
        std::vector<quint32> &rows = m_rows[size_t(product)];
        if (!m_sorted[size_t(product)]) {
            const auto byDay = [this](quint32 a, quint32 b) {
                return m_data.day[a] < m_data.day[b];
            };
            if (!std::is_sorted(rows.begin(), rows.end(), byDay))
                std::stable_sort(rows.begin(), rows.end(), byDay);
            m_sorted[size_t(product)] = true;
        }
        return rows;
    }

    double othersMedian(const std::vector<quint32> &items, qint32 quarter)
    {
        const auto first = std::partition_point(items.begin(), items.end(), [&](quint32 r) {
            return quarterIndex(m_data.day[r]) < quarter;
        });
        const auto last = std::partition_point(
            first, items.end(), [&](quint32 r) { return quarterIndex(m_data.day[r]) == quarter; });
        m_values.clear();
        const std::ptrdiff_t stride = std::max<std::ptrdiff_t>(1, (last - first) / kSample);
        for (auto r = first; r < last; r += stride) {
            if (m_data.trader[*r] != m_trader)
                m_values.push_back(logUnitValue(m_data, *r));
        }
        return int(m_values.size()) >= m_minPeers ? median(m_values) : std::nan("");
    }

    const Context &m_context;
    const AnalysisData &m_data;
    const std::vector<float> &m_relative;
    const int m_minPeers;
    std::unordered_map<qint64, qint32> m_ids; // product numbers
    std::vector<std::vector<quint32>> m_rows; // items with a verdict per product
    std::vector<bool> m_sorted;               // m_rows sorted by date
    std::vector<qint32> m_product;            // per row, -1 for none of the products
    qint32 m_trader = -1;
    std::vector<qint32> m_own; // the current trader's items per product
    std::vector<qint32> m_touched;
    std::unordered_map<qint64, double> m_medians; // others' median per product and quarter
    std::vector<double> m_values;
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
    std::vector<std::pair<qint32, int>> suppliers;
    PeersWithoutTrader peers(context, relativeLogValue, std::max(kMinVerdicts, t.minPeerGroup / 2));
    for (size_t b = 1; b + 1 < blocks.start.size(); ++b) {
        if (blockSize(b) < 2 * kMinItems)
            continue;
        const Switch at = findSwitch(d, blockRows(b), blockSize(b), t.deviationShare, prefix);
        if (at.split < 0 ||
            !heldBySuppliers(d, blockRows(b), blockSize(b), at, t.deviationShare, suppliers))
            continue;
        found.push_back({b, at});
        peers.want(blockRows(b), blockSize(b));
    }
    if (found.empty())
        return;
    peers.index();

    const double limit = std::log(1 - t.switchDrop);
    std::vector<double> before, after, rates;
    for (const auto &[b, at] : found) {
        const quint32 *rows = blockRows(b);
        const int m = blockSize(b);
        const qint32 trader = d.trader[rows[0]];
        const qint32 switchDay = d.day[rows[at.split]];
        peers.startTrader(rows, m);
        before.clear();
        after.clear();
        for (int k = 0; k < m; ++k) {
            if (std::isfinite(relativeLogValue[rows[k]]))
                (k < at.split ? before : after).push_back(peers.relative(rows[k]));
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
