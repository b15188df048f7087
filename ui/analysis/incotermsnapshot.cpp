#include "incotermsnapshot.h"

#include "store/connection.h"

namespace clearsight::ui
{

const std::vector<FlagKind> &incotermFlagKinds()
{
    static const std::vector<FlagKind> kinds = {FlagKind::MissingFreight, FlagKind::DoubleFreight,
                                                FlagKind::ModeMismatch, FlagKind::IncotermDeviation,
                                                FlagKind::IncotermSwitch};
    return kinds;
}

Result<IncotermSnapshot> readIncotermSnapshot(const QString &path, const AnalysisViewFilter &filter)
{
    IncotermSnapshot snapshot;
    {
        const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
        if (!connection)
            return connection.error();
        const AnalysisViewRepository repository(connection.value());
        Result<std::vector<IncotermModeCell>> matrix = repository.incotermModeMatrix(filter);
        if (!matrix)
            return matrix.error();
        snapshot.matrix = std::move(matrix.value());
        Result<std::vector<FreightShareStats>> freight = repository.freightShares(filter);
        if (!freight)
            return freight.error();
        snapshot.freight = std::move(freight.value());
    }
    Result<FlagsSnapshot> flags = readFlags(path, filter, incotermFlagKinds(), true);
    if (!flags)
        return flags.error();
    snapshot.flags = std::move(flags.value());
    return snapshot;
}

Result<std::vector<IncotermUsage>> readIncotermUsage(const QString &path, const QString &traderId)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    return AnalysisViewRepository(connection.value()).incotermUsage(traderId);
}

} // namespace clearsight::ui
