#pragma once

#include "store/qualityrepository.h"

#include <QJsonObject>
#include <QString>

namespace clearsight
{

// `clearsight-cli quality` output. JSON keys: batch (null for the whole store), rows,
// rows_with_findings, rejected, columns [{column, filled, completeness, min, max, mean}],
// findings [{kind, column, rows}], rejects [{column, records, example}].
QJsonObject qualityReportJson(const QualityReport &report);
QString qualityReportText(const QualityReport &report);

} // namespace clearsight
