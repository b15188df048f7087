#pragma once

#include <QString>

namespace clearsight::cli
{

// Exit codes of clearsight-cli.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

void printOut(const QString &text);
// One line on stderr, prefixed with the program name.
void printError(const QString &message);

} // namespace clearsight::cli
