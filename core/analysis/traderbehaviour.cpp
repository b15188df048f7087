#include "traderbehaviour.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace clearsight
{

namespace
{

using Thresholds = BehaviourThresholds;

HalfChange halfChange(double first, double second)
{
    HalfChange change;
    change.halves = {first, second};
    if (first > 0)
        change.relative = second / first - 1;
    return change;
}

MixComparison compareMix(MixDimension dimension, const std::vector<MixTally> &tallies)
{
    MixComparison mix;
    mix.dimension = dimension;
    std::array<double, 2> value{}, items{};
    for (const MixTally &t : tallies) {
        for (size_t h = 0; h < 2; ++h) {
            value[h] += t.customsValue[h];
            items[h] += double(t.items[h]);
        }
    }
    mix.comparable = items[0] > 0 && items[1] > 0;
    std::vector<double> first, second;
    for (const MixTally &t : tallies) {
        MixShare row;
        row.key = t.key;
        row.items = t.items;
        row.customsValue = t.customsValue;
        for (size_t h = 0; h < 2; ++h) {
            if (value[h] > 0)
                row.share[h] = t.customsValue[h] / value[h];
            else if (items[h] > 0)
                row.share[h] = double(t.items[h]) / items[h];
        }
        row.change = row.share[1] - row.share[0];
        first.push_back(row.share[0]);
        second.push_back(row.share[1]);
        mix.rows.push_back(std::move(row));
    }
    if (!mix.comparable)
        return mix;
    mix.distance = totalVariationDistance(first, second);
    std::vector<size_t> order(mix.rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return std::abs(mix.rows[a].change) > std::abs(mix.rows[b].change);
    });
    for (size_t i = 0; i < order.size() && i < 3; ++i) {
        if (std::abs(mix.rows[order[i]].change) >= Thresholds::moverChange)
            mix.rows[order[i]].biggestMover = true;
    }
    return mix;
}

std::optional<double> ratio(std::optional<double> value, std::optional<double> reference)
{
    if (value && reference && *reference > 0)
        return *value / *reference;
    return std::nullopt;
}

UnitValueComparison compareUnitValues(const UnitValueTally &t)
{
    UnitValueComparison c;
    c.flow = t.flow;
    c.hs6 = t.hs6;
    c.unit = t.unit;
    c.items = t.items[0] + t.items[1];
    c.values = t.values[0] + t.values[1];
    c.peerSample = t.peerSample;
    c.customsValue = t.customsValue;
    c.median = t.median;
    c.peerMedian = t.peerMedian;
    c.ratio = ratio(t.median, t.peerMedian);
    for (size_t h = 0; h < 2; ++h)
        c.halfRatio[h] = ratio(t.halfMedian[h], t.peerHalfMedian[h]);
    c.ratioChange = ratio(c.halfRatio[1], c.halfRatio[0]);
    if (c.ratioChange)
        *c.ratioChange -= 1;
    return c;
}

void addSignals(const TraderProfile &profile, TraderBehaviour &b)
{
    const auto &halves = profile.halves;
    const HalfChange &value = b.volume.customsValue;
    if (std::max(halves[0].items, halves[1].items) >= Thresholds::minItems && value.relative &&
        std::abs(*value.relative) >= Thresholds::valueChange) {
        b.signals.push_back(
            {*value.relative > 0 ? BehaviourSignalKind::ValueRise : BehaviourSignalKind::ValueDrop,
             MixDimension::HsChapter, QString(), *value.relative, 0});
    }
    if (halves[0].items >= Thresholds::minItems && halves[1].items >= Thresholds::minItems) {
        for (const MixComparison &mix : b.mixes) {
            if (!mix.comparable || mix.distance < Thresholds::mixDistance)
                continue;
            const auto mover = std::max_element(mix.rows.begin(), mix.rows.end(),
                                                [](const MixShare &a, const MixShare &b) {
                                                    return std::abs(a.change) < std::abs(b.change);
                                                });
            b.signals.push_back({BehaviourSignalKind::MixShift, mix.dimension, mover->key,
                                 mix.distance, mover->change});
        }
    }
    for (size_t i = 0; i < b.unitValues.size(); ++i) {
        const UnitValueComparison &u = b.unitValues[i];
        const UnitValueTally &t = profile.unitValues[i];
        // Counted in unit values, not items: in a sampled profile a few sampled rows stand for
        // many items, and a median of two is no signal.
        if (u.ratioChange && *u.ratioChange <= Thresholds::unitValueDrop &&
            t.values[0] >= Thresholds::minUnitValueItems &&
            t.values[1] >= Thresholds::minUnitValueItems)
            b.signals.push_back({BehaviourSignalKind::UnitValueDrop, MixDimension::HsChapter, u.hs6,
                                 *u.ratioChange, 0});
        else if (u.ratio && *u.ratio <= Thresholds::belowPeers &&
                 u.values >= Thresholds::minUnitValueItems)
            b.signals.push_back(
                {BehaviourSignalKind::BelowPeers, MixDimension::HsChapter, u.hs6, *u.ratio, 0});
    }
    const InspectionComparison &i = b.inspections;
    if (i.inspected >= Thresholds::minInspections && i.smoothedHitRate && i.populationHitRate &&
        *i.populationHitRate > 0 &&
        *i.smoothedHitRate >= Thresholds::hitRateFactor * *i.populationHitRate)
        b.signals.push_back({BehaviourSignalKind::HitRateAbove, MixDimension::HsChapter, QString(),
                             *i.smoothedHitRate, *i.populationHitRate});
}

} // namespace

double totalVariationDistance(const std::vector<double> &a, const std::vector<double> &b)
{
    double sum = 0;
    for (size_t i = 0; i < std::max(a.size(), b.size()); ++i)
        sum += std::abs((i < a.size() ? a[i] : 0.0) - (i < b.size() ? b[i] : 0.0));
    return sum / 2;
}

std::optional<double> smoothedHitRate(qint64 illicit, qint64 inspected,
                                      std::optional<double> populationRate)
{
    if (!populationRate)
        return std::nullopt;
    return (double(illicit) + hitRatePrior * *populationRate) / (double(inspected) + hitRatePrior);
}

TraderBehaviour compareHalves(const TraderProfile &profile)
{
    TraderBehaviour b;
    const auto &h = profile.halves;
    b.volume.items = halfChange(double(h[0].items), double(h[1].items));
    b.volume.declarations = halfChange(double(h[0].declarations), double(h[1].declarations));
    b.volume.customsValue = halfChange(h[0].customsValue, h[1].customsValue);
    b.volume.dutyPaid = halfChange(h[0].dutyPaid, h[1].dutyPaid);
    for (int d = 0; d < mixDimensionCount; ++d)
        b.mixes[size_t(d)] = compareMix(MixDimension(d), profile.mixes[size_t(d)]);
    for (const UnitValueTally &t : profile.unitValues)
        b.unitValues.push_back(compareUnitValues(t));
    InspectionComparison &i = b.inspections;
    i.inspected = profile.total.inspected;
    i.illicit = profile.total.illicit;
    i.revenueRecovered = profile.total.revenueRecovered;
    if (i.inspected > 0)
        i.hitRate = double(i.illicit) / double(i.inspected);
    i.populationHitRate = profile.population.hitRate();
    i.smoothedHitRate = smoothedHitRate(i.illicit, i.inspected, i.populationHitRate);
    addSignals(profile, b);
    return b;
}

QString mixDimensionTitle(MixDimension dimension)
{
    switch (dimension) {
    case MixDimension::HsChapter:
        return QCoreApplication::translate("TraderBehaviour", "HS chapter");
    case MixDimension::Origin:
        return QCoreApplication::translate("TraderBehaviour", "Origin");
    case MixDimension::Partner:
        return QCoreApplication::translate("TraderBehaviour", "Partner");
    case MixDimension::Incoterm:
        return QCoreApplication::translate("TraderBehaviour", "Incoterm");
    case MixDimension::Declarant:
        return QCoreApplication::translate("TraderBehaviour", "Declarant");
    case MixDimension::Count:
        break;
    }
    return {};
}

QString behaviourSignalText(const BehaviourSignal &signal, const QLocale &locale)
{
    const auto percent = [&](double fraction, int decimals = 0) -> QString {
        return locale.toString(100 * fraction, 'f', decimals) + QStringLiteral(" %");
    };
    const auto points = [&](double change) -> QString {
        return (change >= 0 ? QStringLiteral("+") : QString()) +
               locale.toString(100 * change, 'f', 0);
    };
    switch (signal.kind) {
    case BehaviourSignalKind::ValueRise:
        return QCoreApplication::translate("TraderBehaviour",
                                           "Customs value rose by %1 from the first half of "
                                           "the period to the second.")
            .arg(percent(signal.value));
    case BehaviourSignalKind::ValueDrop:
        return QCoreApplication::translate("TraderBehaviour",
                                           "Customs value fell by %1 from the first half of "
                                           "the period to the second.")
            .arg(percent(-signal.value));
    case BehaviourSignalKind::MixShift:
        return QCoreApplication::translate("TraderBehaviour",
                                           "%1 mix changed by %2 between the halves; the "
                                           "largest move: %3 %4 points of share.")
            .arg(mixDimensionTitle(signal.dimension), percent(signal.value),
                 signal.key.isEmpty()
                     ? QCoreApplication::translate("TraderBehaviour", "(not recorded)")
                     : signal.key,
                 points(signal.detail));
    case BehaviourSignalKind::UnitValueDrop:
        return QCoreApplication::translate("TraderBehaviour",
                                           "HS %1: unit values against peers fell by %2 "
                                           "between the halves.")
            .arg(signal.key, percent(-signal.value));
    case BehaviourSignalKind::BelowPeers:
        return QCoreApplication::translate("TraderBehaviour",
                                           "HS %1: median unit value at %2 of other "
                                           "traders' median.")
            .arg(signal.key, percent(signal.value));
    case BehaviourSignalKind::HitRateAbove:
        return QCoreApplication::translate("TraderBehaviour",
                                           "Smoothed hit rate %1 against %2 for all traders.")
            .arg(percent(signal.value, 1), percent(signal.detail, 1));
    }
    return {};
}

} // namespace clearsight
