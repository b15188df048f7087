#include "storewriterthread.h"

namespace clearsight
{

StoreWriterThread::StoreWriterThread(DeclarationWriter &writer, qint64 batchId)
    : m_writer(writer), m_batchId(batchId)
{
    for (RowBatch &batch : m_pool)
        m_empty.push_back(&batch);
    m_thread = std::thread([this] { run(); });
}

StoreWriterThread::~StoreWriterThread()
{
    finish();
}

RowBatch *StoreWriterThread::emptyBatch()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_empty.empty() || m_error; });
    if (m_error)
        return nullptr;
    RowBatch *batch = m_empty.front();
    m_empty.pop_front();
    batch->clear();
    return batch;
}

void StoreWriterThread::submit(RowBatch *batch)
{
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(batch);
    }
    m_changed.notify_all();
}

void StoreWriterThread::submitTask(std::function<Status()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_changed.notify_all();
}

Status StoreWriterThread::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        return *m_error;
    return Done{};
}

void StoreWriterThread::run()
{
    while (true) {
        RowBatch *batch = nullptr;
        std::function<Status()> task;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock,
                           [this] { return !m_full.empty() || !m_tasks.empty() || m_closing; });
            // A task first: while it runs, the reader fills the pool's batches and waits, so
            // no more than one task's data is pending (the summaries' cells: bounded memory).
            if (!m_tasks.empty()) {
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            } else if (!m_full.empty()) {
                batch = m_full.front();
                m_full.pop_front();
            } else {
                return;
            }
        }
        const bool failed = bool(m_error);
        const Status status = failed  ? Status(Done{})
                              : batch ? batch->write(m_writer, m_batchId, m_firstRowId, m_lastRowId)
                                      : task();
        {
            std::lock_guard lock(m_mutex);
            if (!status && !m_error)
                m_error = status.error();
            if (batch)
                m_empty.push_back(batch);
        }
        m_changed.notify_all();
    }
}

} // namespace clearsight
