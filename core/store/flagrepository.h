#pragma once

#include "analysis/analysisdata.h"
#include "analysis/flag.h"
#include "common/result.h"

#include <QJsonArray>
#include <QString>

#include <optional>
#include <vector>

namespace clearsight {

class Connection;

// A trader's standing after an analysis pass (computed by TraderRanking).
struct TraderScore {
    qint32 trader = -1; // index into AnalysisData::traders
    int rank = 0;       // 1 = riskiest
    double riskScore = 0; // 0-100
    qint64 items = 0;
    qint64 declarations = 0;
    qint64 flaggedItems = 0;
    qint64 flags = 0;
    double revenueAtStake = 0;
    qint64 inspected = 0;
    qint64 illicit = 0;
    std::optional<double> hitRate; // smoothed toward the population rate
    QJsonArray topReasons;         // [{kind, count, revenue}], most important first
};

struct AnalysisRunInfo {
    qint64 id = 0;
    QString startedAt;
    QString finishedAt;
    qint64 dataVersion = 0; // the last import batch the run saw
    QString thresholds;     // JSON
    qint64 rowsAnalysed = 0;
    qint64 rowsSkipped = 0;
    qint64 flags = 0;
};

// A stored flag joined with its declaration, as the CLI and the views list them.
struct FlagRecord {
    qint64 rowId = 0;
    QString declarationId;
    qint64 itemNo = 0;
    QString traderId;
    FlagKind kind = FlagKind::Undervalued;
    double score = 0;
    std::optional<double> declaredValue;
    std::optional<double> expectedValue;
    std::optional<double> revenueAtStake;
    QString peerGroup;
    QJsonObject reason;
};

struct FlagQuery {
    std::optional<FlagKind> kind;
    std::vector<FlagKind> kinds; // any of these (empty: any kind)
    QString traderId;
    QString dateFrom, dateTo;    // ISO, inclusive
    QString office;
    QString hsChapter;           // two digits
    QString origin;
    int limit = -1; // -1: all
    int offset = 0;
};

struct TraderScoreRecord {
    int rank = 0;
    QString traderId;
    QString traderName;
    double riskScore = 0;
    qint64 items = 0;
    qint64 declarations = 0;
    qint64 flaggedItems = 0;
    qint64 flags = 0;
    double revenueAtStake = 0;
    qint64 inspected = 0;
    qint64 illicit = 0;
    std::optional<double> hitRate;
    QJsonArray topReasons;
};

struct FlagKindSummary {
    FlagKind kind;
    qint64 flags = 0;
    double revenueAtStake = 0;
    double meanScore = 0;
};

// The stored results of the analyses: runs, flags and trader scores.
class FlagRepository
{
public:
    explicit FlagRepository(const Connection &connection) : m_connection(connection) {}

    // Replaces every stored result with this run's, in one transaction.
    Result<qint64> replaceResults(const AnalysisRunInfo &run, const std::vector<Flag> &flags,
                                  const std::vector<TraderScore> &scores,
                                  const AnalysisData &data) const;

    // Highest score first; ties by revenue at stake, then declaration and item.
    Result<std::vector<FlagRecord>> flags(const FlagQuery &query = {}) const;
    Result<std::vector<FlagKindSummary>> summary() const;
    // Highest risk first.
    Result<std::vector<TraderScoreRecord>> traderScores(int limit = -1) const;
    Result<std::optional<AnalysisRunInfo>> latestRun() const;
    // The newest finished import batch: results older than it are stale.
    Result<qint64> dataVersion() const;

private:
    const Connection &m_connection;
};

} // namespace clearsight
