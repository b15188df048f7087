#include "clicommands.h"

#include "cliconsole.h"
#include "clisupport.h"
#include "demo/demogenerator.h"
#include "ingest/importer.h"
#include "report/qualityreportformat.h"
#include "report/statsreport.h"
#include "store/qualityrepository.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace clearsight::cli
{

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the seeded demo data set."));
    parser.addOption({QStringLiteral("rows"),
                      QStringLiteral("Declaration items to write (10000 .. 10000000)."),
                      QStringLiteral("N"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The CSV file to write."),
                      QStringLiteral("FILE.csv")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (same seed, same data)."),
                      QStringLiteral("S"), QStringLiteral("20250101")});
    int exitCode = Success;
    if (!parse(parser, arguments, exitCode) ||
        !requireOption(parser, QStringLiteral("out"), exitCode))
        return exitCode;
    bool rowsOk = false;
    bool seedOk = false;
    DemoOptions options;
    options.rows = parser.value(QStringLiteral("rows")).toLongLong(&rowsOk);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!rowsOk || options.rows < 10000 || options.rows > 10000000) {
        printError(QStringLiteral("--rows must be a whole number from 10000 to 10000000"));
        return UsageError;
    }
    if (!seedOk) {
        printError(QStringLiteral("--seed must be a non-negative whole number"));
        return UsageError;
    }
    const QString out = parser.value(QStringLiteral("out"));
    QElapsedTimer timer;
    timer.start();
    const Result<DemoSummary> summary =
        writeDemoDataset(out, options, terminalProgress(QStringLiteral("demo")));
    if (!summary) {
        printError(summary.error().message);
        return Failure;
    }
    printOut(QStringLiteral("Wrote %1: %2 rows, %3 declarations, %4 traders (%5 planted) in %6 s\n"
                            "Truth: %7 (%8 rows), %9 (%10 traders)\n")
                 .arg(out)
                 .arg(summary->rows)
                 .arg(summary->declarations)
                 .arg(summary->traders)
                 .arg(summary->plantedTraders)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                 .arg(demoTruthRowsPath(out))
                 .arg(summary->truthRows)
                 .arg(demoTruthTradersPath(out))
                 .arg(summary->truthTraders));
    return Success;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import a declaration file into a workspace."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to import."));
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The workspace file (created if missing)."),
                      QStringLiteral("DB")});
    parser.addOption({QStringLiteral("force"),
                      QStringLiteral("Import even if the same content was imported before.")});
    parser.addOption({QStringLiteral("separator"),
                      QStringLiteral("Field separator (default: detected)."), QStringLiteral("C")});
    parser.addOption(
        {QStringLiteral("timings"), QStringLiteral("Print the time of each import step.")});
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("Import profile (default: detected from the header)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("encoding"),
                      QStringLiteral("utf-8, utf-16, latin1 or windows-1252 (default: detected)."),
                      QStringLiteral("E")});
    int exitCode = Success;
    if (!parse(parser, arguments, exitCode) ||
        !requireOption(parser, QStringLiteral("db"), exitCode))
        return exitCode;
    // parse() takes the command name as the program name, so positionals are the files.
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(QStringLiteral("give exactly one FILE to import; see --help"));
        return UsageError;
    }
    ImportOptions options;
    options.force = parser.isSet(QStringLiteral("force"));
    options.profile = parser.value(QStringLiteral("profile"));
    options.encoding = parser.value(QStringLiteral("encoding"));
    const QString separator = parser.value(QStringLiteral("separator"));
    if (!separator.isEmpty()) {
        const QString s =
            separator == QLatin1StringView("\\t") || separator == QLatin1StringView("tab")
                ? QStringLiteral("\t")
                : separator;
        if (s.size() != 1 || s.at(0).unicode() > 127) {
            printError(QStringLiteral("--separator must be one ASCII character (or 'tab')"));
            return UsageError;
        }
        options.separator = char(s.at(0).unicode());
    }
    const QString db = parser.value(QStringLiteral("db"));
    const Result<WorkspaceInfo> workspace = workspace::openOrCreate(db);
    if (!workspace) {
        printError(workspace.error().message);
        return Failure;
    }
    const Result<ImportSummary> summary =
        importFile(db, files.first(), options, terminalProgress(QStringLiteral("import")));
    if (!summary) {
        printError(summary.error().message);
        return Failure;
    }
    printOut(QStringLiteral("Imported %1 into %2 (batch %3, profile %4, %5): read %6, stored %7, "
                            "rejected %8, items %9, findings %10, in %11 s\n")
                 .arg(summary->fileName, db)
                 .arg(summary->batchId)
                 .arg(summary->profile, summary->encoding)
                 .arg(summary->read)
                 .arg(summary->stored)
                 .arg(summary->rejected)
                 .arg(summary->items)
                 .arg(summary->findings)
                 .arg(summary->seconds, 0, 'f', 2));
    for (const QString &warning : summary->warnings)
        printOut(QStringLiteral("Note: %1\n").arg(warning));
    if (parser.isSet(QStringLiteral("timings"))) {
        for (const auto &[phase, seconds] : summary->phases)
            printOut(QStringLiteral("  %1: %2 s\n").arg(phase).arg(seconds, 0, 'f', 2));
    }
    return Success;
}

int runQuality(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Data-quality report of a workspace or one import batch."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Report on this import batch only."),
                      QStringLiteral("N")});
    addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("json")});
    int exitCode = Success;
    QString format;
    if (!parse(parser, arguments, exitCode) ||
        !requireOption(parser, QStringLiteral("db"), exitCode) ||
        !formatOption(parser, {QStringLiteral("text"), QStringLiteral("json")}, format, exitCode))
        return exitCode;
    qint64 batch = 0;
    if (parser.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        batch = parser.value(QStringLiteral("batch")).toLongLong(&ok);
        if (!ok || batch <= 0) {
            printError(QStringLiteral("--batch must be a batch number (see stats)"));
            return UsageError;
        }
    }
    std::optional<Connection> connection = openForReading(parser, exitCode);
    if (!connection)
        return exitCode;
    const Result<QualityReport> report = QualityRepository(*connection).report(batch);
    if (!report) {
        printError(report.error().message);
        return Failure;
    }
    if (format == QLatin1StringView("json"))
        printOut(QString::fromUtf8(QJsonDocument(qualityReportJson(report.value())).toJson()));
    else
        printOut(qualityReportText(report.value()));
    return Success;
}

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Counts, period, totals and import batches."));
    addDbOption(parser);
    addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("json")});
    int exitCode = Success;
    QString format;
    if (!parse(parser, arguments, exitCode) ||
        !requireOption(parser, QStringLiteral("db"), exitCode) ||
        !formatOption(parser, {QStringLiteral("text"), QStringLiteral("json")}, format, exitCode))
        return exitCode;
    const Result<WorkspaceReport> report = readWorkspaceReport(parser.value(QStringLiteral("db")));
    if (!report) {
        printError(report.error().message);
        return Failure;
    }
    if (format == QLatin1StringView("json"))
        printOut(QString::fromUtf8(QJsonDocument(workspaceReportJson(report.value())).toJson()));
    else
        printOut(workspaceReportText(report.value()));
    return Success;
}

} // namespace clearsight::cli
