#include "clitestsupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace clitest
{

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLEARSIGHT_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(240000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString importedDemoWorkspace(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("w.clearsight"));
    const QString csv = dir.filePath(QStringLiteral("demo.csv"));
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--rows"),
                             QStringLiteral("10000"), QStringLiteral("--out"), csv});
    EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    if (demo.exitCode != 0)
        return {};
    const CliRun import = cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    EXPECT_EQ(import.exitCode, 0) << import.err.toStdString();
    return import.exitCode == 0 ? db : QString();
}

} // namespace clitest
