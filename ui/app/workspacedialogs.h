#pragma once

#include <QString>

class QWidget;

namespace clearsight::ui
{

// The dialogs around opening and creating workspaces. Only ui shows dialogs; these wrap the
// core calls (workspace::create, buildDemoWorkspace) with the questions and messages a user
// needs.

enum class FirstStartChoice { OpenDemo, OpenWorkspace, Later };

// First start without a workspace: offer the demo workspace.
FirstStartChoice askFirstStart(QWidget *parent);

// A workspace file chosen by the user; empty when cancelled.
QString askWorkspaceToOpen(QWidget *parent);

// Asks for a file name and creates an empty workspace there. Returns its path; empty when
// cancelled or when creating failed (the error has been shown).
QString askNewWorkspace(QWidget *parent);

// The demo workspace at defaultDemoWorkspacePath(), built first (with a progress dialog) when
// missing. Returns its path; empty when cancelled or failed (a failure has been shown).
QString prepareDemoWorkspace(QWidget *parent);

// A workspace that cannot be opened: what went wrong, from core's message.
void showWorkspaceError(QWidget *parent, const QString &path, const QString &message);

} // namespace clearsight::ui
