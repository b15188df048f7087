// The summary vocabulary: dimension names, lane keys, the filter's fields and the figures.

#include "summaryrepository.h"

#include <QDate>
#include <QStringList>

#include <array>

namespace clearsight
{

namespace
{

struct DimensionName {
    SummaryDimension dimension;
    const char *key;
};

constexpr std::array<DimensionName, 12> kDimensionNames{{
    {SummaryDimension::Total, "total"},
    {SummaryDimension::Month, "month"},
    {SummaryDimension::Week, "week"},
    {SummaryDimension::Day, "day"},
    {SummaryDimension::Trader, "trader"},
    {SummaryDimension::HsChapter, "hs_chapter"},
    {SummaryDimension::Origin, "origin"},
    {SummaryDimension::Office, "office"},
    {SummaryDimension::Declarant, "declarant"},
    {SummaryDimension::Lane, "lane"},
    {SummaryDimension::Channel, "channel"},
    {SummaryDimension::Flow, "flow"},
}};

} // namespace

QString summaryDimensionKey(SummaryDimension dimension)
{
    for (const DimensionName &name : kDimensionNames) {
        if (name.dimension == dimension)
            return QLatin1StringView(name.key);
    }
    return {};
}

std::optional<SummaryDimension> summaryDimensionFromKey(const QString &key)
{
    for (const DimensionName &name : kDimensionNames) {
        if (key == QLatin1StringView(name.key))
            return name.dimension;
    }
    return std::nullopt;
}

std::vector<SummaryDimension> summaryGroupDimensions()
{
    std::vector<SummaryDimension> result;
    for (const DimensionName &name : kDimensionNames) {
        if (name.dimension != SummaryDimension::Total)
            result.push_back(name.dimension);
    }
    return result;
}

QString summaryTimeKey(SummaryDimension dimension, const QDate &date)
{
    switch (dimension) {
    case SummaryDimension::Day:
        return date.toString(Qt::ISODate);
    case SummaryDimension::Week: {
        int year = 0;
        const int week = date.weekNumber(&year);
        return QStringLiteral("%1-W%2")
            .arg(year, 4, 10, QLatin1Char('0'))
            .arg(week, 2, 10, QLatin1Char('0'));
    }
    case SummaryDimension::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    default:
        return QStringLiteral("total");
    }
}

QString laneKey(const QString &origin, const QString &office, const QString &mode)
{
    return origin + QLatin1Char('>') + office + QLatin1Char('>') + mode;
}

LaneParts laneParts(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('>'));
    return {parts.value(0), parts.value(1), parts.value(2)};
}

bool SummaryFilter::isEmpty() const
{
    return *this == SummaryFilter{};
}

bool SummaryFilter::set(const QString &key, const QString &value)
{
    if (key == QLatin1StringView("from"))
        from = value;
    else if (key == QLatin1StringView("to"))
        to = value;
    else if (const std::optional<SummaryDimension> d = summaryDimensionFromKey(key); d && field(*d))
        *field(*d) = value;
    else
        return false;
    return true;
}

QString *SummaryFilter::field(SummaryDimension dimension)
{
    return const_cast<QString *>(std::as_const(*this).field(dimension));
}

const QString *SummaryFilter::field(SummaryDimension dimension) const
{
    switch (dimension) {
    case SummaryDimension::Trader:
        return &traderId;
    case SummaryDimension::HsChapter:
        return &hsChapter;
    case SummaryDimension::Origin:
        return &origin;
    case SummaryDimension::Office:
        return &office;
    case SummaryDimension::Declarant:
        return &declarantId;
    case SummaryDimension::Lane:
        return &lane;
    case SummaryDimension::Channel:
        return &channel;
    case SummaryDimension::Flow:
        return &flow;
    case SummaryDimension::Total:
    case SummaryDimension::Month:
    case SummaryDimension::Week:
    case SummaryDimension::Day:
        break;
    }
    return nullptr;
}

std::optional<double> SummaryFigures::hitRate() const
{
    if (inspected <= 0)
        return std::nullopt;
    return double(illicit) / double(inspected);
}

double SummaryFigures::flaggedShare() const
{
    return items > 0 ? double(flagged) / double(items) : 0.0;
}

void SummaryFigures::add(const SummaryFigures &other)
{
    items += other.items;
    declarations += other.declarations;
    customsValue += other.customsValue;
    dutyPaid += other.dutyPaid;
    inspected += other.inspected;
    illicit += other.illicit;
    revenueRecovered += other.revenueRecovered;
    flagged += other.flagged;
    revenueAtStake += other.revenueAtStake;
}

} // namespace clearsight
