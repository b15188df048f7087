#include "traderprofilereads.h"

#include <string>
#include <unordered_set>

namespace clearsight::traderprofile
{

std::optional<SummaryMonths> readSummaryMonths(sqlite3 *db, const QString &traderId, int fromMonth,
                                               int toMonth, qint64 itemsAllTime)
{
    // A pending rebuild (or a workspace from before the summaries) leaves them short.
    Statement pending(db, "SELECT 1 FROM settings WHERE key = 'summaries_need_rebuild'");
    if (!pending.ok() || pending.step() || pending.failed())
        return std::nullopt;
    // Without INDEXED BY the planner walks the primary key (kind, dim, value...) through every
    // trader's rows: 90 ms instead of 1 at 10 million rows.
    Statement s(db, "SELECT month, items, declarations, customs_value, duty_paid, inspected, "
                    "illicit, revenue_recovered, flagged, revenue_at_stake FROM summary_entity "
                    "INDEXED BY summary_entity_by_entity WHERE kind = 'trader' AND entity = ?1 "
                    "AND dim = '' AND value = '' AND (month = 0 OR month BETWEEN ?2 AND ?3)");
    if (!s.ok())
        return std::nullopt;
    s.bind(1, traderId);
    s.bind(2, qint64(fromMonth));
    s.bind(3, qint64(toMonth));
    SummaryMonths out;
    bool whole = false;
    while (s.step()) {
        TraderFigures f;
        f.items = s.integer(1);
        f.declarations = s.integer(2);
        f.customsValue = s.real(3);
        f.dutyPaid = s.real(4);
        f.inspected = s.integer(5);
        f.illicit = s.integer(6);
        f.revenueRecovered = s.real(7);
        f.flaggedItems = s.integer(8);
        f.revenueAtStake = s.real(9);
        if (s.integer(0) == 0) {
            out.whole = f;
            whole = true;
        } else {
            out.months[int(s.integer(0))] = f;
        }
    }
    if (s.failed() || !whole || out.whole.items != itemsAllTime)
        return std::nullopt;
    return out;
}

std::optional<std::vector<SummaryValue>> readSummaryValues(sqlite3 *db, const QString &traderId,
                                                           const char *dim)
{
    Statement s(db, "SELECT value, items, customs_value FROM summary_entity INDEXED BY "
                    "summary_entity_by_entity WHERE kind = 'trader' AND entity = ?1 AND dim = ?2 "
                    "AND month = 0");
    if (!s.ok())
        return std::nullopt;
    s.bind(1, traderId);
    s.bind(2, QString::fromLatin1(dim));
    std::vector<SummaryValue> out;
    while (s.step())
        out.push_back({s.text(0), s.integer(1), s.real(2)});
    if (s.failed())
        return std::nullopt;
    return out;
}

Result<std::vector<TraderDay>> readTraderDays(const QString &path, sqlite3 *db,
                                              const QString &traderId, const QString &from,
                                              const QString &to)
{
    Statement first(db, "SELECT date, id FROM declarations WHERE trader_id = ?1 AND date >= ?2 "
                        "AND date <= ?3 ORDER BY date, id LIMIT 1");
    Statement last(db, "SELECT id FROM declarations WHERE trader_id = ?1 AND date = ?2 "
                       "ORDER BY id DESC LIMIT 1");
    if (!first.ok() || !last.ok())
        return readError(path, db, "the trader's days");
    first.bind(1, traderId);
    first.bind(3, to);
    last.bind(1, traderId);
    std::vector<TraderDay> days;
    QString next = from;
    for (;;) {
        sqlite3_reset(first.get());
        first.bind(2, next);
        if (!first.step())
            break;
        TraderDay day{first.text(0), first.integer(1), first.integer(1)};
        sqlite3_reset(last.get());
        last.bind(2, day.date);
        if (last.step())
            day.lastId = last.integer(0);
        else if (last.failed())
            return readError(path, db, "the trader's days");
        // The smallest text after the day's: its date followed by U+0001.
        next = day.date + QChar(1);
        days.push_back(std::move(day));
    }
    if (first.failed())
        return readError(path, db, "the trader's days");
    return days;
}

qint64 countItems(sqlite3 *db, const QString &traderId, const QString &from,
                  const QString &toExclusive)
{
    Statement s(db, "SELECT COUNT(*) FROM declarations WHERE trader_id = ?1 AND date >= ?2 AND "
                    "date < ?3");
    if (!s.ok())
        return -1;
    s.bind(1, traderId);
    s.bind(2, from);
    s.bind(3, toExclusive);
    return s.step() ? s.integer(0) : -1;
}

Result<TraderFigures> readFigures(const QString &path, sqlite3 *db, const QString &traderId,
                                  const QString &from, const QString &toExclusive,
                                  const FlaggedItems &flagged)
{
    Statement s(db, "SELECT id, declaration_id, cif_value, duty_paid, inspected, outcome, "
                    "revenue_recovered FROM declarations WHERE trader_id = ?1 AND date >= ?2 AND "
                    "date < ?3");
    if (!s.ok())
        return readError(path, db, "part of a month");
    s.bind(1, traderId);
    s.bind(2, from);
    s.bind(3, toExclusive);
    TraderFigures f;
    std::unordered_set<std::string> declarations;
    while (s.step()) {
        const auto *reference = reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 1));
        const bool first =
            declarations
                .emplace(reference ? reference : "", size_t(sqlite3_column_bytes(s.get(), 1)))
                .second;
        const int inspected = s.isNull(4) ? -1 : int(s.integer(4));
        const QString outcome = s.text(5);
        const auto flag = flagged.find(s.integer(0));
        countItem(f, first, s.real(2), s.real(3), inspected, outcome.startsWith(QLatin1Char('I')),
                  s.real(6), flag == flagged.end() ? nullptr : &flag->second);
    }
    if (s.failed())
        return readError(path, db, "part of a month");
    return f;
}

} // namespace clearsight::traderprofile
