#pragma once

#include "common/progress.h"
#include "store/connection.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace clearsight
{
class CsvTable;
}

namespace clearsight::cli
{

// Parses a command's options (with --help); on a usage problem prints it, sets exitCode and
// returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode);
bool requireOption(const QCommandLineParser &parser, const QString &name, int &exitCode);
// Declares --format FORMAT, one of `allowed` ("csv or json."), the first being the default.
void addFormatOption(QCommandLineParser &parser, const QStringList &allowed);
// --format, one of `allowed` (e.g. {"csv", "json"}); prints a usage error otherwise.
bool formatOption(const QCommandLineParser &parser, const QStringList &allowed, QString &format,
                  int &exitCode);
void addDbOption(QCommandLineParser &parser);
// --top N when given: a positive whole number, else a usage error. `top` keeps its value when
// the option is absent.
bool topOption(const QCommandLineParser &parser, int &top, int &exitCode);
// Opens the workspace named by --db for reading, after the usual checks.
std::optional<Connection> openForReading(const QCommandLineParser &parser, int &exitCode);
// Prints `table` as CSV, or as JSON when `format` is "json".
void printTable(const CsvTable &table, const QString &format);
// A progress line on stderr every ten percent, for long runs in a terminal.
ProgressCallback terminalProgress(const QString &what);

} // namespace clearsight::cli
