#include "dashboardreads.h"

#include "reference/referencedata.h"
#include "store/connection.h"

#include <QLocale>

namespace clearsight::ui
{

namespace
{
void nameGroups(SummaryDimension dimension, std::vector<SummaryRow> &rows)
{
    if (dimension != SummaryDimension::Origin && dimension != SummaryDimension::HsChapter)
        return;
    const ReferenceData &reference = ReferenceData::instance();
    for (SummaryRow &row : rows) {
        if (!row.label.isEmpty() && row.label != row.key)
            continue;
        const QString name = dimension == SummaryDimension::Origin
                                 ? reference.countryName(row.key.toLatin1(), QLocale().language())
                                 : reference.hsDescription(row.key);
        if (!name.isEmpty())
            row.label = name;
    }
}

Result<SummaryResult> summarize(const Connection &connection, SummaryDimension dimension,
                                const SummaryFilter &filter, int limit)
{
    Result<SummaryResult> result =
        SummaryRepository(connection).summarize(dimension, filter, limit);
    if (result)
        nameGroups(dimension, result->rows);
    return result;
}
} // namespace

Result<SummaryResult> readSummary(const QString &path, SummaryDimension dimension,
                                  const SummaryFilter &filter, int limit)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    return summarize(connection.value(), dimension, filter, limit);
}

Result<DashboardChoices> readChoices(const QString &path)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    DashboardChoices choices;
    const std::pair<SummaryDimension, std::vector<SummaryRow> *> lists[] = {
        {SummaryDimension::Office, &choices.offices},
        {SummaryDimension::HsChapter, &choices.chapters},
        {SummaryDimension::Origin, &choices.origins},
        {SummaryDimension::Trader, &choices.traders},
        {SummaryDimension::Declarant, &choices.declarants}};
    for (const auto &[dimension, rows] : lists) {
        Result<SummaryResult> result = summarize(connection.value(), dimension, {}, 0);
        if (!result)
            return result.error();
        *rows = std::move(result->rows);
    }
    return choices;
}

} // namespace clearsight::ui
