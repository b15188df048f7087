#pragma once

#include "common/result.h"
#include "ingest/importprofile.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace clearsight
{

// How one sample record will be stored: its canonical values as the import would read them,
// or why it would be rejected, and the findings it would carry.
struct PreviewRow {
    qint64 line = 0;
    std::vector<QString> source;  // the source fields as written
    std::vector<QVariant> values; // canonical values (null when empty), in canonical order
    QString rejection;            // empty when the record would be stored
    QStringList findings;         // finding keys
};

// What the import wizard shows before anything is stored.
struct ImportPreview {
    QString encoding; // detected or given, e.g. "windows-1252"
    char separator = ',';
    QStringList header; // as written
    QStringList normalisedHeader;
    std::optional<ImportProfile> profile; // the profile that would be used; unset: none fits
    QString profileProblem;               // why no profile fits (to show the user)
    std::vector<PreviewRow> rows;
};

struct PreviewOptions {
    char separator = 0;  // 0: detect
    QString encoding;    // empty: detect
    QString profileName; // empty: detect
    // A profile being edited in the wizard: previewed instead of any named or detected one.
    std::optional<ImportProfile> profile;
    int rows = 20;
};

// Reads the start of a file as the import would and shows how its first records would be
// stored, without writing anything. workspacePath supplies the saved profiles (may be empty).
Result<ImportPreview> previewImport(const QString &workspacePath, const QString &filePath,
                                    const PreviewOptions &options = {});

// Saves a profile made in the wizard in the workspace, where imports (and the CLI's
// --profile NAME) find it. Its signature defaults to the names of the columns it reads.
Status saveImportProfile(const QString &workspacePath, ImportProfile profile);

// The profiles a workspace offers: built in, then saved.
Result<std::vector<ImportProfile>> availableProfiles(const QString &workspacePath);

} // namespace clearsight
