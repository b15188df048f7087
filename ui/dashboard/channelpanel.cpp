#include "channelpanel.h"

#include "charts/channelchart.h"
#include "charts/valuescale.h"
#include "dashboardfilter.h"
#include "summarytablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace clearsight::ui
{

namespace
{
int channelRank(const QString &channel)
{
    static const QStringList order = {QStringLiteral("GREEN"), QStringLiteral("YELLOW"),
                                      QStringLiteral("RED")};
    if (channel.isEmpty())
        return int(order.size()) + 1;
    const qsizetype at = order.indexOf(channel);
    return at < 0 ? int(order.size()) : int(at);
}

ChartRole channelRole(const QString &channel)
{
    if (channel == QLatin1StringView("GREEN"))
        return ChartRole::Positive;
    if (channel == QLatin1StringView("YELLOW"))
        return ChartRole::Caution;
    if (channel == QLatin1StringView("RED"))
        return ChartRole::Alert;
    return ChartRole::Muted;
}
} // namespace

ChannelPanel::ChannelPanel(QWidget *parent) : DashboardPanel(SummaryDimension::Channel, parent)
{
    // A legend above the chart rather than a long axis title, which a short chart would cut.
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setMinimumHeight(QComboBox().sizeHint().height()); // level with the time chart's
    headerLayout()->addStretch(1);
    headerLayout()->addWidget(m_legend);
}

std::vector<int> ChannelPanel::chartOrder() const
{
    std::vector<int> rows(size_t(model()->rowCount()));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return channelRank(model()->rows()[size_t(a)].key) <
               channelRank(model()->rows()[size_t(b)].key);
    });
    return rows;
}

QChart *ChannelPanel::buildChart(const ChartTheme &theme)
{
    ChannelChartData data;
    // The declarations are named in the title: an axis title does not fit the panel's height
    // in every language.
    data.title = tr("Declarations by selectivity channel");
    data.rateName = tr("Hit rate (%)");
    data.rateAxisTitle = QStringLiteral("%");
    m_legend->setText(legendHtml({{theme.text, data.rateName}}));
    const std::vector<int> order = chartOrder();
    for (int row : order) {
        const SummaryRow &group = model()->rows()[size_t(row)];
        data.categories << DashboardFilter::channelName(group.key);
        data.roles.push_back(channelRole(group.key));
        data.values.push_back(double(group.figures.declarations));
        data.rates.push_back(group.figures.hitRate());
        data.tooltips << toolTip(row);
    }
    return buildChannelChart(data, theme, [this, order](int index) {
        if (index >= 0 && size_t(index) < order.size())
            activate(order[size_t(index)]);
    });
}

int ChannelPanel::rowAt(const QPointF &value) const
{
    const std::vector<int> order = chartOrder();
    const int index = categoryIndexAt(value.x(), int(order.size()));
    return index < 0 ? -1 : order[size_t(index)];
}

} // namespace clearsight::ui
