#pragma once

#include <QString>

class QTemporaryDir;

namespace clearsight::uitest {

// A workspace in `dir` holding the six declaration items of a small canonical CSV written by
// the test (five declarations, three traders: "Acme Trading SARL" has three items, trader
// TR300 two exports). Returns the workspace path; fails the current test on error.
QString createSmallWorkspace(const QTemporaryDir &dir);

// Items the CSV holds, for the checks.
inline constexpr int smallWorkspaceItems = 6;
inline constexpr int smallWorkspaceAcmeItems = 3;
inline constexpr int smallWorkspaceExports = 2;

} // namespace clearsight::uitest
