#include "traderprofilereads.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace clearsight::traderprofile
{

std::vector<MonthPart> monthParts(const QDate &month, const QDate &from, const QDate &to,
                                  const QDate &secondHalf)
{
    const QDate next = month.addMonths(1);
    std::vector<QDate> cuts{month};
    for (const QDate &cut : {from, secondHalf, to.addDays(1)}) {
        if (cut > month && cut < next && cut != cuts.back())
            cuts.push_back(cut);
    }
    cuts.push_back(next);
    std::vector<MonthPart> parts;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        MonthPart part;
        part.from = cuts[i].toString(Qt::ISODate).toStdString();
        part.toExclusive = cuts[i + 1].toString(Qt::ISODate).toStdString();
        part.half = cuts[i] < from || cuts[i] > to ? -1 : cuts[i] < secondHalf ? 0 : 1;
        parts.push_back(std::move(part));
    }
    return parts;
}

TraderFigures apportion(const TraderFigures &month, const TraderFigures &monthSample,
                        const MonthPart &part)
{
    const double itemShare = month.items > 0 ? double(part.items) / double(month.items) : 0;
    const auto share = [&](double whole, double partSum, double monthSum) {
        return monthSum != 0 ? whole * partSum / monthSum : whole * itemShare;
    };
    const auto count = [&](qint64 whole, qint64 partSum, qint64 monthSum) {
        return std::min(
            whole, qint64(std::llround(share(double(whole), double(partSum), double(monthSum)))));
    };
    const TraderFigures &s = part.sample;
    TraderFigures f;
    f.items = part.items;
    f.declarations =
        std::min(month.declarations, qint64(std::llround(double(month.declarations) * itemShare)));
    f.customsValue = share(month.customsValue, s.customsValue, monthSample.customsValue);
    f.dutyPaid = share(month.dutyPaid, s.dutyPaid, monthSample.dutyPaid);
    f.inspected = count(month.inspected, s.inspected, monthSample.inspected);
    f.illicit = std::min(f.inspected, count(month.illicit, s.illicit, monthSample.illicit));
    f.revenueRecovered =
        share(month.revenueRecovered, s.revenueRecovered, monthSample.revenueRecovered);
    f.flaggedItems = count(month.flaggedItems, s.flaggedItems, monthSample.flaggedItems);
    f.revenueAtStake = share(month.revenueAtStake, s.revenueAtStake, monthSample.revenueAtStake);
    return f;
}

void capCounts(TraderFigures &f, const TraderFigures &left)
{
    f.declarations = std::clamp<qint64>(f.declarations, 0, left.declarations);
    f.inspected = std::clamp<qint64>(f.inspected, 0, left.inspected);
    f.illicit = std::clamp<qint64>(f.illicit, 0, std::min(left.illicit, f.inspected));
    f.flaggedItems = std::clamp<qint64>(f.flaggedItems, 0, left.flaggedItems);
}

TraderFigures scaleSample(const TraderFigures &month, const MonthPart &part)
{
    if (part.sample.items == 0)
        return apportion(month, {}, part);
    const double factor = double(part.items) / double(part.sample.items);
    const auto count = [&](qint64 whole, qint64 sampled) {
        return std::min(whole, qint64(std::llround(double(sampled) * factor)));
    };
    const TraderFigures &s = part.sample;
    TraderFigures f;
    f.items = part.items;
    f.declarations = month.items > 0
                         ? std::min(month.declarations,
                                    qint64(std::llround(double(month.declarations) *
                                                        double(part.items) / double(month.items))))
                         : 0;
    f.customsValue = s.customsValue * factor;
    f.dutyPaid = s.dutyPaid * factor;
    f.inspected = count(month.inspected, s.inspected);
    f.illicit = std::min(f.inspected, count(month.illicit, s.illicit));
    f.revenueRecovered = s.revenueRecovered * factor;
    f.flaggedItems = count(month.flaggedItems, s.flaggedItems);
    f.revenueAtStake = s.revenueAtStake * factor;
    return f;
}

std::vector<MixTally> stratify(const std::vector<SummaryValue> &exact,
                               const std::vector<MixTally> &sampled, const TraderProfile &p)
{
    std::unordered_map<QString, const MixTally *> bySample;
    for (const MixTally &tally : sampled)
        bySample[tally.key] = &tally;
    const auto ratio = [](double first, double second) {
        return first + second > 0 ? first / (first + second) : 0.5;
    };
    std::vector<MixTally> out;
    for (const SummaryValue &value : exact) {
        double itemsFirst = ratio(double(p.halves[0].items), double(p.halves[1].items));
        double valueFirst = ratio(p.halves[0].customsValue, p.halves[1].customsValue);
        if (const auto it = bySample.find(value.value); it != bySample.end()) {
            const MixTally &s = *it->second;
            itemsFirst = ratio(double(s.items[0]), double(s.items[1]));
            valueFirst = s.customsValue[0] + s.customsValue[1] != 0
                             ? ratio(s.customsValue[0], s.customsValue[1])
                             : itemsFirst;
        }
        MixTally tally;
        tally.key = value.value;
        tally.items[0] = qint64(std::llround(double(value.items) * itemsFirst));
        tally.items[1] = value.items - tally.items[0];
        tally.customsValue[0] = value.customsValue * valueFirst;
        tally.customsValue[1] = value.customsValue - tally.customsValue[0];
        out.push_back(std::move(tally));
    }
    return out;
}

} // namespace clearsight::traderprofile
