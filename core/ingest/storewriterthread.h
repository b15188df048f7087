#pragma once

#include "common/result.h"
#include "ingest/rowbatch.h"

#include <array>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace clearsight
{

class DeclarationWriter;

// Stores RowBatches on a thread of its own while the import's thread reads and normalises the
// next ones: on two cores the two halves of an import overlap. The writer's connection must
// not be used by anyone else until finish() returns. Batches come from a small pool, so memory
// stays flat however long the file.
class StoreWriterThread
{
public:
    StoreWriterThread(DeclarationWriter &writer, qint64 batchId);
    ~StoreWriterThread();
    StoreWriterThread(const StoreWriterThread &) = delete;
    StoreWriterThread &operator=(const StoreWriterThread &) = delete;

    // An empty batch to fill; waits while all are queued. nullptr once the writer has failed.
    RowBatch *emptyBatch();
    void submit(RowBatch *batch);
    // Runs `task` on the writer's thread, between two batches (it may use the writer's
    // connection); its error fails the import like a batch's.
    void submitTask(std::function<Status()> task);
    // Stores what was submitted, stops the thread, and reports the first error, if any.
    Status finish();

    qint64 firstRowId() const { return m_firstRowId; }
    qint64 lastRowId() const { return m_lastRowId; }

private:
    void run();

    DeclarationWriter &m_writer;
    qint64 m_batchId;
    std::array<RowBatch, 3> m_pool;
    std::deque<RowBatch *> m_empty;
    std::deque<RowBatch *> m_full;
    std::deque<std::function<Status()>> m_tasks;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_closing = false;
    std::optional<Error> m_error;
    qint64 m_firstRowId = 0;
    qint64 m_lastRowId = 0;
    std::thread m_thread;
};

} // namespace clearsight
