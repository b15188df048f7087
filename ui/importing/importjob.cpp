#include "importjob.h"

#include "ingest/importpreview.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace clearsight::ui
{

// Shared by the worker (writes) and the page (reads on a timer).
struct ImportJob::State {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
};

namespace
{
using ImportResult = std::optional<Result<ImportSummary>>;
}

ImportJob::ImportJob(QObject *parent) : QObject(parent) {}

// A running import keeps going on its own (it holds the state, not the job) and, asked to
// stop, rolls back.
ImportJob::~ImportJob()
{
    if (m_state)
        m_state->cancel = true;
}

void ImportJob::start(const QString &workspacePath, const QString &filePath,
                      const ImportOptions &options,
                      const std::optional<ImportProfile> &profileToSave)
{
    Q_ASSERT(!m_running);
    m_state = std::make_shared<State>();
    m_running = true;
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const ImportResult result = watcher->result();
        if (result) {
            Q_EMIT finished(*result);
            return;
        }
        Q_EMIT finished(makeError(
            Error::Code::Database,
            QCoreApplication::translate("ImportJob", "The import ended without a result.")));
    });
    watcher->setFuture(QtConcurrent::run(
        [workspacePath, filePath, options, profileToSave, state = m_state]() -> ImportResult {
            if (profileToSave) {
                if (Status saved = saveImportProfile(workspacePath, *profileToSave); !saved)
                    return Result<ImportSummary>(saved.error());
            }
            return importFile(workspacePath, filePath, options, [state](qint64 done, qint64 total) {
                state->done = done;
                state->total = total;
                return !state->cancel.load();
            });
        }));
}

void ImportJob::cancel()
{
    if (m_state)
        m_state->cancel = true;
}

bool ImportJob::isCancelRequested() const
{
    return m_state && m_state->cancel.load();
}

qint64 ImportJob::doneBytes() const
{
    return m_state ? m_state->done.load() : 0;
}

qint64 ImportJob::totalBytes() const
{
    return m_state ? m_state->total.load() : 0;
}

} // namespace clearsight::ui
