#pragma once

#include "store/declarationquery.h"
#include "store/summaryrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <vector>

namespace clearsight::ui
{

// The periods of the dashboard's time chart: chosen from the period shown, or by the user.
enum class TimeStep { Automatic, Day, Week, Month };

// One active criterion of a filter, in words: what a chip of the filter bar shows.
struct FilterCriterion {
    QString key;  // SummaryFilter::set() key: "origin", "lane"; "period" for from and to
    QString text; // "Origin: CN"
};

// What the dashboard's filter means elsewhere: plain values for navigation, the periods of the
// time chart, the declarations behind a chart element, and the criteria in words.
class DashboardFilter
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFilter)
public:
    // Periods up to 62 days are shown by day, up to about 18 months by week, longer by month.
    // One trader's longer periods go by month: its weeks would be read from its declarations
    // (the summaries keep a trader's months), and its weekly detail is the drill-down's.
    static SummaryDimension automaticTimeDimension(const QDate &first, const QDate &last,
                                                   bool oneTrader = false);
    static SummaryDimension timeDimension(TimeStep step, const QDate &first, const QDate &last,
                                          bool oneTrader = false);
    // The period of `filter` within the workspace's period [first, last].
    static std::pair<QDate, QDate> shownPeriod(const SummaryFilter &filter, const QDate &first,
                                               const QDate &last);

    // First and last day of the period a time key stands for: "2025-03" (month), "2025-W10"
    // (ISO week), "2025-03-04" (day). Invalid dates for a key that does not read.
    static std::pair<QDate, QDate> periodOfKey(SummaryDimension dimension, const QString &key);

    // Every criterion under its SummaryFilter::set() key ("from", "hs_chapter"...); empty
    // criteria are left out. And back: unknown keys are ignored.
    static QVariantMap toMap(const SummaryFilter &filter);
    static SummaryFilter fromMap(const QVariantMap &map);

    // `filter` narrowed to the group `key` of `dimension`: a time key sets the period, a lane
    // the lane, any other dimension its own criterion. Total leaves the filter as it is.
    static SummaryFilter narrowed(SummaryFilter filter, SummaryDimension dimension,
                                  const QString &key);
    // `filter` without the criterion `key` (a FilterCriterion key).
    static SummaryFilter without(SummaryFilter filter, const QString &key);

    // The declaration items `filter` covers, for the declarations view. A lane becomes its
    // origin, office and transport mode.
    static DeclarationFilter declarations(const SummaryFilter &filter);

    // The active criteria in words, in a fixed order. `traderName` gives a trader's name for
    // its ID (empty when unknown).
    static std::vector<FilterCriterion>
    criteria(const SummaryFilter &filter,
             const std::function<QString(const QString &traderId)> &traderName = {},
             const QLocale &locale = {});
    // All criteria in one line ("Origin: CN, channel RED"); "All declarations" for none.
    static QString describe(const SummaryFilter &filter,
                            const std::function<QString(const QString &)> &traderName = {},
                            const QLocale &locale = {});

    // "Green", "Yellow", "Red"; "Not recorded" for an empty channel.
    static QString channelName(const QString &channel);
    static QString flowName(const QString &flow);
    // "CN → FRLEH · SEA".
    static QString laneText(const QString &laneKey);
    // The period in words: "Mar 2025 – May 2025" when it covers whole months, else dates.
    static QString periodText(const QString &from, const QString &to, const QLocale &locale = {});
};

} // namespace clearsight::ui
