#pragma once

#include "common/result.h"
#include "store/analysisviewrepository.h"

#include <QString>

#include <optional>
#include <vector>

namespace clearsight::ui
{

// The valuation peer group of one declaration item, with its band of normal unit values:
// the median and scaled MAD of the group's log unit values, band = exp(median ± z × scale)
// with z the workspace's valuation threshold (DOMAIN.md, "Valuation and weight").
struct PeerGroupSnapshot {
    qint64 rowId = 0; // the item in question
    PeerGroupKey key;
    // The item's own HS6 × origin × quarter held fewer than minPeerGroup items: the group
    // shown is every origin and quarter of the HS6, without the price-level adjustment the
    // analysis applies.
    bool widened = false;
    QString unit;                     // the quantity unit the unit values are per
    std::vector<PeerGroupItem> items; // of that unit, by unit value
    std::optional<size_t> selected;   // index of the item in question in `items`
    double median = 0;                // unit value
    double bandLow = 0, bandHigh = 0; // unit values
    double z = 0;
    int minPeerGroup = 0;

    bool hasVerdict() const { return int(items.size()) >= minPeerGroup; }
};

// Reads the peer group of declaration row `rowId` in the workspace at `path`. Opens and
// closes its own connection: meant for a worker thread.
Result<PeerGroupSnapshot> readPeerGroup(const QString &path, qint64 rowId);

// Median and band of `snapshot.items` (also used by readPeerGroup).
void computeBand(PeerGroupSnapshot &snapshot);

} // namespace clearsight::ui
