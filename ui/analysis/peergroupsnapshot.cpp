#include "peergroupsnapshot.h"

#include "analysis/analysisthresholds.h"
#include "analysis/robuststats.h"
#include "store/connection.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace clearsight::ui
{

namespace
{
// The valuation analysis credits a group's log unit values with a spread of at least about
// 5 %, so that identical prices do not make every small difference extreme; the band drawn
// follows the same floor.
constexpr double kMinScale = 0.05;

// The items of `group` in `unit`, and where `rowId` is among them.
void keepUnit(PeerGroupSnapshot &snapshot, std::vector<PeerGroupItem> items)
{
    snapshot.items.clear();
    snapshot.selected.reset();
    for (PeerGroupItem &item : items) {
        if (item.unit != snapshot.unit || !(item.unitValue > 0))
            continue;
        if (item.rowId == snapshot.rowId)
            snapshot.selected = snapshot.items.size();
        snapshot.items.push_back(std::move(item));
    }
}
// The unit of item `rowId`; the most frequent unit when the item is not in the group (its
// unit value is per kg: it has no quantity).
QString unitOf(const std::vector<PeerGroupItem> &items, qint64 rowId)
{
    std::map<QString, int> counts;
    for (const PeerGroupItem &item : items) {
        if (item.rowId == rowId)
            return item.unit;
        ++counts[item.unit];
    }
    const auto most =
        std::max_element(counts.begin(), counts.end(),
                         [](const auto &a, const auto &b) { return a.second < b.second; });
    return most == counts.end() ? QString() : most->first;
}
} // namespace

void computeBand(PeerGroupSnapshot &snapshot)
{
    std::vector<double> logs;
    logs.reserve(snapshot.items.size());
    for (const PeerGroupItem &item : snapshot.items)
        logs.push_back(std::log(item.unitValue));
    if (logs.empty())
        return;
    const RobustLocation location = robustLocation(std::move(logs), kMinScale);
    snapshot.median = std::exp(location.median);
    snapshot.bandLow = std::exp(location.median - snapshot.z * location.scale);
    snapshot.bandHigh = std::exp(location.median + snapshot.z * location.scale);
}

Result<PeerGroupSnapshot> readPeerGroup(const QString &path, qint64 rowId)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    const AnalysisViewRepository repository(connection.value());
    const Result<AnalysisThresholds> thresholds = AnalysisThresholds::load(connection.value());
    if (!thresholds)
        return thresholds.error();
    Result<PeerGroupKey> key = repository.peerGroupOf(rowId);
    if (!key)
        return key.error();

    PeerGroupSnapshot snapshot;
    snapshot.rowId = rowId;
    snapshot.key = key.value();
    snapshot.z = thresholds->valuationZ;
    snapshot.minPeerGroup = thresholds->minPeerGroup;
    Result<PeerGroupItems> group = repository.peerGroup(snapshot.key);
    if (!group)
        return group.error();
    snapshot.unit = unitOf(group->items, rowId);
    keepUnit(snapshot, std::move(group->items));
    if (!snapshot.hasVerdict()) {
        PeerGroupKey wide = snapshot.key;
        wide.origin.clear();
        wide.year = 0;
        wide.quarter = 0;
        Result<PeerGroupItems> wider = repository.peerGroup(wide);
        if (!wider)
            return wider.error();
        snapshot.key = wide;
        snapshot.widened = true;
        keepUnit(snapshot, std::move(wider->items));
    }
    computeBand(snapshot);
    return snapshot;
}

} // namespace clearsight::ui
