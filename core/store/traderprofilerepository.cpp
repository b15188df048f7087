#include "traderprofilerepository.h"

#include "connection.h"
#include "traderprofilereads.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>

namespace clearsight
{


QString mixDimensionKey(MixDimension dimension)
{
    switch (dimension) {
    case MixDimension::HsChapter:
        return QStringLiteral("hs_chapter");
    case MixDimension::Origin:
        return QStringLiteral("origin");
    case MixDimension::Partner:
        return QStringLiteral("partner");
    case MixDimension::Incoterm:
        return QStringLiteral("incoterm");
    case MixDimension::Declarant:
        return QStringLiteral("declarant");
    case MixDimension::Count:
        break;
    }
    return {};
}

std::optional<double> PopulationFigures::hitRate() const
{
    return inspected > 0 ? std::optional<double>(double(illicit) / double(inspected))
                         : std::nullopt;
}

namespace
{

Error invalid(const QString &message)
{
    return makeError(Error::Code::InvalidArgument, message);
}

} // namespace

Result<TraderProfile> TraderProfileRepository::profile(const TraderProfileRequest &request) const
{
    sqlite3 *db = m_connection.handle();
    const QString &path = m_connection.path();
    TraderProfile p;
    TraderIdentity &id = p.identity;
    {
        Statement s(db, "SELECT COALESCE(trader_name, ''), COALESCE(trader_address, ''), items, "
                        "COALESCE(first_date, ''), COALESCE(last_date, '') FROM traders "
                        "WHERE trader_id = ?1");
        if (!s.ok())
            return traderprofile::readError(path, db, "the trader");
        s.bind(1, request.traderId);
        if (!s.step()) {
            if (s.failed())
                return traderprofile::readError(path, db, "the trader");
            return invalid(QCoreApplication::translate("Store",
                                                       "%1: unknown trader '%2': no "
                                                       "declaration carries this trader ID.")
                               .arg(path, request.traderId));
        }
        id.traderId = request.traderId;
        id.name = s.text(0);
        id.address = s.text(1);
        id.itemsAllTime = s.integer(2);
        id.firstDate = s.text(3);
        id.lastDate = s.text(4);
    }
    p.from = request.from.isEmpty() ? id.firstDate : request.from;
    p.to = request.to.isEmpty() ? id.lastDate : request.to;
    const QDate from = QDate::fromString(p.from, Qt::ISODate);
    const QDate to = QDate::fromString(p.to, Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to)
        return invalid(QCoreApplication::translate("Store", "The period %1 to %2 is not a valid "
                                                            "period: give ISO dates (YYYY-MM-DD), "
                                                            "the first not after the second.")
                           .arg(p.from, p.to));
    p.secondHalf = from.addDays((from.daysTo(to) + 1) / 2).toString(Qt::ISODate);
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        p.months.push_back({month.toString(QStringLiteral("yyyy-MM")), {}});

    FlagQuery flagQuery;
    flagQuery.traderId = request.traderId;
    flagQuery.dateFrom = p.from;
    flagQuery.dateTo = p.to;
    auto flags = FlagRepository(m_connection).flags(flagQuery);
    if (!flags)
        return flags.error();
    p.flags = std::move(flags.value());
    traderprofile::FlaggedItems flagged;
    for (const FlagRecord &f : p.flags) {
        double &revenue = flagged[f.rowId];
        revenue = std::max(revenue, f.revenueAtStake.value_or(0.0));
    }

    bool sampled = false;
    if (id.itemsAllTime > m_options.sampleThreshold) {
        const Result<bool> read = traderprofile::readSampled(m_connection, m_options, p, flagged);
        if (!read)
            return read.error();
        sampled = read.value();
    }
    if (!sampled) {
        if (const Status read = traderprofile::readAllRows(path, db, p, flagged); !read)
            return read.error();
    }

    if (const Status peers =
            traderprofile::readPeerUnitValues(path, db, request.traderId, p.from, p.to,
                                              p.secondHalf, m_options.peerWalkFloor, p.unitValues);
        !peers)
        return peers.error();

    Result<TraderStanding> standing = traderprofile::readStanding(m_connection, request.traderId);
    if (!standing)
        return standing.error();
    p.standing = std::move(standing.value());
    p.population = traderprofile::readPopulation(m_connection, p.from, p.to, p.total.items);
    return p;
}

Result<std::vector<TraderProfileRepository::TraderMatch>>
TraderProfileRepository::findTraders(const QString &prefix, int limit) const
{
    QString pattern = prefix.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern += QLatin1Char('%');
    Statement s(m_connection.handle(),
                "SELECT trader_id, COALESCE(trader_name, ''), items FROM traders "
                "WHERE trader_id LIKE ?1 ESCAPE '\\' OR trader_name LIKE ?1 ESCAPE '\\' "
                "ORDER BY trader_id LIKE ?1 ESCAPE '\\' DESC, items DESC, trader_id LIMIT ?2");
    if (!s.ok())
        return traderprofile::readError(m_connection.path(), m_connection.handle(), "traders");
    s.bind(1, pattern);
    s.bind(2, qint64(limit));
    std::vector<TraderMatch> out;
    while (s.step())
        out.push_back({s.text(0), s.text(1), s.integer(2)});
    if (s.failed())
        return traderprofile::readError(m_connection.path(), m_connection.handle(), "traders");
    return out;
}

} // namespace clearsight
