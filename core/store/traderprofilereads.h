#pragma once

// Internal to core/store: what the files behind TraderProfileRepository::profile share. Errors,
// medians and the figures' arithmetic (traderprofilereads.cpp), then each file's reads under a
// heading that names the file. Statements are sqlitestatement.h's.

#include "common/result.h"
#include "store/sqlitestatement.h"
#include "store/traderprofilerepository.h"

#include <QDate>
#include <QString>

#include <sqlite3.h>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace clearsight::traderprofile
{

// Per flagged item (declarations row id), its largest revenue at stake.
using FlaggedItems = std::unordered_map<qint64, double>;

// A store error naming the workspace and what was being read.
Error readError(const QString &path, sqlite3 *db, const char *what);

// The median of `values` (reordered); nullopt when empty.
std::optional<double> median(std::vector<double> &values);

// Counts one item in `f`; `declaration` is true for the first item of a declaration reference
// within `f`. `flagRevenue`: the item's revenue at stake when it is flagged. addFigures adds
// (or, with sign -1, takes away) every figure of `from`.
void countItem(TraderFigures &f, bool declaration, double value, double duty, int inspected,
               bool illicit, double recovered, const double *flagRevenue);
void addFigures(TraderFigures &to, const TraderFigures &from, int sign = 1);

// The two ways of reading the trader's rows (traderprofilerowtally.cpp,
// traderprofilesampled.cpp).

// Reads every row of the trader in the period.
Status readAllRows(const QString &path, sqlite3 *db, TraderProfile &p, const FlaggedItems &flagged);

// A trader over the sample threshold: exact figures from the summary tables (and the parts of
// months the period or the halves' split cut, read or shared out), the rest from a sample of
// its rows. Returns false, having changed nothing, when the summaries cannot serve the trader
// or the period holds no more than the threshold: every row is then read.
Result<bool> readSampled(const Connection &connection, const TraderProfileOptions &options,
                         TraderProfile &p, const FlaggedItems &flagged);

// The sampled path's reads (traderprofilesampledreads.cpp).

// The trader's figures by month (YYYYMM) from the summary tables, for months in [fromMonth,
// toMonth], and over its whole active period. nullopt when the summaries cannot serve them: a
// workspace from before them, a rebuild pending, or figures that do not add up to the
// trader's `itemsAllTime` (the traders table).
struct SummaryMonths {
    std::map<int, TraderFigures> months; // months without items are missing
    TraderFigures whole;
};
std::optional<SummaryMonths> readSummaryMonths(sqlite3 *db, const QString &traderId, int fromMonth,
                                               int toMonth, qint64 itemsAllTime);

// One value of a dimension over the trader's whole active period, from the summary tables.
struct SummaryValue {
    QString value;
    qint64 items = 0;
    double customsValue = 0;
};
// `dim`: "hs_chapter", "origin", "declarant", "flow". nullopt on a read error.
std::optional<std::vector<SummaryValue>> readSummaryValues(sqlite3 *db, const QString &traderId,
                                                           const char *dim);

// A day of the trader's with the first and last row id of its items.
struct TraderDay {
    QString date;
    qint64 firstId = 0;
    qint64 lastId = 0;
};
// The trader's days in [from, to] (ISO dates), two seeks on the (trader_id, date) index each.
Result<std::vector<TraderDay>> readTraderDays(const QString &path, sqlite3 *db,
                                              const QString &traderId, const QString &from,
                                              const QString &to);

// The trader's items dated in [from, toExclusive) (ISO dates), counted on the (trader_id,
// date) index alone; -1 on a read error.
qint64 countItems(sqlite3 *db, const QString &traderId, const QString &from,
                  const QString &toExclusive);

// The exact figures of the trader's items dated in [from, toExclusive), read row by row.
Result<TraderFigures> readFigures(const QString &path, sqlite3 *db, const QString &traderId,
                                  const QString &from, const QString &toExclusive,
                                  const FlaggedItems &flagged);

// The sampled path's estimates (traderprofilesampledestimates.cpp).

// A month of the period cut into parts at the period's ends and at the halves' split, each
// in one half or outside the period (a sampled profile).
struct MonthPart {
    std::string from, toExclusive; // ISO dates
    int half = -1;                 // -1: outside the period
    qint64 items = 0;              // exact, from the index
    TraderFigures sample;          // the sampled rows' sums (parts in the period)
    TraderFigures figures;         // exact, or shared out by the sample
};
// The parts of `month` (its first day) for the period [from, to] split at `secondHalf`.
std::vector<MonthPart> monthParts(const QDate &month, const QDate &from, const QDate &to,
                                  const QDate &secondHalf);
// A part's figures as the sample shares out the month's (`monthSample`: the sampled rows'
// sums over the month); its item count stays exact.
TraderFigures apportion(const TraderFigures &month, const TraderFigures &monthSample,
                        const MonthPart &part);
// Caps the estimated counts of `f` (declarations, inspections, flagged items) to what is
// `left` of its month.
void capCounts(TraderFigures &f, const TraderFigures &left);
// A part's figures from its own sampled rows scaled to its exact item count, for a month also
// cut by the period (its parts outside the period are not sampled); from the month's by the
// part's share of items when the sample missed the part.
TraderFigures scaleSample(const TraderFigures &month, const MonthPart &part);
// Exact figures of the whole active period by value of one dimension (HS chapter, origin,
// declarant), split between the halves as the sample (`sampled`, scaled) splits each value,
// or as the trader's halves split when the sample holds none of it.
std::vector<MixTally> stratify(const std::vector<SummaryValue> &exact,
                               const std::vector<MixTally> &sampled, const TraderProfile &p);

// Peers' unit values (traderprofilepeers.cpp).

// Fills the peer figures of `groups` (HS6, flow and unit already set): a sample of other
// traders' items of each HS6 in [from, to], split at `secondHalf` (`walkFloor`:
// TraderProfileOptions::peerWalkFloor).
Status readPeerUnitValues(const QString &path, sqlite3 *db, const QString &traderId,
                          const QString &from, const QString &to, const QString &secondHalf,
                          qint64 walkFloor, std::vector<UnitValueTally> &groups);

// Standing and population (traderprofilestanding.cpp).

Result<TraderStanding> readStanding(const Connection &connection, const QString &traderId);

// Inspections of every trader over the whole months around [from, to]. Summaries holding
// fewer than `traderItems` items (not yet filled) are not used.
PopulationFigures readPopulation(const Connection &connection, const QString &from,
                                 const QString &to, qint64 traderItems);

} // namespace clearsight::traderprofile
