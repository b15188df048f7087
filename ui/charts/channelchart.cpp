#include "channelchart.h"

#include "rankingchart.h"
#include "valuescale.h"

#include <QCursor>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace clearsight::ui
{

QChart *buildChannelChart(const ChannelChartData &data, const ChartTheme &theme,
                          std::function<void(int index)> onClicked)
{
    auto *chart = new QChart;
    const int count = int(data.categories.size());
    // One set per category, holding a value in its own column only: a column per colour.
    auto *columns = new QStackedBarSeries;
    double maximum = 0;
    const QStringList tooltips = data.tooltips;
    for (int c = 0; c < count; ++c) {
        auto *set = new QBarSet(data.categories[c]);
        for (int i = 0; i < count; ++i)
            set->append(i == c ? data.values.at(size_t(c)) : 0.0);
        maximum = std::max(maximum, data.values.at(size_t(c)));
        const QColor colour = theme.colour(data.roles.at(size_t(c)));
        set->setColor(colour);
        set->setBorderColor(colour.darker(theme.dark ? 80 : 120));
        columns->append(set);
        QObject::connect(set, &QBarSet::clicked, set, [onClicked, c](int) {
            if (onClicked)
                onClicked(c);
        });
        QObject::connect(set, &QBarSet::hovered, set, [tooltips, c](bool state, int) {
            if (state && !tooltips.value(c).isEmpty())
                QToolTip::showText(QCursor::pos(), tooltips.value(c));
            else
                QToolTip::hideText();
        });
    }
    columns->setBarWidth(0.6);
    chart->addSeries(columns);

    auto *points = new QScatterSeries;
    points->setName(data.rateName);
    points->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    points->setMarkerSize(theme.font.pointSizeF() > 0 ? theme.font.pointSizeF() * 1.2 : 11);
    double rateMaximum = 0;
    for (int c = 0; c < count; ++c) {
        const std::optional<double> rate = data.rates.at(size_t(c));
        if (!rate)
            continue;
        // Rounded to a tenth: the point label prints the value as it is.
        const double percent = std::round(1000.0 * *rate) / 10.0;
        points->append(c, percent);
        rateMaximum = std::max(rateMaximum, percent);
    }
    points->setColor(theme.text);
    points->setBorderColor(theme.background);
    points->setPointLabelsVisible(true);
    points->setPointLabelsFont(theme.smallFont);
    points->setPointLabelsColor(theme.text);
    points->setPointLabelsFormat(QStringLiteral("@yPoint %"));
    points->setPointLabelsClipping(false);
    chart->addSeries(points);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(chartCategoryLabels(data.categories, theme.smallFont, 14));
    categoryAxis->setGridLineVisible(false);
    auto *left = new QValueAxis;
    setRoundRange(left, std::max(maximum * 1.05, 1e-9), 4);
    auto *right = new QValueAxis;
    // Room above the highest point for its label.
    setRoundRange(right, std::max(rateMaximum * 1.2, 1.0), 4);
    right->setTitleText(data.rateAxisTitle);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    columns->attachAxis(categoryAxis);
    columns->attachAxis(left);
    points->attachAxis(categoryAxis);
    points->attachAxis(right);
    theme.apply(chart);
    right->setGridLineVisible(false);
    chart->setTitle(data.title);
    // The columns' colours speak through the category labels, the points through their axis.
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace clearsight::ui
