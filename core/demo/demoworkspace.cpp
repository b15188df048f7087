#include "demoworkspace.h"

#include "demogenerator.h"
#include "ingest/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace clearsight
{

QString defaultDemoWorkspacePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.clearsight"));
}

Result<WorkspaceInfo> buildDemoWorkspace(const QString &path, qint64 rows,
                                         const ProgressCallback &progress)
{
    // The CSV and its planted truth stay beside the workspace: the import's lineage points at
    // them, and the detectors can be scored against the truth.
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Store", "Cannot create the folder %1.")
                             .arg(info.absolutePath()));
    }
    const QString csv =
        info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
    // Generating takes about as long as importing: each gets half of the progress bar.
    DemoOptions options;
    options.rows = rows;
    const Result<DemoSummary> generated =
        writeDemoDataset(csv, options, [&progress](qint64 done, qint64 total) {
            return reportProgress(progress, total > 0 ? done * 500 / total : 0, 1000);
        });
    if (!generated)
        return generated.error();
    Result<WorkspaceInfo> created = workspace::create(path);
    if (!created)
        return created.error();
    const Result<ImportSummary> imported =
        importFile(path, csv, {}, [&progress](qint64 done, qint64 total) {
            return reportProgress(progress, 500 + (total > 0 ? done * 500 / total : 0), 1000);
        });
    if (!imported) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return imported.error();
    }
    return workspace::open(path);
}

} // namespace clearsight
