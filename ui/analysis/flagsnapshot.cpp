#include "flagsnapshot.h"

#include "domain/canonicalschema.h"
#include "store/connection.h"
#include "store/declarationdetails.h"

namespace clearsight::ui
{

FlagQuery flagQuery(const AnalysisViewFilter &filter, const std::vector<FlagKind> &kinds)
{
    FlagQuery query;
    query.kinds = kinds;
    query.traderId = filter.traderId;
    query.dateFrom = filter.dateFrom;
    query.dateTo = filter.dateTo;
    query.office = filter.office;
    query.hsChapter = filter.hsChapter;
    query.origin = filter.origin;
    return query;
}

Result<FlagsSnapshot> readFlags(const QString &path, const AnalysisViewFilter &filter,
                                const std::vector<FlagKind> &kinds, bool withIncoterm)
{
    FlagsSnapshot snapshot;
    {
        const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
        if (!connection)
            return connection.error();
        Result<std::vector<FlagRecord>> records =
            FlagRepository(connection.value()).flags(flagQuery(filter, kinds));
        if (!records)
            return records.error();
        snapshot.flags.reserve(records->size());
        for (FlagRecord &record : records.value()) {
            FlagItem item;
            if (withIncoterm) {
                // The flag list does not carry the item's Incoterm and mode: read per item.
                const Result<DeclarationDetails> details =
                    declarationDetails(connection.value(), record.rowId);
                if (!details)
                    return details.error();
                item.incoterm = details->values[size_t(CanonicalColumn::Incoterm)].toString();
                item.mode = details->values[size_t(CanonicalColumn::TransportMode)].toString();
            }
            item.record = std::move(record);
            snapshot.flags.push_back(std::move(item));
        }
    }
    const Result<AnalysisState> state = readAnalysisState(path);
    if (!state)
        return state.error();
    snapshot.state = state.value();
    return snapshot;
}

} // namespace clearsight::ui
