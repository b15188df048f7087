#include "rankingchart.h"

#include "valuescale.h"

#include <QCursor>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QSet>
#include <QToolTip>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace clearsight::ui
{

namespace
{
constexpr int kRankingPlaces = 10;

// Qt Charts gives a category label the height of its category less a fixed padding and shortens
// it to "..." when the font is taller, so ten bars in a dashboard tile would all read "...".
// The labels are drawn here instead, left of the bars, in room made by starting the value axis
// below zero (room in the plot rather than a margin, so that the title stays centred).
class BarLabels : public QObject
{
public:
    BarLabels(QChart *chart, QAbstractSeries *series, QValueAxis *axis, double maximum,
              const QStringList &labels, const ChartTheme &theme, int maximumWidth)
        : QObject(chart), m_chart(chart), m_series(series), m_axis(axis), m_maximum(maximum),
          m_labels(labels), m_font(theme.smallFont), m_maximumWidth(maximumWidth)
    {
        const QFontMetricsF metrics(m_font);
        for (const QString &label : labels) {
            m_widest = std::max(m_widest, int(std::ceil(metrics.horizontalAdvance(label))) + 1);
            auto *item = new QGraphicsSimpleTextItem(chart);
            item->setFont(m_font);
            item->setBrush(theme.text);
            item->setToolTip(label);
            m_items.push_back(item);
        }
        connect(chart, &QChart::plotAreaChanged, this, &BarLabels::place);
    }

private:
    void place()
    {
        const QFontMetrics metrics(m_font);
        const int gap = metrics.averageCharWidth();
        const QRectF plot = m_chart->plotArea();
        const int available = int(plot.width() * 0.45);
        const int width = std::max(0, std::min({m_widest, m_maximumWidth, available}));
        // The share of the plot left of zero holds the labels: -low / (high - low) of its width.
        const double room = std::min(0.9, (width + 2.0 * gap) / std::max(plot.width(), 1.0));
        const double low = -m_maximum * room / (1 - room);
        if (std::abs(m_axis->min() - low) > 1e-9 * std::max(m_maximum, 1.0))
            m_axis->setMin(low);
        const int count = int(m_items.size());
        for (int i = 0; i < count; ++i) {
            QGraphicsSimpleTextItem *item = m_items[size_t(i)];
            item->setText(metrics.elidedText(m_labels[i], Qt::ElideRight, width));
            // Category c from the bottom is centred on y = c; the first label is the top bar.
            const QPointF zero = m_chart->mapToPosition(QPointF(0, count - 1 - i), m_series);
            const QRectF box = item->boundingRect();
            item->setPos(zero.x() - gap - box.width(), zero.y() - box.height() / 2);
        }
    }

    QChart *m_chart;
    QAbstractSeries *m_series;
    QValueAxis *m_axis;
    double m_maximum;
    QStringList m_labels;
    QFont m_font;
    int m_maximumWidth;
    int m_widest = 0;
    std::vector<QGraphicsSimpleTextItem *> m_items;
};
} // namespace

QStringList chartCategoryLabels(const QStringList &labels, const QFont &font, int characters)
{
    const QFontMetrics metrics(font);
    const int width = metrics.averageCharWidth() * characters;
    QStringList result;
    QSet<QString> seen;
    for (const QString &label : labels) {
        QString text = metrics.elidedText(label.simplified(), Qt::ElideRight, width);
        if (text.isEmpty())
            text = QStringLiteral("–");
        // Equal labels (two traders of one name) would share one category: a zero-width space
        // tells them apart without showing.
        while (seen.contains(text))
            text += QChar(0x200B);
        seen.insert(text);
        result << text;
    }
    return result;
}

int rankingIndexAt(const QPointF &value, int count)
{
    // Bars run bottom-up in Qt: category c (from the bottom) is centred on y = c.
    const int fromBottom = categoryIndexAt(value.y(), count);
    return fromBottom < 0 ? -1 : count - 1 - fromBottom;
}

QChart *buildRankingChart(const RankingChartData &data, const ChartTheme &theme,
                          std::function<void(int index)> onClicked)
{
    auto *chart = new QChart;
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(data.valueTitle);
    const int count = int(data.values.size());
    double maximum = 0;
    // Reversed, so that the first (largest) bar is at the top.
    for (int bottomUp = 0; bottomUp < count; ++bottomUp) {
        const int index = count - 1 - bottomUp;
        const double value = data.values[size_t(index)] / data.divisor;
        set->append(value);
        maximum = std::max(maximum, value);
    }
    const QColor colour = theme.colour(data.role);
    set->setColor(colour);
    set->setBorderColor(colour.darker(theme.dark ? 80 : 120));
    series->append(set);
    series->setBarWidth(0.7);
    // Each bar carries its value, so the value axis needs no labels of its own and the bars get
    // its height.
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    set->setLabelFont(theme.smallFont);
    set->setLabelColor(theme.text);
    chart->addSeries(series);
    QObject::connect(set, &QBarSet::clicked, set, [count, onClicked](int bottomUp) {
        if (onClicked)
            onClicked(count - 1 - bottomUp);
    });
    const QStringList tooltips = data.tooltips;
    QObject::connect(set, &QBarSet::hovered, set, [count, tooltips](bool state, int bottomUp) {
        const QString text = tooltips.value(count - 1 - bottomUp);
        if (state && !text.isEmpty())
            QToolTip::showText(QCursor::pos(), text);
        else
            QToolTip::hideText();
    });

    // Bars sit at y = 0, 1, ... from the bottom; a range of at least ten places keeps a short
    // ranking's bars as thin as a full one's, at the top.
    auto *categoryAxis = new QValueAxis;
    const int places = std::max(count, kRankingPlaces);
    categoryAxis->setRange(count - places - 0.5, count - 0.5);
    auto *valueAxis = new QValueAxis;
    // Room right of the longest bar for its value.
    const double high = std::max(maximum * 1.3, 1e-9);
    valueAxis->setRange(0, high);
    valueAxis->setTitleText(data.valueTitle);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    theme.apply(chart);
    for (QValueAxis *axis : {valueAxis, categoryAxis}) {
        axis->setLabelsVisible(false);
        axis->setGridLineVisible(false);
        axis->setLineVisible(false);
    }
    chart->setTitle(data.title);
    chart->legend()->hide();
    const int maximumWidth =
        QFontMetrics(theme.smallFont).averageCharWidth() * data.labelCharacters;
    new BarLabels(chart, series, valueAxis, high, data.labels, theme, maximumWidth);
    return chart;
}

} // namespace clearsight::ui
