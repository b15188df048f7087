#pragma once

#include "charttheme.h"

#include <QString>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace clearsight::ui
{

// One category's spread: a box from the lower to the upper quartile with the median, whiskers
// out to `low` and `high` (e.g. the 10th and 90th percentiles).
struct QuantileBox {
    QString category;
    double low = 0, lowerQuartile = 0, median = 0, upperQuartile = 0, high = 0;
    ChartRole role = ChartRole::Primary;
    QString tooltip;
};

// A single record drawn over its category's box (e.g. a flagged item), in the alert colour.
struct QuantilePoint {
    int box = 0; // index into QuantileChartData::boxes
    double value = 0;
    qint64 id = 0; // what a click reports
    QString label; // tooltip
};

struct QuantileChartData {
    std::vector<QuantileBox> boxes;
    std::vector<QuantilePoint> points;
    QString valueTitle;
    QString categoryTitle;
};

// Box-like ranges per category on a linear axis, with single records over them. A click on a
// box calls `onBoxClicked` with its index in `boxes`, on a record `onPointClicked` with its id.
QChart *buildQuantileChart(const QuantileChartData &data, const ChartTheme &theme,
                           std::function<void(int index)> onBoxClicked,
                           std::function<void(qint64 id)> onPointClicked = {});

} // namespace clearsight::ui
