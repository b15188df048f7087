#include "demoworkspacejob.h"

#include "jobprogressdialog.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>

namespace clearsight::ui
{

namespace
{
// buildDemoWorkspace reports per mille: the first half generates the records, the second
// imports them. Turn that back into records for the label.
QString progressText(qint64 permille, qint64 rows)
{
    const QLocale locale;
    if (permille < 500) {
        const qint64 records = rows * permille / 500;
        return QCoreApplication::translate("DemoWorkspaceJob",
                                           "Generating demo declarations: %1 of %2 records…")
            .arg(locale.toString(records), locale.toString(rows));
    }
    const qint64 records = rows * std::min<qint64>(permille - 500, 500) / 500;
    return QCoreApplication::translate("DemoWorkspaceJob",
                                       "Importing into the workspace: %1 of %2 records…")
        .arg(locale.toString(records), locale.toString(rows));
}
} // namespace

Result<WorkspaceInfo> buildDemoWorkspaceWithProgress(QWidget *parent, const QString &path,
                                                     qint64 rows)
{
    auto state = std::make_shared<JobProgress>();
    QProgressDialog dialog(parent);
    prepareJobDialog(dialog, QCoreApplication::translate("DemoWorkspaceJob", "Demo workspace"),
                     [state] { state->cancel = true; });
    dialog.setLabelText(progressText(0, rows));
    dialog.setMinimumDuration(0);
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60);

    QFutureWatcher<std::optional<Result<WorkspaceInfo>>> watcher;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, state, rows] {
        if (state->cancel)
            return;
        const qint64 done = state->done;
        dialog.setValue(int(std::clamp<qint64>(done, 0, 1000)));
        dialog.setLabelText(progressText(done, rows));
    });
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &dialog,
                     [&dialog] { dialog.done(QDialog::Accepted); });
    watcher.setFuture(QtConcurrent::run([path, rows, state]() {
        std::optional<Result<WorkspaceInfo>> result = buildDemoWorkspace(
            path, rows, [state](qint64 done, qint64 total) { return state->report(done, total); });
        return result;
    }));
    poll.start();
    if (!watcher.isFinished())
        dialog.exec();
    // Closed another way than by the job's end (Escape): that is a cancel too.
    if (!watcher.isFinished())
        state->cancel = true;
    watcher.waitForFinished();
    poll.stop();
    const std::optional<Result<WorkspaceInfo>> result = watcher.result();
    if (!result) {
        return makeError(Error::Code::Database,
                         QCoreApplication::translate("DemoWorkspaceJob",
                                                     "The demo workspace could not be built."));
    }
    return *result;
}

} // namespace clearsight::ui
