#pragma once

#include <functional>

class QProgressDialog;
class QString;

namespace clearsight::ui
{

// Sets up `dialog` for a job running on a worker thread: modal to its window, 0..1000, kept
// open until the job ends (no auto close or reset). Cancel calls `cancel` (which tells the job
// to stop), says "Cancelling…" and disables itself; the caller closes the dialog when the job
// has finished.
void prepareJobDialog(QProgressDialog &dialog, const QString &title,
                      const std::function<void()> &cancel);

} // namespace clearsight::ui
