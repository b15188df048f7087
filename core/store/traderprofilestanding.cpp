#include "traderprofilereads.h"

#include "connection.h"
#include "store/flagrepository.h"

#include <QDate>
#include <QJsonDocument>

#include <algorithm>

namespace clearsight::traderprofile
{

Result<TraderStanding> readStanding(const Connection &connection, const QString &traderId)
{
    TraderStanding standing;
    const FlagRepository flags(connection);
    const auto run = flags.latestRun();
    if (!run)
        return run.error();
    standing.analysed = run.value().has_value();
    if (!standing.analysed)
        return standing;
    const auto version = flags.dataVersion();
    if (!version)
        return version.error();
    standing.stale = run.value()->dataVersion < version.value();

    sqlite3 *db = connection.handle();
    Statement total(db, "SELECT COUNT(*) FROM trader_scores");
    Statement score(db, "SELECT rank, risk_score, flags, flagged_items, revenue_at_stake, "
                        "hit_rate, top_reasons FROM trader_scores WHERE trader_id = ?1");
    if (!total.ok() || !score.ok() || !total.step())
        return readError(connection.path(), db, "the trader's standing");
    standing.rankedTraders = total.integer(0);
    score.bind(1, traderId);
    if (score.step()) {
        standing.ranked = true;
        standing.rank = int(score.integer(0));
        standing.riskScore = score.real(1);
        standing.flags = score.integer(2);
        standing.flaggedItems = score.integer(3);
        standing.revenueAtStake = score.real(4);
        if (!score.isNull(5))
            standing.hitRate = score.real(5);
        standing.topReasons = QJsonDocument::fromJson(score.text(6).toUtf8()).array();
        if (standing.rankedTraders > 0)
            standing.percentile = 100.0 * double(standing.rankedTraders - standing.rank) /
                                  double(standing.rankedTraders);
    } else if (score.failed()) {
        return readError(connection.path(), db, "the trader's standing");
    }
    return standing;
}

PopulationFigures readPopulation(const Connection &connection, const QString &from,
                                 const QString &to, qint64 traderItems)
{
    // Whole months: the summary tables answer those at once, any other period only by
    // reading every declaration.
    PopulationFigures population;
    const QDate last = QDate::fromString(to, Qt::ISODate);
    population.from = from.left(7) + QStringLiteral("-01");
    population.to = QDate(last.year(), last.month(), last.daysInMonth()).toString(Qt::ISODate);
    // The daily summary of every item: a range of its key, where the month-by-dimension
    // summary (SummaryRepository::summarize) would add up 60,000 rows at 10 million items.
    const auto day = [](const QString &date) {
        return qint64(QStringView(date).left(4).toInt()) * 10000 +
               QStringView(date).mid(5, 2).toInt() * 100 + QStringView(date).mid(8, 2).toInt();
    };
    Statement summary(connection.handle(),
                      "SELECT SUM(items), SUM(inspected), SUM(illicit), "
                      "TOTAL(revenue_recovered) FROM summary_daily WHERE dim = '' AND value = '' "
                      "AND day BETWEEN ?1 AND ?2");
    if (summary.ok()) {
        summary.bind(1, day(population.from));
        summary.bind(2, day(population.to));
        if (summary.step() && summary.integer(0) >= std::max<qint64>(traderItems, 1)) {
            population.items = summary.integer(0);
            population.inspected = summary.integer(1);
            population.illicit = summary.integer(2);
            population.revenueRecovered = summary.real(3);
            return population;
        }
    }
    // No summaries (an older workspace opened read-only): the last analysis run's tallies,
    // which cover the whole workspace.
    Statement s(connection.handle(), "SELECT TOTAL(items), TOTAL(inspected), TOTAL(illicit) "
                                     "FROM trader_scores");
    population.from.clear();
    population.to.clear();
    if (s.ok() && s.step()) {
        population.items = qint64(s.real(0));
        population.inspected = qint64(s.real(1));
        population.illicit = qint64(s.real(2));
    }
    return population;
}

} // namespace clearsight::traderprofile
