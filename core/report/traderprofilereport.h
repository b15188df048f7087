#pragma once

#include "analysis/traderbehaviour.h"
#include "store/traderprofilerepository.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace clearsight
{

// What `clearsight-cli trader` reports: a trader's profile and how its behaviour changed.
struct TraderReport {
    TraderProfile profile;
    TraderBehaviour behaviour;
};

// Reads the profile of `request` from the workspace at `path` (opened read-only after the
// usual checks) and compares its halves. Errors: the workspace's, an unknown trader or a bad
// period (Error::Code::InvalidArgument).
Result<TraderReport> readTraderReport(const QString &path, const TraderProfileRequest &request);

// The JSON contract: {"trader": {"id", "name", "address", ...}, "period": {"from", "to",
// "second_half_from"}, "totals": {"items", "declarations", "customs_value", "duty_paid",
// "inspected", "illicit", "revenue_recovered", "flagged_items", "revenue_at_stake"}, "halves":
// [totals, totals], "change": {relative changes}, "months": [...], "mixes": {"hs_chapter":
// {"distance", "rows": [...]}, ...}, "unit_values": [...], "inspections": {...}, "flags":
// {...}, "standing": {...}, "signals": [...], "unusable_values", "sampled", "sample_items",
// "sample_every", "halves_exact", "totals_exact", "mix_totals_exact"}. Money in the national
// currency; shares and rates as fractions 0..1; a figure that cannot be computed is null.
// When "sampled" (a trader above the sample threshold, see TraderSampling), the mixes' split
// between the halves, the partner and Incoterm mixes, the spellings' counts, "unit_values"
// and "unusable_values" are estimates from "sample_items" rows (one row id in
// "sample_every"), scaled to the exact figures, and a unit value's "values" counts the
// sampled rows behind its medians (its "items" otherwise); "sample_items" and "sample_every"
// are null when not sampled. When "mix_totals_exact" is false, the HS chapter, origin and
// declarant mixes are estimates as a whole; when "halves_exact" (or "totals_exact") is false,
// the halves (or the totals and the months the period cuts) are estimates too, item counts
// excepted. Reasons and signal texts in `locale`'s language.
QJsonObject traderReportJson(const TraderReport &report, const QLocale &locale = QLocale::c());

// A short text for a person: identity, standing, totals by half, what changed, inspections,
// the largest flags.
QString traderReportText(const TraderReport &report, const QLocale &locale = QLocale::c());

} // namespace clearsight
