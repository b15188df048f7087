#pragma once

#include "charts/charttheme.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace clearsight::ui
{

// A trader's activity month by month: customs value as bars, coloured by the half of the
// period the month falls in, and items as a line on a second axis.
struct ActivityChartData {
    QStringList months;           // axis labels
    std::vector<double> values;   // customs value per month
    std::vector<double> items;    // items per month
    int firstSecondHalfMonth = 0; // index of the first month drawn as the second half
    QString valueTitle;
    QString itemsTitle;
    QString firstHalfName;
    QString secondHalfName;
    QString thousands, millions, billions; // the value axis' unit when scaled
};

// Builds the chart in `theme`; a click on a month's bar calls `onClicked` with its index.
QChart *buildActivityChart(const ActivityChartData &data, const ChartTheme &theme,
                           std::function<void(int month)> onClicked);

} // namespace clearsight::ui
