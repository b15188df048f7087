#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace clearsight::ui
{

// What the user asked for on the command line of `clearsight`.
struct StartupOptions {
    QString workspace;  // --db FILE
    QString view;       // --view NAME or NAME:ARGUMENT ("trader:TR300"); empty = the last tabs
    QString screenshot; // --screenshot PNG: render the window to PNG and exit
    QString language;   // --lang fr|es|en; empty = the system's language
    bool dark = false;  // --dark: a dark palette whatever the platform's
};

struct CommandLine {
    StartupOptions options;
    // Set when the program should stop at once: after --help or --version (0), or after a
    // usage error (2). The text has been printed.
    std::optional<int> exitCode;
};

// Parses the arguments (including the program name, as QCoreApplication::arguments() gives
// them). Help, version and usage errors are printed to stdout/stderr here.
CommandLine parseCommandLine(const QStringList &arguments);

// Must run before the QApplication exists: with --screenshot (or --help, --version) and no
// platform chosen (no -platform argument, no QT_QPA_PLATFORM), renders offscreen so no display
// is needed.
void prepareEnvironment(int argc, char **argv);

// Application name, organisation (for QSettings and the data folder), version and icon.
void setApplicationInfo();

} // namespace clearsight::ui
