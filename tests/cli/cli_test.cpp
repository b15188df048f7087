// clearsight-cli as a user and a script run it: exit codes, one-line errors, the JSON contract.
#include "clitestsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{

using clitest::cli;
using clitest::CliRun;

int countLines(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    int lines = 0;
    while (!f.atEnd()) {
        f.readLine();
        ++lines;
    }
    return lines;
}

} // namespace

TEST(Cli, HelpAndVersionSucceed)
{
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *command : {"demo", "import", "stats"})
        EXPECT_TRUE(help.out.contains(QLatin1StringView(command))) << command;
    const CliRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("clearsight-cli ")));
}

TEST(Cli, UsageErrorsExitWithTwoAndOneLine)
{
    for (const QStringList &args :
         {QStringList{}, QStringList{QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("stats")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("/tmp/x.csv"),
                      QStringLiteral("--rows"), QStringLiteral("12")}}) {
        const CliRun run = cli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    }
}

TEST(Cli, FailuresExitWithOneAndNameTheFile)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.clearsight"));
    const CliRun missing = cli({QStringLiteral("import"), dir.filePath(QStringLiteral("nope.csv")),
                                QStringLiteral("--db"), db});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.csv")));
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1);

    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(notes);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("just some notes\n");
    f.close();
    const CliRun foreign = cli({QStringLiteral("stats"), QStringLiteral("--db"), notes});
    EXPECT_EQ(foreign.exitCode, 1);
    EXPECT_TRUE(foreign.err.contains(QStringLiteral("not a ClearSight workspace")));
}

TEST(Cli, DemoImportAndStatsAgree)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("demo.csv"));
    const QString db = dir.filePath(QStringLiteral("demo.clearsight"));
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--rows"),
                             QStringLiteral("10000"), QStringLiteral("--out"), csv});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_EQ(countLines(csv), 10001);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("demo.truth_rows.csv"))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("demo.truth_traders.csv"))));

    const CliRun import = cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();

    const CliRun again = cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already imported")));

    const CliRun stats = cli({QStringLiteral("stats"), QStringLiteral("--db"), db,
                              QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    const QJsonArray batches = json.value(QStringLiteral("batches")).toArray();
    ASSERT_EQ(batches.size(), 1);
    const QJsonObject batch = batches.at(0).toObject();
    EXPECT_EQ(batch.value(QStringLiteral("file")).toString(), QStringLiteral("demo.csv"));
    EXPECT_EQ(batch.value(QStringLiteral("read")).toInteger(), 10000);
    EXPECT_EQ(batch.value(QStringLiteral("stored")).toInteger() +
                  batch.value(QStringLiteral("rejected")).toInteger(),
              10000);
    // The demo plants a few unreadable rows: they are rejected, the rest stored.
    EXPECT_GT(batch.value(QStringLiteral("rejected")).toInteger(), 0);
    EXPECT_EQ(json.value(QStringLiteral("declarations")).toInteger(),
              batch.value(QStringLiteral("stored")).toInteger());
    EXPECT_FALSE(json.value(QStringLiteral("date_from")).toString().isEmpty());

    const CliRun text = cli({QStringLiteral("stats"), QStringLiteral("--db"), db});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("demo.csv")));
}

TEST(Cli, ImportsWithANamedProfileAndReportsQuality)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.clearsight"));
    const QString file =
        QStringLiteral(CLEARSIGHT_SHARED_DATA "/date-bacuda-samples/week1_ano.csv");
    const CliRun import = cli({QStringLiteral("import"), file, QStringLiteral("--db"), db,
                               QStringLiteral("--profile"), QStringLiteral("bacuda-raw")});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    EXPECT_TRUE(import.out.contains(QStringLiteral("profile bacuda-raw")));
    const CliRun quality =
        cli({QStringLiteral("quality"), QStringLiteral("--db"), db, QStringLiteral("--batch"),
             QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(quality.exitCode, 0) << quality.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(quality.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("rows")).toInteger(), 50);
    EXPECT_EQ(json.value(QStringLiteral("columns")).toArray().size(), 34);
    const CliRun missing = cli({QStringLiteral("quality"), QStringLiteral("--db"), db,
                                QStringLiteral("--batch"), QStringLiteral("9")});
    EXPECT_EQ(missing.exitCode, 1);
}
