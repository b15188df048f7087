#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace clearsight {

class Connection;

// The thresholds of the analyses: workspace settings with defaults (README, "Analyses").
// Changing one makes the stored results stale until the analyses run again.
struct AnalysisThresholds {
    int minPeerGroup = 20;            // fewer comparable items give no verdict
    double valuationZ = 4.0;          // robust z of log unit value beyond which it is flagged
    double relatedPartyZ = 2.5;       // related-party items against arm's-length ones
    double weightZ = 4.0;             // robust z of log gross kg per unit
    double missingFreightRatio = 0.25;  // freight+insurance share below this part of the lane's
    double doubleFreightShare = 0.005;  // freight added under C/D rules above this share
    double deviationShare = 0.8;      // a supplier's or industry's usual Incoterm holds this share
    double switchDrop = 0.2;          // unit values against peers fall by this part at a switch

    QJsonObject toJson() const;
    // Reads the thresholds saved in the workspace ("threshold.<name>" settings); defaults for
    // the others.
    static Result<AnalysisThresholds> load(const Connection &connection);
    Status save(const Connection &connection) const;

    // Name, current value and what it means, for the README and the CLI.
    struct Entry {
        QString name;
        double value;
        QString meaning;
    };
    std::vector<Entry> entries() const;
};

} // namespace clearsight
