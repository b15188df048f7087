#include "quantilechart.h"

#include <QCursor>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBoxPlotSeries>
#include <QtCharts/QBoxSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace clearsight::ui
{

namespace
{
// A fixed horizontal offset within the category, so that records with the same value do not
// hide each other.
double offset(size_t index)
{
    quint64 x = quint64(index) * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL;
    x = (x ^ (x >> 29)) * 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 32;
    return (double(x >> 11) / double(1ULL << 53) - 0.5) * 0.5;
}
} // namespace

QChart *buildQuantileChart(const QuantileChartData &data, const ChartTheme &theme,
                           std::function<void(int index)> onBoxClicked,
                           std::function<void(qint64 id)> onPointClicked)
{
    auto *chart = new QChart;
    auto *series = new QBoxPlotSeries;
    QStringList categories;
    double low = 0;
    double high = 1;
    for (size_t i = 0; i < data.boxes.size(); ++i) {
        const QuantileBox &b = data.boxes[i];
        auto *set =
            new QBoxSet(b.low, b.lowerQuartile, b.median, b.upperQuartile, b.high, b.category);
        const QColor colour = theme.colour(b.role);
        set->setBrush(theme.faded(colour, 0.55));
        set->setPen(QPen(colour.darker(theme.dark ? 70 : 140), 1.5));
        series->append(set);
        categories << b.category;
        low = std::min(low, b.low);
        high = std::max(high, b.high);
        const QString tooltip = b.tooltip;
        QObject::connect(set, &QBoxSet::hovered, set, [tooltip](bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tooltip);
            else
                QToolTip::hideText();
        });
        const int index = int(i);
        QObject::connect(set, &QBoxSet::clicked, set, [index, onBoxClicked] {
            if (onBoxClicked)
                onBoxClicked(index);
        });
    }
    series->setBoxWidth(0.6);
    chart->addSeries(series);

    QScatterSeries *records = nullptr;
    std::vector<QPointF> positions;
    std::vector<qint64> ids;
    QStringList labels;
    for (size_t i = 0; i < data.points.size(); ++i) {
        const QuantilePoint &p = data.points[i];
        if (p.box < 0 || size_t(p.box) >= data.boxes.size())
            continue;
        positions.emplace_back(p.box + offset(i), p.value);
        ids.push_back(p.id);
        labels << p.label;
        low = std::min(low, p.value);
        high = std::max(high, p.value);
    }
    if (!positions.empty()) {
        records = new QScatterSeries;
        records->replace(QList<QPointF>(positions.begin(), positions.end()));
        records->setMarkerSize(std::max<qreal>(6, theme.font.pointSizeF() * 0.7));
        QColor fill = theme.alert;
        fill.setAlphaF(0.75f);
        records->setColor(fill);
        records->setBorderColor(theme.alert.darker(theme.dark ? 80 : 130));
        chart->addSeries(records);
        const auto find = [positions](const QPointF &point) {
            int best = -1;
            double bestDistance = 0;
            for (size_t i = 0; i < positions.size(); ++i) {
                const double d =
                    std::abs(positions[i].x() - point.x()) + std::abs(positions[i].y() - point.y());
                if (best < 0 || d < bestDistance) {
                    best = int(i);
                    bestDistance = d;
                }
            }
            return best;
        };
        QObject::connect(records, &QScatterSeries::clicked, records,
                         [find, ids, onPointClicked](const QPointF &point) {
                             const int i = find(point);
                             if (i >= 0 && onPointClicked)
                                 onPointClicked(ids[size_t(i)]);
                         });
        QObject::connect(records, &QScatterSeries::hovered, records,
                         [find, labels](const QPointF &point, bool state) {
                             const int i = find(point);
                             if (state && i >= 0)
                                 QToolTip::showText(QCursor::pos(), labels[i]);
                             else
                                 QToolTip::hideText();
                         });
    }

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    xAxis->setTitleText(data.categoryTitle);
    auto *yAxis = new QValueAxis;
    const double span = high - low;
    yAxis->setRange(low < 0 ? low - 0.05 * span : 0, high + 0.08 * span);
    yAxis->setTickCount(6);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(data.valueTitle);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    if (records) {
        records->attachAxis(xAxis);
        records->attachAxis(yAxis);
    }
    theme.apply(chart);
    chart->legend()->hide();
    return chart;
}

} // namespace clearsight::ui
