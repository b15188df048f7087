#include "analysisstate.h"

#include "analysis/analysisrunner.h"
#include "store/connection.h"
#include "store/flagrepository.h"

namespace clearsight::ui
{

Result<AnalysisState> readAnalysisState(const QString &path)
{
    AnalysisState state;
    {
        const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
        if (!connection)
            return connection.error();
        const auto run = FlagRepository(connection.value()).latestRun();
        if (!run)
            return run.error();
        state.hasRun = run.value().has_value();
    }
    const Result<bool> stale = analysisIsStale(path);
    if (!stale)
        return stale.error();
    state.stale = stale.value();
    return state;
}

} // namespace clearsight::ui
