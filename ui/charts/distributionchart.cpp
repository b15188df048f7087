#include "distributionchart.h"

#include "common/valueformat.h"

#include <QCursor>
#include <QToolTip>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace clearsight::ui
{

namespace
{
// Where a point sits vertically: a fixed pseudo-random height (the same on every redraw), so
// that records with close values do not hide each other.
double spread(size_t index)
{
    quint64 x = quint64(index) + 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return 0.06 + 0.88 * double(x >> 11) / double(1ULL << 53);
}

QString tickLabel(double value)
{
    const int magnitude = int(std::floor(std::log10(value)));
    return formatTrimmed(value, std::clamp(2 - magnitude, 0, 8), QLocale());
}

struct PointIndex {
    std::vector<QPointF> points;
    std::vector<qint64> ids;
    QStringList labels;

    void add(const QPointF &at, const DistributionPoint &p)
    {
        points.push_back(at);
        ids.push_back(p.id);
        labels << p.label;
    }

    int find(const QPointF &p) const
    {
        int best = -1;
        double bestDistance = 0;
        for (size_t i = 0; i < points.size(); ++i) {
            const double distance =
                std::abs(points[i].x() - p.x()) + std::abs(points[i].y() - p.y());
            if (best < 0 || distance < bestDistance) {
                best = int(i);
                bestDistance = distance;
            }
        }
        return best;
    }
};
} // namespace

std::vector<double> logTicks(double low, double high)
{
    if (!(low > 0) || !(high > low))
        return {};
    const auto ticksWith = [&](const std::vector<double> &mantissas, int decadeStep) {
        std::vector<double> ticks;
        const int first = int(std::floor(std::log10(low)));
        const int last = int(std::ceil(std::log10(high)));
        for (int exponent = first; exponent <= last; ++exponent) {
            if ((exponent - first) % decadeStep != 0)
                continue;
            const double scale = std::pow(10.0, exponent);
            for (double m : mantissas) {
                const double value = m * scale;
                if (value >= low && value <= high)
                    ticks.push_back(value);
            }
        }
        return ticks;
    };
    // The finest set of "round" values that leaves room for the labels.
    static const std::vector<std::vector<double>> steps = {
        {1, 1.2, 1.4, 1.6, 1.8, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9},
        {1, 1.5, 2, 3, 4, 5, 6, 8},
        {1, 2, 3, 5, 7},
        {1, 2, 5},
        {1, 3},
        {1}};
    constexpr size_t maxTicks = 9;
    for (const std::vector<double> &mantissas : steps) {
        std::vector<double> ticks = ticksWith(mantissas, 1);
        if (ticks.size() <= maxTicks)
            return ticks;
    }
    for (int decadeStep = 2;; ++decadeStep) {
        std::vector<double> ticks = ticksWith({1}, decadeStep);
        if (ticks.size() <= maxTicks)
            return ticks;
    }
}

QChart *buildDistributionChart(const DistributionData &data, const ChartTheme &theme,
                               std::function<void(qint64 id)> onClicked)
{
    auto *chart = new QChart;
    // The value axis is log10 of the value on a linear axis, labelled with the values
    // themselves: Qt's logarithmic axis only ticks at powers of its base.
    double low = 0;
    double high = 0;
    bool any = false;
    const auto extend = [&](double value) {
        if (!(value > 0))
            return;
        low = any ? std::min(low, value) : value;
        high = any ? std::max(high, value) : value;
        any = true;
    };
    for (const DistributionPoint &p : data.points)
        extend(p.value);
    for (const auto &v : {data.centre, data.bandLow, data.bandHigh}) {
        if (v)
            extend(*v);
    }
    if (!any) {
        low = 1;
        high = 10;
    }
    const double padding = std::max(0.04 * std::log10(high / low), 0.05);
    const double axisLow = std::log10(low) - padding;
    const double axisHigh = std::log10(high) + padding;

    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setMin(axisLow);
    xAxis->setMax(axisHigh);
    xAxis->setStartValue(axisLow);
    for (double tick : logTicks(std::pow(10.0, axisLow), std::pow(10.0, axisHigh)))
        xAxis->append(tickLabel(tick), std::log10(tick));
    xAxis->setTitleText(data.valueTitle);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 1);
    yAxis->setVisible(false);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };

    if (data.bandLow && data.bandHigh && *data.bandLow > 0 && *data.bandHigh > *data.bandLow) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(std::log10(*data.bandLow), 1);
        upper->append(std::log10(*data.bandHigh), 1);
        lower->append(std::log10(*data.bandLow), 0);
        lower->append(std::log10(*data.bandHigh), 0);
        auto *band = new QAreaSeries(upper, lower);
        band->setName(data.bandName);
        band->setBrush(theme.band);
        QColor edge = theme.primary;
        edge.setAlphaF(0.5f);
        band->setPen(QPen(edge, 1));
        attach(band);
    }
    if (data.centre && *data.centre > 0) {
        auto *centre = new QLineSeries;
        centre->setName(data.centreName);
        centre->append(std::log10(*data.centre), 0);
        centre->append(std::log10(*data.centre), 1);
        QPen pen(theme.primary, 2);
        pen.setStyle(Qt::DashLine);
        centre->setPen(pen);
        attach(centre);
    }

    const qreal dot = std::max<qreal>(7, theme.font.pointSizeF() * 0.8);
    const auto addScatter = [&](QScatterSeries *series, const std::shared_ptr<PointIndex> &index) {
        attach(series);
        QObject::connect(series, &QScatterSeries::clicked, series,
                         [index, onClicked](const QPointF &point) {
                             const int i = index->find(point);
                             if (i >= 0 && onClicked)
                                 onClicked(index->ids[size_t(i)]);
                         });
        QObject::connect(series, &QScatterSeries::hovered, series,
                         [index](const QPointF &point, bool state) {
                             const int i = index->find(point);
                             if (state && i >= 0)
                                 QToolTip::showText(QCursor::pos(), index->labels[i]);
                             else
                                 QToolTip::hideText();
                         });
    };
    for (size_t g = 0; g < data.groups.size(); ++g) {
        const DistributionGroup &group = data.groups[g];
        auto index = std::make_shared<PointIndex>();
        auto *series = new QScatterSeries;
        series->setName(group.name);
        for (size_t i = 0; i < data.points.size(); ++i) {
            const DistributionPoint &p = data.points[i];
            if (p.group == int(g) && p.value > 0)
                index->add(QPointF(std::log10(p.value), spread(i)), p);
        }
        series->replace(QList<QPointF>(index->points.begin(), index->points.end()));
        const QColor colour = theme.colour(group.role);
        const bool ordinary = group.role == ChartRole::Primary;
        series->setMarkerSize(ordinary ? dot : dot * 1.3);
        QColor fill = colour;
        fill.setAlphaF(ordinary ? 0.55f : 0.9f);
        series->setColor(fill);
        series->setBorderColor(colour.darker(theme.dark ? 80 : 130));
        addScatter(series, index);
        if (index->points.empty()) {
            for (QLegendMarker *marker : chart->legend()->markers(series))
                marker->setVisible(false);
        }
    }
    // The record in question: a ring drawn over its point, last so that it is on top.
    auto ringIndex = std::make_shared<PointIndex>();
    for (size_t i = 0; i < data.points.size(); ++i) {
        const DistributionPoint &p = data.points[i];
        if (p.highlighted && p.value > 0)
            ringIndex->add(QPointF(std::log10(p.value), spread(i)), p);
    }
    QScatterSeries *ring = nullptr;
    if (!ringIndex->points.empty()) {
        ring = new QScatterSeries;
        ring->setName(data.highlightName);
        ring->replace(QList<QPointF>(ringIndex->points.begin(), ringIndex->points.end()));
        ring->setMarkerSize(dot * 2.6);
        ring->setBrush(Qt::NoBrush);
        ring->setPen(QPen(theme.text, 2.5));
        addScatter(ring, ringIndex);
    }
    theme.apply(chart);
    if (ring) {
        // The ring's legend marker shows its outline, not its empty fill.
        for (QLegendMarker *marker : chart->legend()->markers(ring)) {
            marker->setBrush(theme.background);
            marker->setPen(QPen(theme.text, 2));
        }
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace clearsight::ui
