// Import and analysis benchmark (run by hand, never by CI): on the same demo CSV, times
// sqlite3's own `.import --csv` into a plain table and `clearsight-cli import` into a fresh
// workspace, then `clearsight-cli analyze` on it, and prints the times, the import ratio and
// each one's peak memory.
//
//   build/bin/clearsight-bench-import [--rows 1000000[,5000000]] [--dir /tmp/cs-bench]
#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

using namespace clearsight;

namespace
{

struct Measured {
    double seconds = 0;
    double peakMegabytes = 0;
    bool ok = false;
};

// Runs a command under /usr/bin/time, which reports the child's own peak RSS.
Measured measure(const QString &program, const QStringList &arguments)
{
    const QString report = QDir::temp().filePath(QStringLiteral("clearsight-bench-time.txt"));
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList timed{QStringLiteral("-f"), QStringLiteral("%e %M"), QStringLiteral("-o"), report,
                      program};
    timed += arguments;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"), timed);
    process.waitForFinished(-1);
    Measured m;
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    m.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    QFile file(report);
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = file.readAll().trimmed().split('\n').last().split(' ');
        if (parts.size() == 2)
            m.peakMegabytes = parts[1].toDouble() / 1024.0;
    }
    if (!m.ok)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardOutput().constData());
    return m;
}

void removeWorkspace(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList sizes{QStringLiteral("1000000")};
    QString dir = QDir::temp().filePath(QStringLiteral("clearsight-bench"));
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1StringView("--rows"))
            sizes = args[i + 1].split(QLatin1Char(','));
        else if (args[i] == QLatin1StringView("--dir"))
            dir = args[i + 1];
    }
    QDir().mkpath(dir);
    const QString cli = QStringLiteral(CLEARSIGHT_CLI_PATH);
    std::printf("%-10s %10s %10s %7s %12s %10s %10s %11s %10s\n", "rows", "sqlite3 s",
                "import s", "ratio", "rows/s", "sqlite3 MB", "import MB", "analysis s",
                "analysis MB");
    for (const QString &size : sizes) {
        const qint64 rows = size.toLongLong();
        const QString csv = QDir(dir).filePath(QStringLiteral("demo-%1.csv").arg(rows));
        if (!QFileInfo::exists(csv)) {
            DemoOptions options;
            options.rows = rows;
            const auto written = writeDemoDataset(csv, options);
            if (!written) {
                std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
                return 1;
            }
        }
        const QString plain = QDir(dir).filePath(QStringLiteral("plain-%1.db").arg(rows));
        const QString workspace =
            QDir(dir).filePath(QStringLiteral("bench-%1.clearsight").arg(rows));
        removeWorkspace(plain);
        removeWorkspace(workspace);
        const Measured sqlite =
            measure(QStringLiteral("sqlite3"),
                    {plain, QStringLiteral(".import --csv %1 declarations").arg(csv)});
        const Measured clearsight =
            measure(cli, {QStringLiteral("import"), csv, QStringLiteral("--db"), workspace});
        const Measured analysis = measure(cli, {QStringLiteral("analyze"), QStringLiteral("--db"), workspace});
        if (!sqlite.ok || !clearsight.ok || !analysis.ok)
            return 1;
        std::printf("%-10lld %10.2f %10.2f %7.2f %12.0f %10.1f %10.1f %11.2f %10.1f\n", rows,
                    sqlite.seconds, clearsight.seconds, sqlite.seconds / clearsight.seconds,
                    double(rows) / clearsight.seconds, sqlite.peakMegabytes,
                    clearsight.peakMegabytes, analysis.seconds, analysis.peakMegabytes);
        std::fflush(stdout);
        removeWorkspace(plain);
        removeWorkspace(workspace);
    }
    std::printf("ratio = sqlite3 .import time / clearsight-cli import time (above 1: ClearSight is "
                "faster); analysis = clearsight-cli analyze on the imported workspace\n");
    return 0;
}
