#pragma once

#include "store/traderprofilerepository.h"

#include <QLocale>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace clearsight
{

// Change in a trader's behaviour (DOMAIN.md): its profile's period split in two halves and
// compared — volume, value, the mix of HS chapters, origins, partners, Incoterms and
// declarants, unit values against peers — and its hit rate against the population's.
// Pure computation on a TraderProfile; no SQL.

// A figure in each half and its relative change (second / first - 1; none from zero).
struct HalfChange {
    std::array<double, 2> halves{};
    std::optional<double> relative;
};

struct VolumeComparison {
    HalfChange items;
    HalfChange declarations;
    HalfChange customsValue;
    HalfChange dutyPaid;
};

// One value of a mix dimension with its share of each half. Shares are of the half's customs
// value (of its items when the half has no value), 0..1.
struct MixShare {
    QString key;
    std::array<qint64, 2> items{};
    std::array<double, 2> customsValue{};
    std::array<double, 2> share{};
    double change = 0; // share[1] - share[0]
    bool biggestMover = false;
};

struct MixComparison {
    MixDimension dimension = MixDimension::HsChapter;
    std::vector<MixShare> rows; // by customs value over the period, largest first
    // Total variation distance between the halves' shares: half the sum of the absolute share
    // changes, 0 (same mix) to 1 (nothing in common).
    double distance = 0;
    bool comparable = false; // both halves have items
};

struct UnitValueComparison {
    QString flow, hs6, unit;
    qint64 items = 0;
    qint64 values = 0; // the trader's unit values behind its medians (UnitValueTally::values)
    qint64 peerSample = 0;
    double customsValue = 0;
    std::optional<double> median, peerMedian;
    std::optional<double> ratio; // median / peerMedian
    std::array<std::optional<double>, 2> halfRatio;
    std::optional<double> ratioChange; // halfRatio[1] / halfRatio[0] - 1
};

struct InspectionComparison {
    qint64 inspected = 0;
    qint64 illicit = 0;
    double revenueRecovered = 0;
    std::optional<double> hitRate;         // illicit / inspected
    std::optional<double> smoothedHitRate; // pulled toward the population's when few
    std::optional<double> populationHitRate;
};

enum class BehaviourSignalKind {
    ValueRise, // customs value of the second half far above the first's
    ValueDrop,
    MixShift,      // a mix changed much; key: the value whose share moved most
    UnitValueDrop, // unit values against peers fell between the halves; key: HS6
    BelowPeers,    // unit values far below peers over the period; key: HS6
    HitRateAbove,  // smoothed hit rate far above the population's
};

struct BehaviourSignal {
    BehaviourSignalKind kind = BehaviourSignalKind::ValueRise;
    MixDimension dimension = MixDimension::HsChapter; // MixShift
    QString key;
    double value = 0;  // the relative change, distance or ratio the signal is about
    double detail = 0; // MixShift: the key's share change; HitRateAbove: population rate
};

struct TraderBehaviour {
    VolumeComparison volume;
    std::array<MixComparison, mixDimensionCount> mixes;
    std::vector<UnitValueComparison> unitValues;
    InspectionComparison inspections;
    std::vector<BehaviourSignal> signals; // what changed, most telling first within a kind
};

// Thresholds of the signals.
struct BehaviourThresholds {
    static constexpr double valueChange = 0.5;     // ±50 % between the halves
    static constexpr double mixDistance = 0.25;    // total variation distance
    static constexpr double moverChange = 0.05;    // 5 points of share to count as a mover
    static constexpr double unitValueDrop = -0.2;  // ratio to peers down by 20 %
    static constexpr double belowPeers = 0.7;      // median at 70 % of the peers' or less
    static constexpr double hitRateFactor = 2.0;   // smoothed hit rate twice the population's
    static constexpr qint64 minItems = 10;         // per half, for volume and mix signals
    static constexpr qint64 minUnitValueItems = 5; // unit values behind the trader's median
    static constexpr qint64 minInspections = 5;
};

// Inspections a trader needs before its own hit rate dominates the smoothed one (the same
// prior as the trader ranking's).
inline constexpr double hitRatePrior = 10;

TraderBehaviour compareHalves(const TraderProfile &profile);

// (illicit + prior * population) / (inspected + prior); nullopt without a population rate.
std::optional<double> smoothedHitRate(qint64 illicit, qint64 inspected,
                                      std::optional<double> populationRate);

// Half the sum of |a_i - b_i| over shares given in the same order.
double totalVariationDistance(const std::vector<double> &a, const std::vector<double> &b);

// The dimension in words ("Origin"), translated (context "TraderBehaviour").
QString mixDimensionTitle(MixDimension dimension);
// A signal in words for the reader ("Origin mix changed by 41 % between the halves; CN
// −38 points"), translated; numbers follow `locale`.
QString behaviourSignalText(const BehaviourSignal &signal, const QLocale &locale);

} // namespace clearsight
