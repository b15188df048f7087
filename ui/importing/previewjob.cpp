#include "previewjob.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace clearsight::ui
{

namespace
{
using PreviewResult = std::optional<Result<ImportPreview>>;
}

PreviewJob::PreviewJob(QObject *parent) : QObject(parent)
{
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    connect(m_delay, &QTimer::timeout, this, &PreviewJob::start);
}

void PreviewJob::request(const QString &workspacePath, const QString &filePath,
                         const PreviewOptions &options, std::chrono::milliseconds delay)
{
    m_workspacePath = workspacePath;
    m_filePath = filePath;
    m_options = options;
    ++m_generation; // whatever is still being read is obsolete
    setBusy(true);
    if (delay.count() > 0) {
        m_delay->start(delay);
        return;
    }
    m_delay->stop();
    start();
}

void PreviewJob::cancel()
{
    m_delay->stop();
    ++m_generation;
    setBusy(false);
}

void PreviewJob::start()
{
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const PreviewResult result = watcher->result();
        setBusy(false);
        if (result && result->ok())
            Q_EMIT ready(result->value());
        else
            Q_EMIT failed(result ? result->error().message : QString());
    });
    watcher->setFuture(QtConcurrent::run(
        [workspace = m_workspacePath, file = m_filePath, options = m_options]() -> PreviewResult {
            return previewImport(workspace, file, options);
        }));
}

void PreviewJob::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace clearsight::ui
