#include "rankingpanel.h"

#include "charts/chartview.h"
#include "charts/rankingchart.h"
#include "charts/valuescale.h"
#include "summarytablemodel.h"

#include <algorithm>

namespace clearsight::ui
{

RankingPanel::RankingPanel(SummaryDimension dimension, const QString &title, QWidget *parent)
    : DashboardPanel(dimension, parent), m_title(title)
{
    chartView()->setAccessibleName(title);
}

QChart *RankingPanel::buildChart(const ChartTheme &theme)
{
    RankingChartData data;
    double maximum = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const double value = model()->rows()[size_t(row)].figures.customsValue;
        data.labels << label(row);
        data.tooltips << toolTip(row);
        data.values.push_back(value);
        maximum = std::max(maximum, value);
    }
    const ValueScale scale = ValueScale::forMaximum(maximum);
    data.divisor = scale.divisor;
    data.title = scale.title(m_title, currency());
    data.labelCharacters = dimension() == SummaryDimension::Lane ? 20 : 22;
    return buildRankingChart(data, theme, [this](int row) { activate(row); });
}

int RankingPanel::rowAt(const QPointF &value) const
{
    return rankingIndexAt(value, model()->rowCount());
}

} // namespace clearsight::ui
