#pragma once

#include "domain/flagkind.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace clearsight {

// One anomaly an analysis found on a declaration item, with what a customs officer needs to
// act on it: a 0-100 score, the values, the peer group it was judged against and a reason
// kept as parameters (rendered in the reader's language by flagReason()).
struct Flag {
    qint64 rowId = 0;
    qint32 trader = -1; // index into AnalysisData::traders
    FlagKind kind = FlagKind::Undervalued;
    double score = 0;
    std::optional<double> declaredValue;
    std::optional<double> expectedValue;
    std::optional<double> revenueAtStake;
    QString peerGroup;  // e.g. "HS 620342 · CN · 2025-Q1"
    QJsonObject reason; // parameters of the reason; see flagReason()
};

// The reason in words, e.g. "unit value 0.31 EUR/NAR is 78 % below the median of 412
// declarations of HS 620342 from CN in 2025-Q1". Translated (context "FlagReason"); numbers
// follow `locale` (default: the C locale, for the CLI and files).
QString flagReason(FlagKind kind, const QJsonObject &parameters, const QLocale &locale);

// 0-100 from how far beyond its threshold a statistic is: 50 at the threshold, rising to 100.
double scoreBeyond(double value, double threshold, double span);

} // namespace clearsight
