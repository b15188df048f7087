#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace clearsight::uitest
{

// A workspace in `dir` holding the six declaration items of a small canonical CSV written by
// the test (five declarations, three traders: "Acme Trading SARL" has three items, trader
// TR300 two exports). Returns the workspace path; fails the current test on error.
QString createSmallWorkspace(const QTemporaryDir &dir);

// The small workspace, then a second file imported as batch 2 (findingsBatchId): one item
// whose net weight is above its gross weight, one whose customs value is below its FOB value,
// one clean item, and one record rejected for its impossible date. Returns the workspace path.
QString createWorkspaceWithFindings(const QTemporaryDir &dir);
inline constexpr qint64 findingsBatchId = 2;

// A canonical CSV of `rows` clean items at `path`: big enough (a few MB for 20,000 rows) that
// an import is still running when a test cancels it.
void writeCanonicalCsv(const QString &path, int rows);

// Collects what QAbstractItemModelTester reports (category qt.modeltest) while it lives, so a
// broken model contract fails the test instead of scrolling by as a warning.
class ModelTestMessages
{
public:
    ModelTestMessages();
    ~ModelTestMessages();
    QStringList messages() const;
};

// Items the CSV holds, for the checks.
inline constexpr int smallWorkspaceItems = 6;
inline constexpr int smallWorkspaceAcmeItems = 3;
inline constexpr int smallWorkspaceExports = 2;

} // namespace clearsight::uitest
