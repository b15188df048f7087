#pragma once

#include "charttheme.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace clearsight::ui
{

// The largest groups of one kind (traders, origins...) as horizontal bars, the largest at the
// top, each bar labelled with its name.
struct RankingChartData {
    QString title;
    QStringList labels;   // one per bar, largest first; elided to fit, made unique
    QStringList tooltips; // one per bar (may be shorter: no tooltip)
    std::vector<double> values;
    QString valueTitle; // the axis title, with its unit
    double divisor = 1; // values are divided by it on the axis (thousands, millions)
    ChartRole role = ChartRole::Primary;
    int labelCharacters = 24; // labels longer than this many average characters are elided
};

// A click on a bar calls `onClicked` with its index in `data`.
QChart *buildRankingChart(const RankingChartData &data, const ChartTheme &theme,
                          std::function<void(int index)> onClicked);

// The index of the bar at `value` (a position in the chart's values, as ChartView's context
// menu hook gives it), or -1 when the pointer is not on a bar's row.
int rankingIndexAt(const QPointF &value, int count);

// The category labels `labels`, each elided to `characters` average characters of `font`
// and made unique (Qt Charts merges equal category labels into one).
QStringList chartCategoryLabels(const QStringList &labels, const QFont &font, int characters);

} // namespace clearsight::ui
