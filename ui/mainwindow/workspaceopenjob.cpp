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
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, state, name] {
        if (state->cancel)
            return;
        const qint64 done = state->done, total = state->total;
        const QLocale locale;
        dialog.setLabelText(
            QCoreApplication::translate("WorkspaceOpenJob",
                                        "Upgrading %1 for this version: filling the dashboard's "
                                        "summary tables (%2 of %3 declarations read)…")
                .arg(name, locale.toString(done), locale.toString(total)));
        dialog.setValue(total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 999)) : 0);
    });

    // std::optional: a future's value type must be default-constructible.
    QFutureWatcher<std::optional<Result<WorkspaceInfo>>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, state]() {
        return std::optional<Result<WorkspaceInfo>>(workspace::open(
            path, [state](qint64 done, qint64 total) { return state->report(done, total); }));
    }));
    poll.start();
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
    return *watcher.result();
}

} // namespace clearsight::ui
