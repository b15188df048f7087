// missing_freight and double_freight: what the customs value adds to the invoice, against
// what the Incoterm says the invoice already holds (DOMAIN.md, "Incoterms 2020 and customs
// value").

#include "incotermchecks.h"

#include <QCoreApplication>

#include <cmath>
#include <unordered_map>

namespace clearsight::incoterm
{

namespace
{

constexpr size_t kModes = size_t(Mode::Other) + 1;

// The share of the invoice the customs value adds (freight and insurance on a CIF basis), or
// NaN when either value is unknown.
double addedShare(const AnalysisData &d, quint32 row)
{
    const double invoice = d.invoiceNational[row];
    const double value = d.customsValue[row];
    if (!(invoice > 0) || std::isnan(value))
        return std::nan("");
    return (value - invoice) / invoice;
}

// Whether a share of the invoice is no addition at all. The national value of a foreign
// invoice is rounded (to the cent, or to whole units), so an exact zero is rare; and no
// international carriage and its insurance cost under a tenth of a percent of the goods.
bool nothingAdded(double share, double invoice)
{
    return share * invoice <= 0.01 || share < 0.001;
}

// Lanes (origin -> office by mode) and their coarser fallbacks (origin by mode, mode), as
// dense group ids per row.
struct Lanes {
    std::vector<qint32> lane;       // per row, -1 when origin or office is unknown
    std::vector<qint32> originMode; // per row, -1 when the origin is unknown
    size_t lanes = 0;
    size_t originModes = 0;
};

quint64 packLane(qint32 origin, qint32 office, Mode mode)
{
    return quint64(quint32(origin)) << 36 | quint64(quint32(office)) << 4 | quint64(mode);
}

Lanes buildLanes(const Context &context)
{
    const AnalysisData &d = context.data;
    Lanes lanes;
    lanes.lane.assign(d.size(), -1);
    lanes.originMode.assign(d.size(), -1);
    lanes.originModes = d.countries.size() * kModes;
    std::unordered_map<quint64, qint32> ids;
    for (const quint32 row : context.rows) {
        const qint32 origin = d.origin[row];
        const qint32 office = d.office[row];
        if (origin < 0 || size_t(origin) >= d.countries.size())
            continue;
        lanes.originMode[row] = qint32(size_t(origin) * kModes + size_t(d.mode[row]));
        if (office < 0 || size_t(office) >= d.offices.size())
            continue;
        const quint64 key = packLane(origin, office, d.mode[row]);
        const auto [it, added] = ids.try_emplace(key, qint32(lanes.lanes));
        lanes.lanes += added ? 1 : 0;
        lanes.lane[row] = it->second;
    }
    return lanes;
}

// Per row the median of some ratio over its lane, else its origin by mode, else its mode:
// the finest level with enough items.
struct LaneLevels {
    std::vector<GroupMedian> lane, originMode, mode;
};

LaneLevels laneMedians(const Context &context, const Lanes &lanes,
                       const std::vector<std::pair<quint32, double>> &values)
{
    std::vector<std::pair<qint32, double>> byLane, byOriginMode, byMode;
    for (auto *level : {&byLane, &byOriginMode, &byMode})
        level->reserve(values.size());
    for (const auto &[row, value] : values) {
        if (lanes.lane[row] >= 0)
            byLane.emplace_back(lanes.lane[row], value);
        if (lanes.originMode[row] >= 0)
            byOriginMode.emplace_back(lanes.originMode[row], value);
        byMode.emplace_back(qint32(context.data.mode[row]), value);
    }
    return {groupMedians(byLane, lanes.lanes), groupMedians(byOriginMode, lanes.originModes),
            groupMedians(byMode, kModes)};
}

enum class Level { Lane, OriginMode, Mode, None };

// The finest level of `row` with at least `minimum` values.
Level levelFor(const LaneLevels &levels, const Lanes &lanes, const AnalysisData &d, quint32 row,
               int minimum)
{
    if (lanes.lane[row] >= 0 && levels.lane[size_t(lanes.lane[row])].count >= minimum)
        return Level::Lane;
    if (lanes.originMode[row] >= 0 &&
        levels.originMode[size_t(lanes.originMode[row])].count >= minimum)
        return Level::OriginMode;
    if (levels.mode[size_t(d.mode[row])].count >= minimum)
        return Level::Mode;
    return Level::None;
}

const GroupMedian &at(const LaneLevels &levels, const Lanes &lanes, const AnalysisData &d,
                      quint32 row, Level level)
{
    switch (level) {
    case Level::Lane:
        return levels.lane[size_t(lanes.lane[row])];
    case Level::OriginMode:
        return levels.originMode[size_t(lanes.originMode[row])];
    case Level::Mode:
    case Level::None:
        break;
    }
    return levels.mode[size_t(d.mode[row])];
}

// The duty rate (duties and taxes per unit of customs value) at the level the share came
// from, else the next coarser level that has one, else 0.
double dutyRate(const LaneLevels &rates, const Lanes &lanes, const AnalysisData &d, quint32 row,
                Level level)
{
    for (int l = int(level); l <= int(Level::Mode); ++l) {
        if (Level(l) == Level::Lane && lanes.lane[row] < 0)
            continue;
        if (Level(l) == Level::OriginMode && lanes.originMode[row] < 0)
            continue;
        const GroupMedian &m = at(rates, lanes, d, row, Level(l));
        if (m.count > 0)
            return m.median;
    }
    return 0;
}

// "CN → PRT01 by SEA" for the reason and "lane CN → PRT01 · SEA" for the peer group, with
// "any office" / "any origin" at the coarser levels.
std::pair<QString, QString> laneLabels(const AnalysisData &d, quint32 row, Level level)
{
    const QString any = QCoreApplication::translate("IncotermAnalysis", "any");
    const qint32 origin = d.origin[row];
    const qint32 office = d.office[row];
    const QString from = level != Level::Mode && origin >= 0 ? d.countries[size_t(origin)] : any;
    const QString to = level == Level::Lane && office >= 0 ? d.offices[size_t(office)] : any;
    const QString mode = modeCode(d.mode[row]);
    return {
        QCoreApplication::translate("IncotermAnalysis", "%1 → %2 by %3").arg(from, to, mode),
        QCoreApplication::translate("IncotermAnalysis", "lane %1 → %2 · %3").arg(from, to, mode)};
}

void missingFreight(const Context &context, const Lanes &lanes, const LaneLevels &shares,
                    const LaneLevels &rates, quint32 row, double share, std::vector<Flag> &flags)
{
    const AnalysisData &d = context.data;
    const Level level = levelFor(shares, lanes, d, row, context.thresholds.minPeerGroup);
    if (level == Level::None)
        return; // no lane, however coarse, tells what freight usually adds: no verdict
    const double typical = at(shares, lanes, d, row, level).median;
    const double ratio = context.thresholds.missingFreightRatio;
    if (!(share <= 0 || share < ratio * typical))
        return;
    const double invoice = d.invoiceNational[row];
    Flag flag;
    flag.rowId = d.rowId[row];
    flag.trader = d.trader[row];
    flag.kind = FlagKind::MissingFreight;
    // Below the "nothing added" 90, 50 at the threshold rising to 85 near zero.
    flag.score = nothingAdded(share, invoice)
                     ? 90.0
                     : scoreBeyond(1 - share / typical, 1 - ratio, ratio * 50.0 / 35.0);
    flag.declaredValue = d.customsValue[row];
    flag.expectedValue = invoice * (1 + typical);
    flag.revenueAtStake =
        (*flag.expectedValue - *flag.declaredValue) * dutyRate(rates, lanes, d, row, level);
    const auto [lane, group] = laneLabels(d, row, level);
    flag.peerGroup = group;
    flag.reason.insert(QStringLiteral("incoterm"), incotermCode(Incoterm(d.incoterm[row])));
    // Exchange rounding leaves a few hundredths of a percent either side of nothing added.
    const double percent = 100.0 * share;
    flag.reason.insert(QStringLiteral("share"), std::fabs(percent) < 0.05 ? 0.0 : percent);
    flag.reason.insert(QStringLiteral("lane_share"), 100.0 * typical);
    flag.reason.insert(QStringLiteral("lane"), lane);
    flags.push_back(std::move(flag));
}

void doubleFreight(const Context &context, const Lanes &lanes, quint32 row,
                   std::vector<Flag> &flags)
{
    const AnalysisData &d = context.data;
    const double invoice = d.invoiceNational[row];
    const double freight = d.freight[row];
    const double limit = context.thresholds.doubleFreightShare;
    if (!(invoice > 0) || !(freight > limit * invoice))
        return;
    const double share = freight / invoice;
    Flag flag;
    flag.rowId = d.rowId[row];
    flag.trader = d.trader[row];
    flag.kind = FlagKind::DoubleFreight;
    flag.score = scoreBeyond(share, limit, 0.1);
    if (!std::isnan(d.customsValue[row])) {
        flag.declaredValue = d.customsValue[row];
        flag.expectedValue = d.customsValue[row] - freight;
    }
    // An inflated base is not lost revenue: revenueAtStake stays empty.
    flag.peerGroup = laneLabels(d, row,
                                lanes.lane[row] >= 0         ? Level::Lane
                                : lanes.originMode[row] >= 0 ? Level::OriginMode
                                                             : Level::Mode)
                         .second;
    flag.reason.insert(QStringLiteral("incoterm"), incotermCode(Incoterm(d.incoterm[row])));
    flag.reason.insert(QStringLiteral("freight"), freight);
    flag.reason.insert(QStringLiteral("currency"), context.currency);
    flag.reason.insert(QStringLiteral("share"), 100.0 * share);
    flags.push_back(std::move(flag));
}

} // namespace

void checkFreight(const Context &context, std::vector<Flag> &flags)
{
    const AnalysisData &d = context.data;
    const Lanes lanes = buildLanes(context);

    // What freight and insurance usually add on a lane: E- and F-rule items that added
    // something (items that added nothing are what is being looked for, not the norm; left
    // in, a trader who is most of its lane would make its own omission the lane's habit).
    std::vector<std::pair<quint32, double>> shares, rates;
    shares.reserve(context.rows.size());
    rates.reserve(context.rows.size());
    for (const quint32 row : context.rows) {
        if (!incotermRule(Incoterm(d.incoterm[row])).includesMainCarriage) {
            const double share = addedShare(d, row);
            if (share > 0 && !nothingAdded(share, d.invoiceNational[row]))
                shares.emplace_back(row, share);
        }
        const double value = d.customsValue[row];
        if (value > 0 && !std::isnan(d.dutyPaid[row]))
            rates.emplace_back(row, d.dutyPaid[row] / value);
    }
    const LaneLevels shareLevels = laneMedians(context, lanes, shares);
    shares = {};
    const LaneLevels rateLevels = laneMedians(context, lanes, rates);
    rates = {};

    for (const quint32 row : context.rows) {
        if (incotermRule(Incoterm(d.incoterm[row])).includesMainCarriage) {
            doubleFreight(context, lanes, row, flags);
        } else {
            const double share = addedShare(d, row);
            if (!std::isnan(share))
                missingFreight(context, lanes, shareLevels, rateLevels, row, share, flags);
        }
    }
}

} // namespace clearsight::incoterm
