// Dashboard benchmark (run by hand, never by CI). For 1- and 10-million-row demo workspaces
// (built once, then reused from --dir), times every dashboard chart's data after a filter
// change: each single filter, and a period of three whole months plus one other filter. In
// the same run it times the same aggregation as a plain GROUP BY over the declarations, prints
// the ratio, and measures the GUI's peak memory on a dashboard screenshot of the largest one.
//
//   build/bin/clearsight-bench-dashboard [--rows 1000000,10000000] [--dir /tmp/cs-bench]
//                                        [--repeat 5] [--no-reference] [--no-gui]
//                                        [--reference-filters N]
// --reference-filters N times the plain GROUP BY for the first N filter changes only (at 10
// million rows each takes seconds).

#include "analysis/analysisrunner.h"
#include "demo/demogenerator.h"
#include "ingest/importer.h"
#include "store/connection.h"
#include "store/summaryrepository.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace clearsight;

namespace
{

struct Chart {
    const char *name;
    SummaryDimension dimension;
    int limit;
};

// What the dashboard shows: the KPI tiles, the time series (weeks for a year or a quarter),
// the top-10 bar charts and the channel chart.
const std::vector<Chart> kCharts{
    {"kpi", SummaryDimension::Total, 0},
    {"time", SummaryDimension::Week, 0},
    {"traders", SummaryDimension::Trader, 10},
    {"chapters", SummaryDimension::HsChapter, 10},
    {"origins", SummaryDimension::Origin, 10},
    {"offices", SummaryDimension::Office, 10},
    {"declarants", SummaryDimension::Declarant, 10},
    {"lanes", SummaryDimension::Lane, 10},
    {"channels", SummaryDimension::Channel, 0},
};

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool ensureWorkspace(const QString &dir, qint64 rows, QString &path)
{
    path = QDir(dir).filePath(QStringLiteral("dashboard-%1.clearsight").arg(rows));
    if (QFileInfo::exists(path)) {
        std::printf("reusing %s\n", qPrintable(path));
        return workspace::open(path).ok(); // upgrades an older one
    }
    const QString csv = QDir(dir).filePath(QStringLiteral("dashboard-%1.csv").arg(rows));
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.rows = rows;
    if (!writeDemoDataset(csv, options).ok())
        return false;
    if (!workspace::create(path).ok())
        return false;
    const Result<ImportSummary> imported = importFile(path, csv);
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
        return false;
    }
    std::printf("built %s: import %.1f s (summaries included)", qPrintable(path),
                imported->seconds);
    QElapsedTimer analysis;
    analysis.start();
    if (!runAnalyses(path).ok())
        return false;
    std::printf(", analyses %.1f s\n", milliseconds(analysis) / 1000);
    QFile::remove(csv);
    return true;
}

// The filters a user changes one at a time: each single filter on the largest value of its
// dimension, then three whole months with each other filter.
std::vector<std::pair<QString, SummaryFilter>> filterChanges(const Connection &connection)
{
    SummaryRepository summaries(connection);
    SummaryFilter period;
    const Result<SummaryResult> months = summaries.summarize(SummaryDimension::Month, {});
    if (months && months->rows.size() >= 6) {
        const QString first = months->rows[3].key, last = months->rows[5].key;
        period.from = first + QStringLiteral("-01");
        const QDate end = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate);
        period.to = end.addDays(end.daysInMonth() - 1).toString(Qt::ISODate);
    }
    std::vector<std::pair<QString, SummaryFilter>> changes{
        {QStringLiteral("period %1..%2").arg(period.from, period.to), period}};
    const std::vector<SummaryDimension> filtered{
        SummaryDimension::Flow,   SummaryDimension::Office, SummaryDimension::HsChapter,
        SummaryDimension::Origin, SummaryDimension::Trader, SummaryDimension::Declarant,
        SummaryDimension::Channel};
    for (const bool withPeriod : {false, true}) {
        for (const SummaryDimension d : filtered) {
            const Result<SummaryResult> top = summaries.summarize(d, {}, 1);
            if (!top || top->rows.empty())
                continue;
            SummaryFilter filter = withPeriod ? period : SummaryFilter{};
            *filter.field(d) = top->rows.front().key;
            changes.push_back({(withPeriod ? QStringLiteral("period + ") : QString()) +
                                   summaryDimensionKey(d) + QLatin1Char('=') +
                                   top->rows.front().key,
                               filter});
        }
    }
    return changes;
}

double peakGuiMegabytes(const QString &workspacePath)
{
    const QString gui = QStringLiteral(CLEARSIGHT_GUI_PATH);
    const QString report = QDir::temp().filePath(QStringLiteral("clearsight-bench-gui.txt"));
    const QString png = QDir::temp().filePath(QStringLiteral("clearsight-bench-dashboard.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/usr/bin/time"),
                  {QStringLiteral("-v"), QStringLiteral("-o"), report, gui, QStringLiteral("--db"),
                   workspacePath, QStringLiteral("--view"), QStringLiteral("dashboard"),
                   QStringLiteral("--screenshot"), png});
    process.waitForFinished(-1);
    QFile file(report);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.contains("Maximum resident set size"))
            return line.split(':').last().trimmed().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList sizes{QStringLiteral("1000000"), QStringLiteral("10000000")};
    QString dir = QDir::temp().filePath(QStringLiteral("clearsight-bench"));
    int repeat = 5;
    bool reference = true, gui = true;
    int referenceFilters = 1 << 30;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--rows") && i + 1 < args.size())
            sizes = args[++i].split(QLatin1Char(','));
        else if (args[i] == QLatin1StringView("--dir") && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == QLatin1StringView("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1StringView("--no-reference"))
            reference = false;
        else if (args[i] == QLatin1StringView("--reference-filters") && i + 1 < args.size())
            referenceFilters = args[++i].toInt();
        else if (args[i] == QLatin1StringView("--no-gui"))
            gui = false;
    }
    QDir().mkpath(dir);
    QString largest;
    for (const QString &size : sizes) {
        QString path;
        if (!ensureWorkspace(dir, size.toLongLong(), path)) {
            std::fprintf(stderr, "could not build the %s-row workspace\n", qPrintable(size));
            return 1;
        }
        largest = path;
        Connection connection = Connection::open(path, Connection::Mode::ReadOnly).value();
        SummaryRepository summaries(connection);
        std::printf("\n%s rows: milliseconds until each chart's data is ready (median of %d); "
                    "plain GROUP BY; ratio\n",
                    qPrintable(size), repeat);
        std::printf("%-44s %-10s %9s %6s %11s %8s\n", "filter", "chart", "summary", "source",
                    "group by", "ratio");
        double worst = 0, worstRatio = 1e300;
        int over100 = 0, measured = 0;
        int change = 0;
        for (const auto &[label, filter] : filterChanges(connection)) {
            const bool timeReference = reference && change++ < referenceFilters;
            for (Chart chart : kCharts) {
                // The dashboard's automatic step: weeks for these periods, months for one
                // trader (DashboardFilter::automaticTimeDimension).
                if (chart.dimension == SummaryDimension::Week && !filter.traderId.isEmpty())
                    chart.dimension = SummaryDimension::Month;
                std::vector<double> times;
                SummarySource source = SummarySource::SummaryTables;
                for (int r = 0; r < repeat; ++r) {
                    QElapsedTimer timer;
                    timer.start();
                    const Result<SummaryResult> result =
                        summaries.summarize(chart.dimension, filter, chart.limit);
                    times.push_back(milliseconds(timer));
                    if (result)
                        source = result->source;
                }
                std::sort(times.begin(), times.end());
                const double fast = times[times.size() / 2];
                double plain = 0;
                if (timeReference) {
                    QElapsedTimer timer;
                    timer.start();
                    (void)summaries.summarizeFromDeclarations(chart.dimension, filter, chart.limit);
                    plain = milliseconds(timer);
                }
                ++measured;
                over100 += fast >= 100 ? 1 : 0;
                worst = std::max(worst, fast);
                if (timeReference)
                    worstRatio = std::min(worstRatio, plain / std::max(fast, 0.001));
                std::printf("%-44s %-10s %9.1f %6s %11.0f %8.0f\n", qPrintable(label.left(44)),
                            chart.name, fast,
                            source == SummarySource::SummaryTables ? "tables" : "rows", plain,
                            timeReference ? plain / std::max(fast, 0.001) : 0.0);
                std::fflush(stdout);
            }
        }
        std::printf("%s rows: %d refreshes measured, slowest %.1f ms, %d at or over 100 ms",
                    qPrintable(size), measured, worst, over100);
        if (reference)
            std::printf(", smallest speed-up over GROUP BY %.1fx", worstRatio);
        std::printf("\n");
    }
    if (gui && !largest.isEmpty())
        std::printf("\nGUI peak memory, dashboard screenshot of %s: %.0f MB\n", qPrintable(largest),
                    peakGuiMegabytes(largest));
    return 0;
}
