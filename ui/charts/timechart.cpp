#include "timechart.h"

#include "valuescale.h"

#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace clearsight::ui
{

int timeLabelStep(int periods, int maximumLabels)
{
    if (periods <= maximumLabels || maximumLabels <= 0)
        return 1;
    return (periods + maximumLabels - 1) / maximumLabels;
}

QChart *buildTimeChart(const TimeChartData &data, const ChartTheme &theme,
                       std::function<void(int index)> onClicked)
{
    auto *chart = new QChart;
    const int count = int(data.starts.size());
    const QStringList tooltips = data.tooltips;
    const auto showTip = [tooltips](bool state, int index) {
        const QString text = tooltips.value(index);
        if (state && !text.isEmpty())
            QToolTip::showText(QCursor::pos(), text);
        else
            QToolTip::hideText();
    };

    auto *columns = new QBarSeries;
    auto *set = new QBarSet(data.valueName);
    double maximum = 0;
    for (int i = 0; i < count; ++i) {
        const double value = data.values.at(size_t(i)) / data.divisor;
        set->append(value);
        maximum = std::max(maximum, value);
    }
    set->setColor(theme.primary);
    set->setBorderColor(theme.primary);
    columns->append(set);
    columns->setBarWidth(0.75);
    chart->addSeries(columns);
    QObject::connect(set, &QBarSet::clicked, set, [onClicked](int index) {
        if (onClicked)
            onClicked(index);
    });
    QObject::connect(set, &QBarSet::hovered, set, showTip);

    auto *line = new QLineSeries;
    line->setName(data.shareName);
    double shareMaximum = 0;
    for (int i = 0; i < count; ++i) {
        const double percent = 100.0 * data.shares.at(size_t(i));
        line->append(i, percent);
        shareMaximum = std::max(shareMaximum, percent);
    }
    QPen pen(theme.alert);
    pen.setWidthF(2);
    line->setPen(pen);
    line->setPointsVisible(count <= 62);
    chart->addSeries(line);
    QObject::connect(line, &QLineSeries::clicked, line, [onClicked, count](const QPointF &point) {
        const int index = categoryIndexAt(point.x(), count);
        if (onClicked && index >= 0)
            onClicked(index);
    });
    QObject::connect(line, &QLineSeries::hovered, line,
                     [showTip, count](const QPointF &point, bool state) {
                         showTip(state, categoryIndexAt(point.x(), count));
                     });

    // Periods on a category axis with labels on chosen periods only, so that a year of weeks
    // stays readable.
    auto *timeAxis = new QCategoryAxis;
    timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    timeAxis->setRange(-0.5, std::max(count, 1) - 0.5);
    const QLocale locale;
    const int step = std::max(1, data.labelEvery);
    for (int i = 0; i < count; i += step)
        timeAxis->append(locale.toString(data.starts[size_t(i)], data.dateFormat), i);
    timeAxis->setGridLineVisible(false);
    // Three steps: the chart is short, and taller labels would be shortened to "...".
    auto *left = new QValueAxis;
    setRoundRange(left, maximum, 3);
    auto *right = new QValueAxis;
    setRoundRange(right, std::max(shareMaximum, 1.0), 3);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    columns->attachAxis(timeAxis);
    columns->attachAxis(left);
    line->attachAxis(timeAxis);
    line->attachAxis(right);
    theme.apply(chart);
    right->setLabelsColor(theme.alert);
    right->setGridLineVisible(false);
    left->setTitleText(data.valueAxisTitle);
    right->setTitleText(data.shareAxisTitle);
    right->setTitleBrush(theme.alert);
    // The caller shows the legend beside the chart (legendHtml), where it has room.
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace clearsight::ui
