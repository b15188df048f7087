#pragma once

#include "commandline.h"

namespace clearsight::ui
{

// Runs the GUI as the options ask, once the QApplication exists; returns the exit code.
// Interactive: opens --db, else the last workspace, else offers the demo workspace once.
// With --screenshot: opens --db or the demo workspace (built first when missing), renders the
// window offscreen to the PNG and returns; never waits on a dialog (errors go to stderr, exit
// code 1).
int run(const StartupOptions &options);

class ViewRegistry;

// Why --view `key` cannot be shown (an unknown view, a trader without its id...), naming the
// forms that work; empty when it can.
QString viewOptionError(const ViewRegistry &registry, const QString &key);

} // namespace clearsight::ui
