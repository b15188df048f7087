#pragma once

#include "common/result.h"

namespace clearsight
{

class Connection;

// The ClearSight marker in the SQLite header (PRAGMA application_id): "CLSI".
inline constexpr int workspaceApplicationId = 0x434C5349;

// The schema version this build writes and reads (PRAGMA user_version).
int currentSchemaVersion();

// Brings a workspace from its version to currentSchemaVersion(), applying each migration in
// order in its own transaction, and stamps the new version. A failed step rolls back and leaves
// the file at the last completed version.
Status migrateToCurrent(const Connection &connection);

// Applies migrations up to and including `targetVersion` only (used by tests of the migrations).
Status migrateTo(const Connection &connection, int targetVersion);

// PRAGMA user_version of the connected file.
Result<int> schemaVersion(const Connection &connection);

} // namespace clearsight
