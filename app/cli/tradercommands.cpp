#include "clicommands.h"

#include "cliconsole.h"
#include "clisupport.h"
#include "report/traderprofilereport.h"

#include <QDate>
#include <QJsonDocument>

namespace clearsight::cli
{

int runTrader(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("One trader's profile: identity, activity, mixes and how they changed "
                       "between the halves of the period, unit values against peers, flags, "
                       "inspections and standing."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("id"), QStringLiteral("The trader ID."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("First day of the period (YYYY-MM-DD); default: the "
                                     "trader's first declaration."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("Last day of the period (YYYY-MM-DD); default: the "
                                     "trader's last declaration."),
                      QStringLiteral("DATE")});
    addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("json")});
    int exitCode = Success;
    QString format;
    if (!parse(parser, arguments, exitCode) ||
        !requireOption(parser, QStringLiteral("db"), exitCode) ||
        !requireOption(parser, QStringLiteral("id"), exitCode) ||
        !formatOption(parser, {QStringLiteral("text"), QStringLiteral("json")}, format, exitCode))
        return exitCode;
    TraderProfileRequest request;
    request.traderId = parser.value(QStringLiteral("id"));
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        const QString value = parser.value(name);
        if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid()) {
            printError(QStringLiteral("--%1 must be a date written YYYY-MM-DD").arg(name));
            return UsageError;
        }
    }
    request.from = parser.value(QStringLiteral("from"));
    request.to = parser.value(QStringLiteral("to"));
    if (!request.from.isEmpty() && !request.to.isEmpty() && request.from > request.to) {
        printError(QStringLiteral("--from must not be after --to"));
        return UsageError;
    }
    const Result<TraderReport> report =
        readTraderReport(parser.value(QStringLiteral("db")), request);
    if (!report) {
        printError(report.error().message);
        return Failure;
    }
    if (format == QLatin1StringView("json"))
        printOut(QString::fromUtf8(
            QJsonDocument(traderReportJson(report.value())).toJson(QJsonDocument::Indented)));
    else
        printOut(traderReportText(report.value()));
    return Success;
}

} // namespace clearsight::cli
