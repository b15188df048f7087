#pragma once

#include "common/result.h"
#include "store/batchrepository.h"
#include "store/qualityrepository.h"

#include <QString>

#include <vector>

namespace clearsight::ui
{

// What the quality view shows at once: the import batches (for the selector and the lineage)
// and the quality report of one batch or of the whole store.
struct QualitySnapshot {
    std::vector<ImportBatch> batches;
    QualityReport report;
};

// Reads a snapshot from the workspace at `path` for `batchId` (0: the whole store). Opens and
// closes its own read-only connection: meant for a worker thread.
Result<QualitySnapshot> readQualitySnapshot(const QString &path, qint64 batchId);

} // namespace clearsight::ui
