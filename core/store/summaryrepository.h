#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace clearsight
{

class Connection;
class SummaryCells;

// What a dashboard chart groups by; also `clearsight-cli summary --by`.
enum class SummaryDimension {
    Total, // one row, key "total": the KPI tiles
    Month, // key YYYY-MM
    Week,  // key ISO YYYY-Www
    Day,   // key YYYY-MM-DD
    Trader,
    HsChapter, // two-digit HS chapter
    Origin,    // ISO alpha-2
    Office,
    Declarant,
    Lane,    // origin -> office by mode; key "CN>FRLEH>SEA"
    Channel, // GREEN, YELLOW, RED ("" when not recorded)
    Flow,    // IM, EX
};

// Stable names for the CLI and settings ("month", "hs_chapter", "lane"...).
QString summaryDimensionKey(SummaryDimension dimension);
std::optional<SummaryDimension> summaryDimensionFromKey(const QString &key);
// Every dimension a user may group by (Total excluded), in the CLI's order.
std::vector<SummaryDimension> summaryGroupDimensions();

// The key of the period holding `date`: "2025-03-14" (Day), ISO "2025-W11" (Week), "2025-03"
// (Month), "total" otherwise.
QString summaryTimeKey(SummaryDimension dimension, const QDate &date);

// A lane key from its parts and back: "CN>FRLEH>SEA".
QString laneKey(const QString &origin, const QString &office, const QString &mode);
struct LaneParts {
    QString origin;
    QString office;
    QString mode;
};
LaneParts laneParts(const QString &key);

// The dashboard's filter bar, and `--filter KEY=VALUE`. Empty fields do not filter. Dates are
// ISO and inclusive; a period that starts on the 1st and ends on a month's last day (or is
// open) is served from the monthly summaries, any other period exactly but more slowly.
struct SummaryFilter {
    QString from;
    QString to;
    QString flow;
    QString office;
    QString hsChapter;
    QString origin;
    QString traderId;
    QString declarantId;
    QString channel;
    QString lane; // laneKey()

    bool isEmpty() const;
    bool operator==(const SummaryFilter &) const = default;
    // Sets a field by its CLI key ("from", "to", "flow", "office", "hs_chapter", "origin",
    // "trader", "declarant", "channel", "lane"); false for an unknown key.
    bool set(const QString &key, const QString &value);
    // The field a dimension filters (Trader -> traderId...); nullptr for time and Total.
    QString *field(SummaryDimension dimension);
    const QString *field(SummaryDimension dimension) const;
};

// The figures of one group. Items are declaration lines; `declarations` counts distinct
// declaration references within the group (a declaration whose items fall into two groups
// counts in both, as COUNT(DISTINCT) would).
struct SummaryFigures {
    qint64 items = 0;
    qint64 declarations = 0;
    double customsValue = 0; // sum of cif_value, national currency
    double dutyPaid = 0;
    qint64 inspected = 0; // documentary or physical control with a recorded result
    qint64 illicit = 0;
    double revenueRecovered = 0;
    qint64 flagged = 0;        // items with at least one analysis flag
    double revenueAtStake = 0; // per flagged item, its largest revenue at stake

    std::optional<double> hitRate() const; // illicit / inspected
    double flaggedShare() const;           // flagged / items
    void add(const SummaryFigures &other);
    bool operator==(const SummaryFigures &) const = default;
};

struct SummaryRow {
    QString key;
    QString label; // for display: the trader's name, the lane in words; may equal key
    SummaryFigures figures;
};

// Where an answer came from: the summary tables, or the declarations themselves (a filter
// combination the summaries do not cover; exact, slower).
enum class SummarySource { SummaryTables, Declarations };

struct SummaryResult {
    SummaryDimension dimension = SummaryDimension::Total;
    std::vector<SummaryRow> rows; // time: in time order; others: by customs value, largest first
    qint64 totalGroups = 0;       // rows before `limit`
    SummarySource source = SummarySource::SummaryTables;
};

// Reads and maintains the summary tables (schema version 5, trader cells by month since 6) the
// dashboard is served from.
class SummaryRepository
{
public:
    explicit SummaryRepository(const Connection &connection) : m_connection(connection) {}

    // Groups the stored declarations by `dimension` under `filter`. `limit` > 0 keeps the
    // largest groups only (time dimensions are never cut).
    Result<SummaryResult> summarize(SummaryDimension dimension, const SummaryFilter &filter,
                                    int limit = 0) const;
    // The same figures computed with plain GROUP BY over the declarations, ignoring the
    // summary tables: the reference for tests and the benchmark.
    Result<SummaryResult> summarizeFromDeclarations(SummaryDimension dimension,
                                                    const SummaryFilter &filter,
                                                    int limit = 0) const;

    // Adds cells gathered while importing (see core/ingest/summaryfeed.h), inside the import's
    // transaction.
    Status addCells(const SummaryCells &cells) const;
    // Recomputes the flagged figures from the stored flags (after an analysis run).
    Status refreshFlagged(const ProgressCallback &progress = {}) const;
    // Empties and rebuilds every summary from the declarations and flags, in one transaction.
    Status rebuild(const ProgressCallback &progress = {}) const;
    // A first fill goes faster without summary_entity's second index: pauseIndex() drops it
    // while the summaries are empty (true when it did) and restoreIndex() builds it again in
    // one sorted pass (nothing when it is there). The import and the rebuild bracket their
    // loads with them, inside their transactions.
    Result<bool> pauseIndex() const;
    Status restoreIndex() const;
    // True when the summaries were never filled (a workspace upgraded from before them) or a
    // rebuild was cut short.
    Result<bool> needsRebuild() const;

private:
    const Connection &m_connection;
};

} // namespace clearsight
