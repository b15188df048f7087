#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace clearsight
{

struct ImportOptions {
    bool force = false; // import a file whose content was imported before
    char separator = 0; // 0: detect from the header line
    QString encoding;   // empty: detect (utf-8, utf-16, latin1, windows-1252)
    QString profile;    // empty: detect from the header (built in or saved in the workspace)
};

// What became of a file's records. read = stored + rejected always holds.
struct ImportSummary {
    qint64 batchId = 0;
    QString fileName;
    QString sha256;
    QString profile;
    QString encoding;
    char separator = ',';
    QStringList warnings; // for the user: what was assumed or adjusted
    qint64 read = 0;
    qint64 stored = 0;
    qint64 rejected = 0;
    qint64 items = 0;
    qint64 findings = 0;
    qint64 duplicates = 0;
    double seconds = 0;
    // Wall time of each step (read and store, indexes, duplicates, references, commit).
    std::vector<std::pair<QString, double>> phases;
};

// Imports a declaration file into the workspace at workspacePath (which must exist) as one
// transaction: all of it lands, or none (on error or cancel the store is exactly as before).
// Every record is stored, with data-quality findings, or rejected with its line, column and
// reason. A file whose content was imported before is refused unless options.force.
// Progress is reported in bytes read. Runs in the calling thread with its own connection.
Result<ImportSummary> importFile(const QString &workspacePath, const QString &filePath,
                                 const ImportOptions &options = {},
                                 const ProgressCallback &progress = {});

} // namespace clearsight
