#include "analysisrunner.h"

#include "analysisthresholds.h"
#include "incotermanalysis.h"
#include "traderranking.h"
#include "valuationanalysis.h"
#include "weightanalysis.h"
#include "store/analysisdatarepository.h"
#include "store/connection.h"
#include "store/settingsrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <unordered_set>

namespace clearsight {

namespace {
// An item whose value fell with an Incoterm switch carries the switch flag, which says why;
// an undervalued flag on the same item would count the same drop twice.
void dropExplainedUndervaluation(std::vector<Flag> &flags)
{
    std::unordered_set<qint64> switched;
    for (const Flag &f : flags) {
        if (f.kind == FlagKind::IncotermSwitch)
            switched.insert(f.rowId);
    }
    if (switched.empty())
        return;
    flags.erase(std::remove_if(flags.begin(), flags.end(),
                               [&switched](const Flag &f) {
                                   return f.kind == FlagKind::Undervalued && switched.count(f.rowId);
                               }),
                flags.end());
}
} // namespace

Result<AnalysisSummary> runAnalyses(const QString &workspacePath, const ProgressCallback &progress)
{
    QElapsedTimer timer;
    timer.start();
    qint64 lastLap = 0;
    AnalysisSummary summary;
    auto lap = [&](const QString &phase) {
        const qint64 now = timer.nsecsElapsed();
        summary.phases.emplace_back(phase, double(now - lastLap) / 1e9);
        lastLap = now;
    };
    const auto cancelled = [] {
        return makeError(Error::Code::Cancelled,
                         QCoreApplication::translate("Analysis", "The analysis was cancelled; the previous results are kept."));
    };
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Result<Connection> opened = Connection::open(workspacePath);
    if (!opened)
        return opened.error();
    const Connection &connection = opened.value();
    const Result<AnalysisThresholds> thresholds = AnalysisThresholds::load(connection);
    if (!thresholds)
        return thresholds.error();
    const Result<WorkspaceSettings> settings = SettingsRepository(connection).workspaceSettings();
    if (!settings)
        return settings.error();
    FlagRepository repository(connection);
    const Result<qint64> dataVersion = repository.dataVersion();
    if (!dataVersion)
        return dataVersion.error();

    // Loading is about half of the pass.
    Result<AnalysisData> loaded = loadAnalysisData(connection, [&progress](qint64 done, qint64 total) {
        return reportProgress(progress, total > 0 ? done * 500 / total : 0, 1000);
    });
    if (!loaded)
        return loaded.error();
    const AnalysisData &data = loaded.value();
    lap(QStringLiteral("read"));
    const QString currency = settings->nationalCurrency;

    ValuationResult valuation = analyseValuation(data, thresholds.value(), currency);
    std::vector<Flag> flags = std::move(valuation.flags);
    lap(QStringLiteral("valuation"));
    if (!reportProgress(progress, 650, 1000))
        return cancelled();
    std::vector<Flag> weight = analyseWeight(data, thresholds.value());
    flags.insert(flags.end(), weight.begin(), weight.end());
    lap(QStringLiteral("weight"));
    if (!reportProgress(progress, 700, 1000))
        return cancelled();
    if (settings->valuationBasis == ValuationBasis::Cif) {
        std::vector<Flag> incoterm = analyseIncoterms(data, valuation.relativeLogValue, thresholds.value(), currency);
        flags.insert(flags.end(), incoterm.begin(), incoterm.end());
    } else {
        summary.notes << QCoreApplication::translate("Analysis", "Incoterm checks are off: they apply to a CIF-basis workspace, and this one values at FOB.");
    }
    lap(QStringLiteral("incoterms"));
    dropExplainedUndervaluation(flags);
    if (!reportProgress(progress, 800, 1000))
        return cancelled();
    const std::vector<TraderScore> scores = rankTraders(data, flags);
    lap(QStringLiteral("ranking"));
    if (!reportProgress(progress, 850, 1000))
        return cancelled();

    AnalysisRunInfo run;
    run.startedAt = startedAt;
    run.finishedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    run.dataVersion = dataVersion.value();
    run.thresholds = QString::fromUtf8(QJsonDocument(thresholds->toJson()).toJson(QJsonDocument::Compact));
    run.rowsAnalysed = qint64(data.size());
    run.rowsSkipped = data.skippedUnusable;
    const Result<qint64> runId = repository.replaceResults(run, flags, scores, data);
    if (!runId)
        return runId.error();
    lap(QStringLiteral("store"));
    reportProgress(progress, 1000, 1000);

    const auto byKind = repository.summary();
    if (!byKind)
        return byKind.error();
    summary.runId = runId.value();
    summary.rows = qint64(data.size());
    summary.skipped = data.skippedUnusable;
    summary.byKind = byKind.value();
    summary.traders = qint64(scores.size());
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

Result<bool> analysisIsStale(const QString &workspacePath)
{
    Result<Connection> connection = Connection::open(workspacePath, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    FlagRepository repository(connection.value());
    const auto run = repository.latestRun();
    if (!run)
        return run.error();
    const auto version = repository.dataVersion();
    if (!version)
        return version.error();
    if (!run.value())
        return true;
    const auto thresholds = AnalysisThresholds::load(connection.value());
    if (!thresholds)
        return thresholds.error();
    const QString current = QString::fromUtf8(QJsonDocument(thresholds->toJson()).toJson(QJsonDocument::Compact));
    return run.value()->dataVersion != version.value() || run.value()->thresholds != current;
}

} // namespace clearsight
