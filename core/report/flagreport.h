#pragma once

#include "report/csvtable.h"
#include "store/flagrepository.h"

#include <QLocale>

namespace clearsight {

// The flags list of `clearsight-cli flags` and the views' exports: declaration_id, item_no,
// trader_id, kind, score, declared_value, expected_value, revenue_at_stake, peer_group,
// reason (in the given locale's language and number format).
CsvTable flagsTable(const std::vector<FlagRecord> &flags, const QLocale &locale = QLocale::c());

// The trader ranking: rank, trader_id, trader_name, risk_score, declarations, items, flags,
// flagged_items, revenue_at_stake, inspected, illicit, hit_rate, top_reasons (joined by "; ").
CsvTable tradersTable(const std::vector<TraderScoreRecord> &traders,
                      const QLocale &locale = QLocale::c());

// "undervalued: 12 flags, 45,000.00 at stake; missing_freight: 3 flags".
QString topReasonsText(const QJsonArray &reasons, const QLocale &locale);

} // namespace clearsight
