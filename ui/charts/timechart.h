#pragma once

#include "charttheme.h"

#include <QDate>
#include <QPointF>
#include <QString>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace clearsight::ui
{

// A measure per period (day, week or month) as columns, with a share (0..1) per period as a
// line on a second axis in percent.
struct TimeChartData {
    std::vector<QDate> starts; // first day of each period, in time order
    std::vector<double> values;
    std::vector<double> shares; // one per period, 0..1
    QStringList tooltips;       // one per period (may be shorter: no tooltip)
    QString valueName;          // legend of the columns, with its unit
    QString shareName;          // legend of the line
    QString valueAxisTitle;     // short: the unit ("M EUR"); empty for none
    QString shareAxisTitle;
    double divisor = 1; // values are divided by it on the axis
    QString dateFormat; // QLocale format of the period labels ("MMM yyyy")
    int labelEvery = 1; // label every n-th period (the others stay unlabelled)
};

// A click on a column or a point of the line calls `onClicked` with the period's index.
QChart *buildTimeChart(const TimeChartData &data, const ChartTheme &theme,
                       std::function<void(int index)> onClicked);

// How often to label periods so that about `maximumLabels` labels remain.
int timeLabelStep(int periods, int maximumLabels);

} // namespace clearsight::ui
