#include "traderprofilesnapshot.h"

#include "store/connection.h"

namespace clearsight::ui
{

Result<TraderSnapshot> readTraderSnapshot(const QString &path, const TraderProfileRequest &request)
{
    TraderSnapshot snapshot;
    {
        const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
        if (!connection)
            return connection.error();
        Result<TraderProfile> profile =
            TraderProfileRepository(connection.value()).profile(request);
        if (!profile)
            return profile.error();
        snapshot.report.profile = std::move(profile.value());
    }
    snapshot.report.behaviour = compareHalves(snapshot.report.profile);
    const Result<AnalysisState> state = readAnalysisState(path);
    if (!state)
        return state.error();
    snapshot.state = state.value();
    return snapshot;
}

Result<std::vector<TraderProfileRepository::TraderMatch>>
findTraderMatches(const QString &path, const QString &prefix, int limit)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    return TraderProfileRepository(connection.value()).findTraders(prefix, limit);
}

} // namespace clearsight::ui
