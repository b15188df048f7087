#pragma once

#include <QtGlobal>

#include <functional>

namespace clearsight
{

// Progress of a long job: called with work done and total (total may be 0 when unknown).
// Returning false asks the job to stop; the job then undoes what it did and returns
// Error::Code::Cancelled. Called from the job's own thread.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

inline bool reportProgress(const ProgressCallback &progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace clearsight
