#pragma once

#include "common/result.h"
#include "ingest/importprofile.h"

#include <QString>

#include <vector>

namespace clearsight
{

class SourceFile;

// Chooses the import profile for a file: the one asked for by name (built in or saved in the
// workspace), else the one whose signature the header carries. The canonical profile is bound
// to the canonical names the header has. Open choices (date layouts, decimal commas) are
// fitted to the file's first records. Fails, naming the file, when nothing fits: the user
// then maps the columns in the import wizard.
Result<ImportProfile> resolveProfile(const SourceFile &source, const QString &requested,
                                     const std::vector<ImportProfile> &saved);

} // namespace clearsight
