#pragma once

#include "charttheme.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace clearsight::ui
{

struct BarSetData {
    QString name;
    std::vector<double> values; // one per category
    ChartRole role = ChartRole::Primary;
};

// Bars per category, one bar per set side by side (e.g. a trader against its industry).
struct BarChartData {
    QStringList categories;
    std::vector<BarSetData> sets;
    QString valueTitle;
    QString valueLabelFormat = QStringLiteral("%.0f"); // axis labels, printf style
    bool horizontal = false; // categories down the left, the first one at the top
    double maximum = 0;      // 0: from the values
};

// A click on a bar calls `onClicked` with its category and set index.
QChart *buildBarChart(const BarChartData &data, const ChartTheme &theme,
                      std::function<void(int category, int set)> onClicked);

} // namespace clearsight::ui
