#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QString>

namespace clearsight
{

// Customs value basis of the administration (DOMAIN.md): CIF as in the EU, FOB as in the US.
enum class ValuationBasis { Cif, Fob };

struct WorkspaceSettings {
    QString nationalCurrency = QStringLiteral("EUR");
    ValuationBasis valuationBasis = ValuationBasis::Cif;
};

struct WorkspaceInfo {
    QString path;
    int schemaVersion = 0;
    int upgradedFrom = 0; // schema version before open() upgraded it; equal when nothing changed
    WorkspaceSettings settings;
};

// A workspace is one SQLite file. These functions check, create and upgrade it; work on its
// contents goes through a Connection and the repositories.
namespace workspace
{

// Creates a new workspace at `path`, which must not exist yet. The file is readable and
// writable by its owner only, in WAL mode, at the current schema version.
Result<WorkspaceInfo> create(const QString &path, const WorkspaceSettings &settings = {});

// Checks that `path` is a ClearSight workspace this build can read and upgrades an older
// schema in place. A file that is not a ClearSight database, or one written by a newer
// version, gives an error naming the file and is left untouched. An upgrade that has to fill
// the summary tables reads every declaration (minutes at 10 million rows): `progress` reports
// the rows read and may cancel (the workspace stays marked and is filled at the next opening).
Result<WorkspaceInfo> open(const QString &path, const ProgressCallback &progress = {});

// open() when the file exists, create() otherwise.
Result<WorkspaceInfo> openOrCreate(const QString &path, const WorkspaceSettings &settings = {});

} // namespace workspace

QString valuationBasisKey(ValuationBasis basis);

} // namespace clearsight
