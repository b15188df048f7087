#pragma once

#include "ingest/importer.h"
#include "ingest/importpreview.h"

#include <QString>

#include <optional>
#include <vector>

namespace clearsight::ui
{

// The wizard's pages, in order (QWizard page ids).
enum ImportPageId : int {
    FilePageId,
    SettingsPageId,
    MappingPageId,
    ProgressPageId,
    SummaryPageId
};

// What the import wizard's pages decide together, one page after the other: the file, how to
// read it, the mapping, and finally what the import did. Owned by ImportWizard; each page
// holds a pointer to it. Lives in the UI thread: jobs get copies of what they need.
struct ImportSession {
    QString workspacePath;
    QString filePath;

    // Settings page. Empty or 0: detect.
    QString encoding;
    char separator = 0;
    QString profileName;
    bool mapColumns = false; // the user chose "Map columns myself"

    // The profiles the workspace offers (built in, then saved), once read.
    std::vector<ImportProfile> profiles;
    // The last preview of the settings page: what was detected, which profile fits.
    std::optional<ImportPreview> preview;

    // Mapping page: the profile the user made. The import can only name a profile, so this one
    // is saved in the workspace (under its name) just before the import reads the file.
    std::optional<ImportProfile> mapping;

    bool force = false; // import a file whose content was imported before
    std::optional<ImportSummary> summary;

    // True when the columns must be mapped by hand: asked for, or no profile fits the file.
    bool needsMapping() const;
    PreviewOptions previewOptions() const;
    ImportOptions importOptions() const;
    // The profile to save before importing, if the user mapped the columns.
    std::optional<ImportProfile> profileToSave() const;
};

} // namespace clearsight::ui
