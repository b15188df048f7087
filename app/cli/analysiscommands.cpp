#include "clicommands.h"

#include "analysis/analysisrunner.h"
#include "analysis/flagevaluation.h"
#include "cliconsole.h"
#include "clisupport.h"
#include "report/flagreport.h"
#include "store/flagrepository.h"
#include "store/workspace.h"

namespace clearsight::cli
{

int runAnalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Run every analysis and store its flags and trader scores."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("timings"), QStringLiteral("Print the time of each step.")});
    int exitCode = Success;
    if (!parse(parser, arguments, exitCode) ||
        !requireOption(parser, QStringLiteral("db"), exitCode))
        return exitCode;
    const QString db = parser.value(QStringLiteral("db"));
    const Result<WorkspaceInfo> info = workspace::open(db);
    if (!info) {
        printError(info.error().message);
        return Failure;
    }
    const Result<AnalysisSummary> summary =
        runAnalyses(db, terminalProgress(QStringLiteral("analyze")));
    if (!summary) {
        printError(summary.error().message);
        return Failure;
    }
    QString out =
        QStringLiteral("Analysed %1 declaration items (%2 with unusable values skipped) in %3 s; "
                       "%4 traders ranked.\n")
            .arg(summary->rows)
            .arg(summary->skipped)
            .arg(summary->seconds, 0, 'f', 2)
            .arg(summary->traders);
    out += QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("kind"), -20)
               .arg(QStringLiteral("flags"), 8)
               .arg(QStringLiteral("mean score"), 11)
               .arg(QStringLiteral("revenue at stake"), 18);
    for (const FlagKindSummary &k : summary->byKind) {
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QString::fromLatin1(flagKey(k.kind)), -20)
                   .arg(k.flags, 8)
                   .arg(k.meanScore, 11, 'f', 1)
                   .arg(k.revenueAtStake, 18, 'f', 2);
    }
    for (const QString &note : summary->notes)
        out += QStringLiteral("Note: %1\n").arg(note);
    if (parser.isSet(QStringLiteral("timings"))) {
        for (const auto &[phase, seconds] : summary->phases)
            out += QStringLiteral("  %1: %2 s\n").arg(phase).arg(seconds, 0, 'f', 2);
    }
    printOut(out);
    return Success;
}

int runFlags(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the stored flags, highest score first."));
    addDbOption(parser);
    parser.addOption(
        {QStringLiteral("kind"), QStringLiteral("Only flags of this kind."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("trader"), QStringLiteral("Only flags of this trader."),
                      QStringLiteral("T")});
    addFormatOption(parser, {QStringLiteral("csv"), QStringLiteral("json")});
    int exitCode = Success;
    QString format;
    if (!parse(parser, arguments, exitCode) ||
        !requireOption(parser, QStringLiteral("db"), exitCode) ||
        !formatOption(parser, {QStringLiteral("csv"), QStringLiteral("json")}, format, exitCode))
        return exitCode;
    FlagQuery query;
    if (parser.isSet(QStringLiteral("kind"))) {
        query.kind = flagKindByKey(parser.value(QStringLiteral("kind")));
        if (!query.kind) {
            QStringList kinds;
            for (int k = 0; k < int(FlagKind::Count); ++k)
                kinds << QString::fromLatin1(flagKey(FlagKind(k)));
            printError(QStringLiteral("unknown --kind; use one of: %1")
                           .arg(kinds.join(QStringLiteral(", "))));
            return UsageError;
        }
    }
    query.traderId = parser.value(QStringLiteral("trader"));
    std::optional<Connection> connection = openForReading(parser, exitCode);
    if (!connection)
        return exitCode;
    const auto flags = FlagRepository(*connection).flags(query);
    if (!flags) {
        printError(flags.error().message);
        return Failure;
    }
    const CsvTable table = flagsTable(flags.value());
    printTable(table, format);
    return Success;
}

int runTraders(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The trader ranking, riskiest first."));
    addDbOption(parser);
    addFormatOption(parser, {QStringLiteral("csv"), QStringLiteral("json")});
    parser.addOption(
        {QStringLiteral("top"), QStringLiteral("Only the first N traders."), QStringLiteral("N")});
    int exitCode = Success;
    QString format;
    if (!parse(parser, arguments, exitCode) ||
        !requireOption(parser, QStringLiteral("db"), exitCode) ||
        !formatOption(parser, {QStringLiteral("csv"), QStringLiteral("json")}, format, exitCode))
        return exitCode;
    int top = -1;
    if (!topOption(parser, top, exitCode))
        return exitCode;
    std::optional<Connection> connection = openForReading(parser, exitCode);
    if (!connection)
        return exitCode;
    const auto traders = FlagRepository(*connection).traderScores(top);
    if (!traders) {
        printError(traders.error().message);
        return Failure;
    }
    const CsvTable table = tradersTable(traders.value());
    printTable(table, format);
    return Success;
}

int runEvaluateFlags(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Score the stored flags against the demo generator's planted truth."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("truth"),
                      QStringLiteral("The demo CSV whose truth files lie beside it."),
                      QStringLiteral("FILE.csv")});
    int exitCode = Success;
    if (!parse(parser, arguments, exitCode) ||
        !requireOption(parser, QStringLiteral("db"), exitCode) ||
        !requireOption(parser, QStringLiteral("truth"), exitCode))
        return exitCode;
    const Result<FlagEvaluation> evaluation =
        evaluateFlags(parser.value(QStringLiteral("db")), parser.value(QStringLiteral("truth")));
    if (!evaluation) {
        printError(evaluation.error().message);
        return Failure;
    }
    QString out = QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                      .arg(QStringLiteral("kind"), -18)
                      .arg(QStringLiteral("planted"), 8)
                      .arg(QStringLiteral("flagged"), 8)
                      .arg(QStringLiteral("found"), 8)
                      .arg(QStringLiteral("recall"), 7)
                      .arg(QStringLiteral("precision"), 9);
    for (const KindEvaluation &k : evaluation->kinds) {
        out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(k.kind, -18)
                   .arg(k.planted, 8)
                   .arg(k.flagged, 8)
                   .arg(k.truePositives, 8)
                   .arg(k.recall(), 7, 'f', 3)
                   .arg(k.precision(), 9, 'f', 3);
    }
    out += QStringLiteral(
               "Planted value manipulators in the top 5 % of %1 traders (%2): %3 of %4 (%5 %)\n")
               .arg(evaluation->traders)
               .arg(evaluation->topCount)
               .arg(evaluation->manipulatorsInTop)
               .arg(evaluation->manipulators)
               .arg(evaluation->manipulators > 0
                        ? 100.0 * evaluation->manipulatorsInTop / evaluation->manipulators
                        : 0.0,
                    0, 'f', 1);
    printOut(out);
    return Success;
}

} // namespace clearsight::cli
