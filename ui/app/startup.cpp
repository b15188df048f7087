#include "startup.h"

#include "colorscheme.h"
#include "common/appsettings.h"
#include "demo/demoworkspace.h"
#include "languages.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/viewregistry.h"
#include "screenshot.h"
#include "workspacedialogs.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace clearsight::ui
{

namespace
{
void printError(const QString &text)
{
    std::fprintf(stderr, "clearsight: %s\n", qPrintable(text));
    std::fflush(stderr);
}

// The demo workspace for a screenshot: built here, blocking, with progress on stderr.
Result<QString> screenshotDemoWorkspace()
{
    const QString path = defaultDemoWorkspacePath();
    if (QFileInfo::exists(path))
        return path;
    std::fprintf(
        stderr, "%s\n",
        qPrintable(QCoreApplication::translate("Startup", "Building the demo workspace %1…")
                       .arg(QDir::toNativeSeparators(path))));
    int lastTenth = -1;
    const Result<WorkspaceInfo> built =
        buildDemoWorkspace(path, demoWorkspaceRows, [&lastTenth](qint64 done, qint64 total) {
            const int tenth = total > 0 ? int(done * 10 / total) : 0;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                std::fprintf(stderr, "%d%%\r", tenth * 10);
            }
            return true;
        });
    std::fprintf(stderr, "\n");
    if (!built)
        return built.error();
    return path;
}

int runScreenshot(const StartupOptions &options, ViewRegistry registry)
{
    QString path = options.workspace;
    if (path.isEmpty()) {
        const Result<QString> demo = screenshotDemoWorkspace();
        if (!demo) {
            printError(demo.error().message);
            return 1;
        }
        path = demo.value();
    }
    MainWindow window(std::move(registry), MainWindow::Options{.persistent = false});
    window.setAttribute(Qt::WA_DontShowOnScreen);
    // Asked for before the workspace opens: the window then opens on that view alone.
    if (!options.view.isEmpty())
        window.showView(options.view);
    const Status opened = window.openWorkspace(path);
    if (!opened) {
        printError(opened.error().message);
        return 1;
    }
    window.resize(screenshotSize);
    window.show();
    const Status saved = saveScreenshot(window, options.screenshot);
    if (!saved) {
        printError(saved.error().message);
        return 1;
    }
    return 0;
}

// What to open once the window is on screen.
void openAtStart(MainWindow &window, const StartupOptions &options)
{
    if (!options.workspace.isEmpty()) {
        window.openOrWarn(options.workspace);
        return;
    }
    const QString last = appsettings::lastWorkspace();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        window.openOrWarn(last);
        return;
    }
    // The demo workspace is offered once; afterwards the welcome page offers it.
    if (appsettings::demoOffered())
        return;
    appsettings::setDemoOffered(true);
    switch (askFirstStart(&window)) {
    case FirstStartChoice::OpenDemo:
        window.openDemoWorkspace();
        break;
    case FirstStartChoice::OpenWorkspace:
        window.openWorkspaceDialog();
        break;
    case FirstStartChoice::Later:
        break;
    }
}
} // namespace

QString viewOptionError(const ViewRegistry &registry, const QString &key)
{
    if (key.isEmpty() || registry.resolve(key))
        return {};
    const ViewKey parsed = ViewKey::parse(key);
    if (registry.find(parsed.name)) {
        return QCoreApplication::translate("Startup",
                                           "The view '%1' takes no argument. Known views: %2.")
            .arg(parsed.name, registry.keyUsage());
    }
    return QCoreApplication::translate("Startup", "Unknown view '%1'. Known views: %2.")
        .arg(key, registry.keyUsage());
}

int run(const StartupOptions &options)
{
    installTranslations(options.language);
    if (options.dark)
        useDarkPalette();
    ViewRegistry registry = standardViews();
    if (const QString error = viewOptionError(registry, options.view); !error.isEmpty()) {
        printError(error);
        return 2;
    }
    if (!options.screenshot.isEmpty())
        return runScreenshot(options, std::move(registry));

    MainWindow window(std::move(registry));
    // Opens with the workspace: after the tabs of the last session, and made current.
    if (!options.view.isEmpty())
        window.showView(options.view);
    window.show();
    QTimer::singleShot(0, &window, [&window, &options] { openAtStart(window, options); });
    return QApplication::exec();
}

} // namespace clearsight::ui
