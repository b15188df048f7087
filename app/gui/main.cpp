// The ClearSight GUI: parses the arguments and hands over to ui.
#include "app/commandline.h"
#include "app/startup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    using namespace clearsight::ui;
    prepareEnvironment(argc, argv); // offscreen rendering for --screenshot
    QApplication app(argc, argv);
    setApplicationInfo();
    const CommandLine commandLine = parseCommandLine(QApplication::arguments());
    if (commandLine.exitCode)
        return *commandLine.exitCode;
    return run(commandLine.options);
}
