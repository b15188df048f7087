#include "clisupport.h"

#include "cliconsole.h"
#include "report/csvtable.h"
#include "store/workspace.h"

#include <cstdio>
#include <memory>

namespace clearsight::cli
{

// Parses a command's options; on a usage problem prints it and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        exitCode = UsageError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        exitCode = Success;
        return false;
    }
    return true;
}

bool requireOption(const QCommandLineParser &parser, const QString &name, int &exitCode)
{
    if (parser.value(name).isEmpty()) {
        printError(QStringLiteral("missing --%1; see --help").arg(name));
        exitCode = UsageError;
        return false;
    }
    return true;
}

// A progress line on stderr every few percent, for long runs in a terminal.
ProgressCallback terminalProgress(const QString &what)
{
    auto lastPercent = std::make_shared<int>(-1);
    return [what, lastPercent](qint64 done, qint64 total) {
        if (total <= 0)
            return true;
        const int percent = int(done * 100 / total);
        if (percent / 10 != *lastPercent / 10) {
            *lastPercent = percent;
            std::fprintf(stderr, "%s %d%%\r", qPrintable(what), percent);
            if (percent >= 100)
                std::fprintf(stderr, "\n");
        }
        return true;
    };
}

void addFormatOption(QCommandLineParser &parser, const QStringList &allowed)
{
    parser.addOption({QStringLiteral("format"), allowed.join(QStringLiteral(" or ")) + u'.',
                      QStringLiteral("FORMAT"), allowed.constFirst()});
}

void printTable(const CsvTable &table, const QString &format)
{
    printOut(format == QLatin1StringView("json") ? table.toJson() : table.toCsv());
}

bool formatOption(const QCommandLineParser &parser, const QStringList &allowed, QString &format,
                  int &exitCode)
{
    format = parser.value(QStringLiteral("format"));
    if (allowed.contains(format))
        return true;
    printError(QStringLiteral("--format must be %1").arg(allowed.join(QStringLiteral(" or "))));
    exitCode = UsageError;
    return false;
}

// Opens the workspace named by --db for reading, after the usual checks.
std::optional<Connection> openForReading(const QCommandLineParser &parser, int &exitCode)
{
    const QString db = parser.value(QStringLiteral("db"));
    const Result<WorkspaceInfo> info = workspace::open(db);
    if (!info) {
        printError(info.error().message);
        exitCode = Failure;
        return std::nullopt;
    }
    Result<Connection> connection = Connection::open(db, Connection::Mode::ReadOnly);
    if (!connection) {
        printError(connection.error().message);
        exitCode = Failure;
        return std::nullopt;
    }
    return std::move(connection.value());
}

bool topOption(const QCommandLineParser &parser, int &top, int &exitCode)
{
    if (!parser.isSet(QStringLiteral("top")))
        return true;
    bool ok = false;
    const int value = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || value <= 0) {
        printError(QStringLiteral("--top must be a positive whole number"));
        exitCode = UsageError;
        return false;
    }
    top = value;
    return true;
}

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("The workspace file."), QStringLiteral("DB")});
}

} // namespace clearsight::cli
