#pragma once

#include <QStringList>

namespace clearsight::cli
{

// Each command takes its own arguments (the command name first) and returns the exit code.
int runDemo(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runQuality(const QStringList &arguments);
int runAnalyze(const QStringList &arguments);
int runFlags(const QStringList &arguments);
int runTraders(const QStringList &arguments);
int runEvaluateFlags(const QStringList &arguments);
int runTrader(const QStringList &arguments);
int runSummary(const QStringList &arguments);

// The top-level usage text.
QString usage();

} // namespace clearsight::cli
