// clearsight-cli summary: the figures a dashboard chart shows, for checks and scripts.

#include "clicommands.h"
#include "cliconsole.h"
#include "clisupport.h"
#include "report/summaryreport.h"
#include "store/summaryrepository.h"

#include <QCommandLineParser>
#include <QDate>

namespace clearsight::cli
{

namespace
{

QString dimensionList()
{
    QStringList keys;
    for (const SummaryDimension d : summaryGroupDimensions())
        keys << summaryDimensionKey(d);
    return keys.join(QStringLiteral(", "));
}

} // namespace

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Declarations, customs value, duties, inspections, recovered revenue "
                       "and flags grouped by one dimension, as the dashboard shows them."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("by"), QStringLiteral("Group by: %1.").arg(dimensionList()),
                      QStringLiteral("DIM")});
    parser.addOption({QStringLiteral("filter"),
                      QStringLiteral("KEY=VALUE, repeatable; keys: from, to (ISO dates, "
                                     "inclusive) and the dimension names but month/week/day."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("top"),
                      QStringLiteral("Only the N largest groups (by "
                                     "customs value; not for time)."),
                      QStringLiteral("N")});
    addFormatOption(parser, {QStringLiteral("csv"), QStringLiteral("json")});
    int exitCode = Success;
    QString format;
    if (!parse(parser, arguments, exitCode) ||
        !requireOption(parser, QStringLiteral("db"), exitCode) ||
        !requireOption(parser, QStringLiteral("by"), exitCode) ||
        !formatOption(parser, {QStringLiteral("csv"), QStringLiteral("json")}, format, exitCode))
        return exitCode;
    const std::optional<SummaryDimension> by =
        summaryDimensionFromKey(parser.value(QStringLiteral("by")));
    if (!by || *by == SummaryDimension::Total) {
        printError(QStringLiteral("unknown --by '%1'; use one of %2")
                       .arg(parser.value(QStringLiteral("by")), dimensionList()));
        return UsageError;
    }
    SummaryFilter filter;
    for (const QString &item : parser.values(QStringLiteral("filter"))) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString key = item.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        if (equals < 0 || value.isEmpty() || !filter.set(key, value)) {
            printError(QStringLiteral("bad --filter '%1'; use KEY=VALUE with KEY one of from, "
                                      "to, flow, office, hs_chapter, origin, trader, declarant, "
                                      "channel, lane")
                           .arg(item));
            return UsageError;
        }
    }
    for (const QString *date : {&filter.from, &filter.to}) {
        if (!date->isEmpty() && !QDate::fromString(*date, Qt::ISODate).isValid()) {
            printError(QStringLiteral("bad date '%1' in --filter; use YYYY-MM-DD").arg(*date));
            return UsageError;
        }
    }
    int top = 0;
    if (!topOption(parser, top, exitCode))
        return exitCode;
    std::optional<Connection> connection = openForReading(parser, exitCode);
    if (!connection)
        return exitCode;
    const Result<SummaryResult> summary =
        SummaryRepository(*connection).summarize(*by, filter, top);
    if (!summary) {
        printError(summary.error().message);
        return Failure;
    }
    const CsvTable table = summaryTable(summary.value());
    printTable(table, format);
    return Success;
}

} // namespace clearsight::cli
