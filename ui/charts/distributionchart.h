#pragma once

#include "charttheme.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace clearsight::ui
{

// One record on a strip chart: a positive value (drawn on a logarithmic axis) and the id a
// click reports.
struct DistributionPoint {
    double value = 0;
    qint64 id = 0;
    int group = 0;            // index into DistributionData::groups
    QString label;            // tooltip
    bool highlighted = false; // the record in question: ringed
};

struct DistributionGroup {
    QString name; // legend
    ChartRole role = ChartRole::Primary;
};

// The values of a group of comparable records on a logarithmic axis, spread vertically so
// that they do not hide each other, with an optional centre line and band of normal values.
struct DistributionData {
    std::vector<DistributionPoint> points;
    std::vector<DistributionGroup> groups;
    QString highlightName; // legend of the ring around highlighted points
    QString valueTitle;
    std::optional<double> centre;
    QString centreName;
    std::optional<double> bandLow, bandHigh;
    QString bandName;
};

// Builds the strip chart; a click on a point calls `onClicked` with its id.
QChart *buildDistributionChart(const DistributionData &data, const ChartTheme &theme,
                               std::function<void(qint64 id)> onClicked);

// Tick values for a logarithmic axis from `low` to `high` (both > 0): 1-2-5 steps, finer
// when the range is narrow.
std::vector<double> logTicks(double low, double high);

} // namespace clearsight::ui
