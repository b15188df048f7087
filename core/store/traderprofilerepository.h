#pragma once

#include "common/result.h"
#include "store/flagrepository.h"

#include <QJsonArray>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace clearsight
{

class Connection;

// What to profile: one trader over a period (ISO dates, inclusive). An empty end takes the
// trader's own first or last date, so the default is its whole active period.
struct TraderProfileRequest {
    QString traderId;
    QString from;
    QString to;
};

// Tallies of a set of the trader's declaration items. Money in the national currency.
struct TraderFigures {
    qint64 items = 0;
    qint64 declarations = 0; // distinct declaration references
    double customsValue = 0;
    double dutyPaid = 0;
    qint64 inspected = 0; // documentary or physical control with a recorded result
    qint64 illicit = 0;
    double revenueRecovered = 0;
    qint64 flaggedItems = 0;   // items with at least one analysis flag
    double revenueAtStake = 0; // per flagged item, its largest revenue at stake
};

// A spelling of the trader's name or address and how many items carry it.
struct TextCount {
    QString text;
    qint64 items = 0;
};

struct TraderIdentity {
    QString traderId;
    QString name; // as the traders table keeps it
    QString address;
    QString firstDate, lastDate; // the whole active period, whatever period is profiled
    qint64 itemsAllTime = 0;
    std::vector<TextCount> names;     // spellings seen in the period, most items first
    std::vector<TextCount> addresses; // the same for addresses
    std::vector<TextCount> flows;     // "IM", "EX"
};

struct TraderMonth {
    QString month; // YYYY-MM
    TraderFigures figures;
};

// The dimensions whose mix the profile compares between the two halves of the period.
enum class MixDimension { HsChapter, Origin, Partner, Incoterm, Declarant, Count };
inline constexpr int mixDimensionCount = int(MixDimension::Count);
// "hs_chapter", "origin", "partner", "incoterm", "declarant": for JSON and settings.
QString mixDimensionKey(MixDimension dimension);

// One value of a mix dimension (an HS chapter, a country...) in each half of the period.
struct MixTally {
    QString key; // the code ("CN"); a partner's key is "name (country)"
    std::array<qint64, 2> items{};
    std::array<double, 2> customsValue{};
};

// The trader's unit values in one HS6 against other traders' (same flow, HS6 and unit) over
// the same period. Medians of customs value per quantity unit; the peers' from a sample of
// at most TraderProfileRepository::peerSampleTarget items, in each half when both have data.
struct UnitValueTally {
    QString flow; // IM, EX
    QString hs6;
    QString unit;
    double customsValue = 0;       // the trader's, in the period
    std::array<qint64, 2> items{}; // the trader's items with a usable unit value
    // The unit values behind the trader's medians: `items`, or in a sampled profile (where
    // `items` and `customsValue` are scaled estimates) the sampled rows.
    std::array<qint64, 2> values{};
    std::optional<double> median; // the trader's, whole period
    std::array<std::optional<double>, 2> halfMedian;
    qint64 peerItems = 0;  // peer items in the HS6 (all periods, flows)
    qint64 peerSample = 0; // sampled peer items with a usable unit value
    std::optional<double> peerMedian;
    std::array<std::optional<double>, 2> peerHalfMedian;
};

// The trader's standing from the last analysis run (table trader_scores).
struct TraderStanding {
    bool analysed = false; // the analyses have run on this workspace
    bool stale = false;    // they ran before the last import
    bool ranked = false;   // the trader has a score
    int rank = 0;          // 1 = riskiest
    qint64 rankedTraders = 0;
    double percentile = 0; // share of ranked traders below it, 0-100
    double riskScore = 0;
    qint64 flags = 0; // over the whole workspace, as the run counted them
    qint64 flaggedItems = 0;
    double revenueAtStake = 0;
    std::optional<double> hitRate; // the run's smoothed hit rate
    QJsonArray topReasons;         // [{kind, count, revenue}]
};

// Inspection figures of every trader, for the hit rate's comparison.
struct PopulationFigures {
    QString from, to; // the whole months the figures cover
    qint64 items = 0;
    qint64 inspected = 0;
    qint64 illicit = 0;
    double revenueRecovered = 0;
    std::optional<double> hitRate() const;
};

// How the profile was read. A trader with at most TraderProfileOptions::sampleThreshold items
// in the period: every row, all figures exact. A larger one: the summary tables give the exact
// totals, months, inspections and flagged items, and the mixes of the whole active period by
// HS chapter, origin and declarant (and the flows) when the period covers all of it; a sample
// of its rows gives the rest, scaled to those exact figures: each mix's split between the
// halves, the partner and Incoterm mixes, the name and address spellings, the unit values and
// the count of unusable values. The sample is the trader's rows in the period whose id falls
// in a window: id % windowSpan < windowWidth, one row id in `every`.
struct TraderSampling {
    bool sampled = false;
    qint64 items = 0; // rows in the sample
    qint64 every = 1;
    qint64 windowWidth = 0;
    qint64 windowSpan = 0;
    // A month cut by the split between the halves (or by the period's ends) is read whole
    // when all but one of its parts are small, the last part being the month's summary minus
    // them; when not, the sample shares the month's figures out between its parts (their
    // item counts stay exact) and the halves (or the totals and that month) are estimates.
    bool halvesExact = true;
    bool totalExact = true;
    // The period covers the trader's whole activity: each HS chapter's, origin's and
    // declarant's total comes from the summaries (only its split between the halves from the
    // sample). Otherwise those mixes are scaled from the sample like the others.
    bool mixTotalsExact = true;
};

struct TraderProfile {
    TraderIdentity identity;
    TraderSampling sampling;
    QString from, to;   // the period profiled
    QString secondHalf; // first day of the second half
    TraderFigures total;
    std::array<TraderFigures, 2> halves;
    std::vector<TraderMonth> months; // every month of the period, empty ones included
    std::array<std::vector<MixTally>, mixDimensionCount> mixes; // by customs value, largest first
    std::vector<UnitValueTally> unitValues;                     // the largest HS6 by customs value
    std::vector<FlagRecord> flags;                              // highest score first
    TraderStanding standing;
    PopulationFigures population;
    qint64 unusableValues = 0; // items whose values a data-quality finding marks unusable
};

// How a profile is read. The defaults come from tests/bench/trader_bench.cpp on a workspace of
// 10 million rows: every row of a trader of 15,000 items takes about 80 ms, a sample of 8,000
// rows of the largest (600,000 items) about 75 ms and puts the shares of its mixes within 2
// points of every row's. Tests lower them to take the sampled path on a small workspace.
struct TraderProfileOptions {
    // More items than this in the period: summaries and a sample; at most: every row.
    qint64 sampleThreshold = 15000;
    // Rows the sample aims at: one row id in ceil(items / sampleTarget), at least 2.
    qint64 sampleTarget = 8000;
    // Items read whole to keep exact the months cut by the period's ends or by the halves'
    // split: all of a cut month's parts but the largest, which is the month's summary minus
    // them; the smallest cuts first. A cut beyond it is estimated from the sample.
    qint64 exactPartBudget = 4000;
    // Peers: the walk of an HS6's index entries keeps the row ids a sample of an HS6 this
    // large would take (or of half the trader's own items in it, if more): a smaller HS6 is
    // walked a second time.
    qint64 peerWalkFloor = 20000;
};

// Reads one trader's profile: identity, activity, mixes, unit values against peers, flags,
// inspections and standing. A trader up to the sample threshold has its rows read once
// through the (trader_id, date) index and tallied in one pass; a larger one is read from the
// summary tables and a sample of its rows (TraderSampling), so that its cost stays bounded.
// Peers' unit values come from a sample of each HS6 through the (hs_code, origin_country)
// index. Not thread-safe (one connection per thread); fails with
// Error::Code::InvalidArgument for an unknown trader or a bad period.
class TraderProfileRepository
{
public:
    static constexpr int maxUnitValueGroups = 12;
    static constexpr int peerSampleTarget = 1500;
    static constexpr int maxSpellings = 5;

    explicit TraderProfileRepository(const Connection &connection,
                                     TraderProfileOptions options = {})
        : m_connection(connection), m_options(options)
    {
    }

    Result<TraderProfile> profile(const TraderProfileRequest &request) const;

    // Traders whose ID or name starts with `prefix` (case-insensitive), for completion: IDs
    // first, then names, at most `limit`.
    struct TraderMatch {
        QString traderId;
        QString name;
        qint64 items = 0;
    };
    Result<std::vector<TraderMatch>> findTraders(const QString &prefix, int limit = 20) const;

private:
    const Connection &m_connection;
    TraderProfileOptions m_options;
};

} // namespace clearsight
