#include "barchart.h"

#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace clearsight::ui
{

QChart *buildBarChart(const BarChartData &data, const ChartTheme &theme,
                      std::function<void(int category, int set)> onClicked)
{
    auto *chart = new QChart;
    QAbstractBarSeries *series = nullptr;
    if (data.horizontal)
        series = new QHorizontalBarSeries;
    else
        series = new QBarSeries;
    // Horizontal bars run bottom-up in Qt: reversed, so the first category is at the top.
    const int count = int(data.categories.size());
    const auto position = [&](int category) {
        return data.horizontal ? count - 1 - category : category;
    };
    QStringList categories;
    for (int c = 0; c < count; ++c)
        categories << data.categories[position(c)];
    double maximum = 0;
    for (size_t s = 0; s < data.sets.size(); ++s) {
        const BarSetData &setData = data.sets[s];
        auto *set = new QBarSet(setData.name);
        for (int c = 0; c < count; ++c) {
            const size_t at = size_t(position(c));
            const double value = at < setData.values.size() ? setData.values[at] : 0;
            set->append(value);
            maximum = std::max(maximum, value);
        }
        const QColor colour = theme.colour(setData.role);
        set->setColor(colour);
        set->setBorderColor(colour.darker(theme.dark ? 80 : 120));
        series->append(set);
        const int setIndex = int(s);
        QObject::connect(set, &QBarSet::clicked, set, [=](int index) {
            if (onClicked)
                onClicked(position(index), setIndex);
        });
        const QString name = setData.name;
        QObject::connect(set, &QBarSet::hovered, set, [=](bool state, int index) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1 · %2: %3")
                                   .arg(name, categories.value(index),
                                        QLocale().toString(set->at(index), 'f', 1)));
        });
    }
    series->setBarWidth(data.sets.size() > 1 ? 0.8 : 0.6);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, data.maximum > 0 ? data.maximum : std::max(maximum * 1.08, 1.0));
    valueAxis->setLabelFormat(data.valueLabelFormat);
    valueAxis->setTickCount(6);
    if (data.maximum <= 0)
        valueAxis->applyNiceNumbers();
    valueAxis->setTitleText(data.valueTitle);
    chart->addAxis(categoryAxis, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    theme.apply(chart);
    chart->legend()->setVisible(data.sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace clearsight::ui
