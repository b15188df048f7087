#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

class QProgressDialog;
class QString;

namespace clearsight::ui
{

// What a job on a worker thread reports and its dialog reads on a timer (no widget is touched
// from the worker): how far it is, and whether the user cancelled.
struct JobProgress {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};

    // The job's progress callback: records how far it is; false once cancelled.
    bool report(qint64 doneNow, qint64 totalNow)
    {
        done = doneNow;
        total = totalNow;
        return !cancel.load();
    }
};

// Sets up `dialog` for a job running on a worker thread: modal to its window, 0..1000, kept
// open until the job ends (no auto close or reset). Cancel calls `cancel` (which tells the job
// to stop), says "Cancelling…" and disables itself; the caller closes the dialog when the job
// has finished.
void prepareJobDialog(QProgressDialog &dialog, const QString &title,
                      const std::function<void()> &cancel);

} // namespace clearsight::ui
