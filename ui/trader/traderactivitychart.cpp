#include "traderactivitychart.h"

#include <QCursor>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace clearsight::ui
{

QChart *buildActivityChart(const ActivityChartData &data, const ChartTheme &theme,
                           std::function<void(int month)> onClicked)
{
    auto *chart = new QChart;
    // Two stacked sets, each empty in the other half's months: one bar per month, in the
    // colour of its half.
    auto *series = new QStackedBarSeries;
    const int count = int(data.months.size());
    double maxValue = 0, maxItems = 0;
    const QStringList names{data.firstHalfName, data.secondHalfName};
    for (int half = 0; half < 2; ++half) {
        auto *set = new QBarSet(names[half]);
        for (int m = 0; m < count; ++m) {
            const bool inHalf = (m >= data.firstSecondHalfMonth) == (half == 1);
            const double value =
                inHalf && size_t(m) < data.values.size() ? data.values[size_t(m)] : 0.0;
            set->append(value);
            maxValue = std::max(maxValue, value);
        }
        const QColor colour = theme.colour(half == 0 ? ChartRole::Muted : ChartRole::Primary);
        set->setColor(colour);
        set->setBorderColor(colour.darker(theme.dark ? 80 : 120));
        QObject::connect(set, &QBarSet::clicked, set, [onClicked](int index) {
            if (onClicked)
                onClicked(index);
        });
        QObject::connect(set, &QBarSet::hovered, set, [=](bool state, int index) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QLocale locale;
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1 · %2: %3 · %4: %5")
                                   .arg(data.months.value(index), data.valueTitle,
                                        locale.toString(size_t(index) < data.values.size()
                                                            ? data.values[size_t(index)]
                                                            : 0.0,
                                                        'f', 0),
                                        data.itemsTitle,
                                        locale.toString(size_t(index) < data.items.size()
                                                            ? qint64(data.items[size_t(index)])
                                                            : 0)));
        });
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *line = new QLineSeries;
    line->setName(data.itemsTitle);
    for (int m = 0; m < count; ++m) {
        const double items = size_t(m) < data.items.size() ? data.items[size_t(m)] : 0.0;
        line->append(m, items);
        maxItems = std::max(maxItems, items);
    }
    QPen pen(theme.colour(ChartRole::Secondary));
    pen.setWidthF(2.0);
    line->setPen(pen);
    line->setPointsVisible(true);
    chart->addSeries(line);

    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(data.months);
    // The value axis in thousands, millions or billions, so that its labels stay short.
    double scale = 1;
    QString scaleName;
    for (const auto &[factor, name] : {std::pair{1e9, data.billions}, std::pair{1e6, data.millions},
                                       std::pair{1e3, data.thousands}}) {
        if (maxValue >= 2 * factor) {
            scale = factor;
            scaleName = name;
            break;
        }
    }
    for (QBarSet *set : series->barSets()) {
        for (int m = 0; m < set->count(); ++m)
            set->replace(m, set->at(m) / scale);
    }
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(maxValue / scale * 1.08, 1.0));
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTickCount(5);
    valueAxis->applyNiceNumbers();
    valueAxis->setTitleText(scaleName.isEmpty()
                                ? data.valueTitle
                                : QStringLiteral("%1 (%2)").arg(data.valueTitle, scaleName));
    auto *itemsAxis = new QValueAxis;
    itemsAxis->setRange(0, std::max(maxItems * 1.08, 1.0));
    itemsAxis->setLabelFormat(QStringLiteral("%.0f"));
    itemsAxis->setTickCount(5);
    itemsAxis->applyNiceNumbers();
    itemsAxis->setTitleText(data.itemsTitle);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    chart->addAxis(itemsAxis, Qt::AlignRight);
    series->attachAxis(monthAxis);
    series->attachAxis(valueAxis);
    // The line's x runs 0..count-1, on the bar categories' centres.
    auto *lineX = new QValueAxis;
    lineX->setRange(-0.5, count - 0.5);
    chart->addAxis(lineX, Qt::AlignBottom);
    line->attachAxis(lineX);
    line->attachAxis(itemsAxis);
    theme.apply(chart);
    lineX->setVisible(false);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace clearsight::ui
