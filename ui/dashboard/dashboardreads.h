#pragma once

#include "common/result.h"
#include "store/summaryrepository.h"

#include <QString>

#include <optional>
#include <vector>

namespace clearsight::ui
{

// What a worker hands back to the dashboard (QFuture needs a default-constructible type).
using SummaryAnswer = std::optional<Result<SummaryResult>>;

// Groups the workspace at `path` by `dimension` under `filter`, keeping the `limit` largest
// groups (0: all). Countries and HS chapters get their names where the store has none. Opens
// and closes its own connection: meant for a worker thread.
Result<SummaryResult> readSummary(const QString &path, SummaryDimension dimension,
                                  const SummaryFilter &filter, int limit = 0);

// The values each criterion of the filter bar can take, for its completion lists: every
// office, HS chapter, origin, trader and declarant of the workspace, largest first.
struct DashboardChoices {
    std::vector<SummaryRow> offices;
    std::vector<SummaryRow> chapters;
    std::vector<SummaryRow> origins;
    std::vector<SummaryRow> traders;
    std::vector<SummaryRow> declarants;
};
using ChoicesAnswer = std::optional<Result<DashboardChoices>>;

// Reads the choices of the workspace at `path` in one connection: meant for a worker thread.
Result<DashboardChoices> readChoices(const QString &path);

} // namespace clearsight::ui
