#pragma once

#include "charttheme.h"

#include <QPointF>
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

// A few categories (selectivity channels) as columns, each in the colour of its meaning,
// with a rate per category (0..1, e.g. the hit rate) as points on a second axis in percent.
struct ChannelChartData {
    QString title;
    QStringList categories;
    std::vector<ChartRole> roles;             // one per category
    std::vector<double> values;               // one per category
    std::vector<std::optional<double>> rates; // one per category; none: no point
    QStringList tooltips;
    QString rateName;      // the points' name
    QString rateAxisTitle; // short: the unit of the right axis ("%")
};

// A click on a column calls `onClicked` with its category index.
QChart *buildChannelChart(const ChannelChartData &data, const ChartTheme &theme,
                          std::function<void(int index)> onClicked);

} // namespace clearsight::ui
