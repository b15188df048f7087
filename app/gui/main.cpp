// The ClearSight GUI: parses the arguments and hands over to ui.
#include "app/commandline.h"
#include "app/startup.h"

#include <QApplication>
#include <QThreadPool>

int main(int argc, char *argv[])
{
    using namespace clearsight::ui;
    prepareEnvironment(argc, argv); // offscreen rendering for --screenshot
    QApplication app(argc, argv);
    setApplicationInfo();
    const CommandLine commandLine = parseCommandLine(QApplication::arguments());
    if (commandLine.exitCode)
        return *commandLine.exitCode;
    const int result = run(commandLine.options);
    // Background reads own SQLite connections whose driver plugin leaves with the
    // application: let them finish before it goes.
    QThreadPool::globalInstance()->waitForDone();
    return result;
}
