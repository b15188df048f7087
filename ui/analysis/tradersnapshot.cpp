#include "tradersnapshot.h"

#include "store/connection.h"

namespace clearsight::ui
{

Result<TradersSnapshot> readTradersSnapshot(const QString &path)
{
    TradersSnapshot snapshot;
    {
        const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
        if (!connection)
            return connection.error();
        Result<std::vector<TraderScoreRecord>> traders =
            FlagRepository(connection.value()).traderScores();
        if (!traders)
            return traders.error();
        snapshot.traders = std::move(traders.value());
    }
    const Result<AnalysisState> state = readAnalysisState(path);
    if (!state)
        return state.error();
    snapshot.state = state.value();
    return snapshot;
}

} // namespace clearsight::ui
