#include "dashboardfilter.h"

#include "analysis/flagsmodel.h"

#include "common/valueformat.h"

#include <QRegularExpression>

namespace clearsight::ui
{

namespace
{
bool isMonthStart(const QDate &date)
{
    return date.isValid() && date.day() == 1;
}

bool isMonthEnd(const QDate &date)
{
    return date.isValid() && date.day() == date.daysInMonth();
}
} // namespace

SummaryDimension DashboardFilter::automaticTimeDimension(const QDate &first, const QDate &last,
                                                         bool oneTrader)
{
    if (!first.isValid() || !last.isValid())
        return SummaryDimension::Month;
    const qint64 days = first.daysTo(last) + 1;
    if (days <= 62)
        return SummaryDimension::Day;
    if (days <= 549 && !oneTrader) // about 18 months
        return SummaryDimension::Week;
    return SummaryDimension::Month;
}

SummaryDimension DashboardFilter::timeDimension(TimeStep step, const QDate &first,
                                                const QDate &last, bool oneTrader)
{
    switch (step) {
    case TimeStep::Day:
        return SummaryDimension::Day;
    case TimeStep::Week:
        return SummaryDimension::Week;
    case TimeStep::Month:
        return SummaryDimension::Month;
    case TimeStep::Automatic:
        break;
    }
    return automaticTimeDimension(first, last, oneTrader);
}

std::pair<QDate, QDate> DashboardFilter::shownPeriod(const SummaryFilter &filter,
                                                     const QDate &first, const QDate &last)
{
    QDate from = QDate::fromString(filter.from, Qt::ISODate);
    QDate to = QDate::fromString(filter.to, Qt::ISODate);
    if (!from.isValid() || (first.isValid() && from < first))
        from = first;
    if (!to.isValid() || (last.isValid() && to > last))
        to = last;
    return {from, to};
}

std::pair<QDate, QDate> DashboardFilter::periodOfKey(SummaryDimension dimension, const QString &key)
{
    switch (dimension) {
    case SummaryDimension::Day: {
        const QDate day = QDate::fromString(key, Qt::ISODate);
        return {day, day};
    }
    case SummaryDimension::Month: {
        const QDate first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid())
            return {};
        return {first, first.addMonths(1).addDays(-1)};
    }
    case SummaryDimension::Week: {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
        const QRegularExpressionMatch match = pattern.match(key);
        if (!match.hasMatch())
            return {};
        const int year = match.captured(1).toInt();
        const int week = match.captured(2).toInt();
        if (week < 1 || week > 53)
            return {};
        // 4 January is always in ISO week 1.
        const QDate january4(year, 1, 4);
        const QDate monday = january4.addDays(1 - january4.dayOfWeek() + 7 * (week - 1));
        return {monday, monday.addDays(6)};
    }
    default:
        return {};
    }
}

QVariantMap DashboardFilter::toMap(const SummaryFilter &filter)
{
    // The keys of SummaryFilter::set().
    QVariantMap map;
    if (!filter.from.isEmpty())
        map.insert(QStringLiteral("from"), filter.from);
    if (!filter.to.isEmpty())
        map.insert(QStringLiteral("to"), filter.to);
    for (const SummaryDimension d : summaryGroupDimensions()) {
        if (const QString *value = filter.field(d); value && !value->isEmpty())
            map.insert(summaryDimensionKey(d), *value);
    }
    return map;
}

SummaryFilter DashboardFilter::fromMap(const QVariantMap &map)
{
    SummaryFilter filter;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        filter.set(it.key(), it.value().toString()); // an unknown key is ignored
    return filter;
}

SummaryFilter DashboardFilter::narrowed(SummaryFilter filter, SummaryDimension dimension,
                                        const QString &key)
{
    switch (dimension) {
    case SummaryDimension::Day:
    case SummaryDimension::Week:
    case SummaryDimension::Month: {
        const auto [first, last] = periodOfKey(dimension, key);
        if (first.isValid() && last.isValid()) {
            filter.from = first.toString(Qt::ISODate);
            filter.to = last.toString(Qt::ISODate);
        }
        return filter;
    }
    case SummaryDimension::Total:
        return filter;
    default:
        if (QString *field = filter.field(dimension))
            *field = key;
        return filter;
    }
}

SummaryFilter DashboardFilter::without(SummaryFilter filter, const QString &key)
{
    if (key == QLatin1StringView("period")) {
        filter.from.clear();
        filter.to.clear();
    } else {
        filter.set(key, QString()); // an unknown key changes nothing
    }
    return filter;
}

DeclarationFilter DashboardFilter::declarations(const SummaryFilter &filter)
{
    DeclarationFilter result;
    result.dateFrom = filter.from;
    result.dateTo = filter.to;
    result.flow = filter.flow;
    result.office = filter.office;
    result.hsChapter = filter.hsChapter;
    result.origin = filter.origin;
    result.traderId = filter.traderId;
    result.declarantId = filter.declarantId;
    result.channel = filter.channel;
    if (!filter.lane.isEmpty()) {
        const LaneParts lane = laneParts(filter.lane);
        result.origin = lane.origin;
        result.office = lane.office;
        result.transportMode = lane.mode;
    }
    return result;
}

QString DashboardFilter::channelName(const QString &channel)
{
    if (channel == QLatin1StringView("GREEN"))
        return tr("Green");
    if (channel == QLatin1StringView("YELLOW"))
        return tr("Yellow");
    if (channel == QLatin1StringView("RED"))
        return tr("Red");
    if (channel.isEmpty())
        return tr("Not recorded");
    return channel;
}

QString DashboardFilter::flowName(const QString &flow)
{
    if (flow == QLatin1StringView("IM"))
        return tr("Imports");
    if (flow == QLatin1StringView("EX"))
        return tr("Exports");
    return flow;
}

QString DashboardFilter::laneText(const QString &laneKey)
{
    const LaneParts lane = laneParts(laneKey);
    return tr("%1 → %2 · %3", "lane: origin → office · transport mode")
        .arg(lane.origin, lane.office, lane.mode.isEmpty() ? lane.mode : modeShortTitle(lane.mode));
}

QString DashboardFilter::periodText(const QString &from, const QString &to, const QLocale &locale)
{
    const QDate first = QDate::fromString(from, Qt::ISODate);
    const QDate last = QDate::fromString(to, Qt::ISODate);
    const bool months =
        (!first.isValid() || isMonthStart(first)) && (!last.isValid() || isMonthEnd(last));
    const auto text = [&](const QDate &date) {
        return months ? locale.toString(date, QStringLiteral("MMM yyyy"))
                      : locale.toString(date, shortDateFormat(locale));
    };
    if (first.isValid() && last.isValid()) {
        if (months && first.year() == last.year() && first.month() == last.month())
            return text(first);
        return tr("%1 – %2", "period from – to").arg(text(first), text(last));
    }
    if (first.isValid())
        return tr("from %1").arg(text(first));
    if (last.isValid())
        return tr("until %1").arg(text(last));
    return tr("all dates");
}

std::vector<FilterCriterion>
DashboardFilter::criteria(const SummaryFilter &filter,
                          const std::function<QString(const QString &)> &traderName,
                          const QLocale &locale)
{
    std::vector<FilterCriterion> result;
    if (!filter.from.isEmpty() || !filter.to.isEmpty())
        result.push_back({QStringLiteral("period"), periodText(filter.from, filter.to, locale)});
    if (!filter.flow.isEmpty())
        result.push_back({QStringLiteral("flow"), flowName(filter.flow)});
    if (!filter.office.isEmpty())
        result.push_back({QStringLiteral("office"), tr("Office %1").arg(filter.office)});
    if (!filter.hsChapter.isEmpty())
        result.push_back({QStringLiteral("hs_chapter"), tr("HS chapter %1").arg(filter.hsChapter)});
    if (!filter.origin.isEmpty())
        result.push_back({QStringLiteral("origin"), tr("Origin %1").arg(filter.origin)});
    if (!filter.traderId.isEmpty()) {
        const QString name = traderName ? traderName(filter.traderId) : QString();
        result.push_back({QStringLiteral("trader"),
                          name.isEmpty() ? tr("Trader %1").arg(filter.traderId)
                                         : tr("Trader %1 (%2)").arg(name, filter.traderId)});
    }
    if (!filter.declarantId.isEmpty())
        result.push_back({QStringLiteral("declarant"), tr("Declarant %1").arg(filter.declarantId)});
    if (!filter.channel.isEmpty())
        result.push_back(
            {QStringLiteral("channel"), tr("%1 channel").arg(channelName(filter.channel))});
    if (!filter.lane.isEmpty())
        result.push_back({QStringLiteral("lane"), tr("Lane %1").arg(laneText(filter.lane))});
    return result;
}

QString DashboardFilter::describe(const SummaryFilter &filter,
                                  const std::function<QString(const QString &)> &traderName,
                                  const QLocale &locale)
{
    QStringList parts;
    for (const FilterCriterion &criterion : criteria(filter, traderName, locale))
        parts << criterion.text;
    return parts.isEmpty() ? tr("All declarations") : parts.join(QStringLiteral(", "));
}

} // namespace clearsight::ui
