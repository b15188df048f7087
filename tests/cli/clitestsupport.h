#pragma once

// What the CLI tests share: running clearsight-cli as a script would, and a demo workspace.

#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace clitest
{

struct CliRun {
    int exitCode = -1; // -1 when the program crashed or did not finish
    QString out;
    QString err;
};

// Runs build/bin/clearsight-cli with `arguments` and waits for it (up to four minutes).
CliRun cli(const QStringList &arguments);

// Writes a 10,000-row demo file in `dir` and imports it with the CLI into a new workspace
// there; the workspace's path, or "" when either step failed.
QString importedDemoWorkspace(const QTemporaryDir &dir);

} // namespace clitest
