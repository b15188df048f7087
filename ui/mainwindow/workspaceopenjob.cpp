#include "workspaceopenjob.h"

#include "app/jobprogressdialog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>

namespace clearsight::ui
{

Result<WorkspaceInfo> openWorkspaceWithProgress(QWidget *parent, const QString &path)
{
    auto state = std::make_shared<JobProgress>();
    QProgressDialog dialog(parent);
    prepareJobDialog(dialog, QCoreApplication::translate("WorkspaceOpenJob", "Opening workspace"),
                     [state] { state->cancel = true; });
    dialog.setMinimumDuration(500); // a plain opening never shows it
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 70);

    const QString name = QFileInfo(path).fileName();
    QTimer poll;
    poll.setInterval(100);
    QEventLoop loop;
    bool waitingForDialog = true;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (waitingForDialog && dialog.isVisible())
            loop.quit(); // from now on the modal dialog holds the user's input
        if (state->cancel)
            return;
        const qint64 done = state->done, total = state->total;
        const QLocale locale;
        dialog.setLabelText(
            total > 0 ? QCoreApplication::translate(
                            "WorkspaceOpenJob", "Upgrading %1 for this version: filling the "
                                                "dashboard's summary tables (%2 of %3 declaration "
                                                "items read)…")
                            .arg(name, locale.toString(done), locale.toString(total))
                      : QCoreApplication::translate("WorkspaceOpenJob", "Opening %1…").arg(name));
        dialog.setValue(total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 999)) : 0);
    });

    // std::optional: a future's value type must be default-constructible.
    QFutureWatcher<std::optional<Result<WorkspaceInfo>>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, state]() {
        return std::optional<Result<WorkspaceInfo>>(workspace::open(
            path, [state](qint64 done, qint64 total) { return state->report(done, total); }));
    }));
    poll.start();
    // Until the dialog shows (after half a second), user input waits, so that no second opening
    // or quit starts under this one; then the window-modal dialog takes it, Cancel included.
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    waitingForDialog = false;
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
    // The loop may also end because the application quits: stop the job rather than wait.
    if (!watcher.isFinished())
        state->cancel = true;
    watcher.waitForFinished();
    return *watcher.result();
}

} // namespace clearsight::ui
