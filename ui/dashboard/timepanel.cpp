#include "timepanel.h"

#include "charts/chartview.h"
#include "charts/timechart.h"
#include "charts/valuescale.h"
#include "summarytablemodel.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>

#include <algorithm>
#include <cstdlib>

namespace clearsight::ui
{

namespace
{
// More periods than this are shown as they come, without the empty ones between them (a
// stray date decades away would otherwise draw thousands of columns).
constexpr int kMaximumFilledPeriods = 400;

QDate nextPeriod(SummaryDimension dimension, const QDate &start)
{
    switch (dimension) {
    case SummaryDimension::Day:
        return start.addDays(1);
    case SummaryDimension::Week:
        return start.addDays(7);
    default:
        return start.addMonths(1);
    }
}
} // namespace

TimePanel::TimePanel(QWidget *parent) : DashboardPanel(SummaryDimension::Month, parent)
{
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("timeMeasure"));
    m_measure->setToolTip(tr("The figure the columns show"));
    m_measure->addItem(tr("Declarations"), int(Measure::Declarations));
    m_measure->addItem(tr("Customs value"), int(Measure::CustomsValue));
    m_measure->addItem(tr("Duties and taxes"), int(Measure::Duties));
    m_measure->addItem(tr("Revenue recovered"), int(Measure::RevenueRecovered));
    m_measure->setCurrentIndex(1);
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("timeStep"));
    m_step->setToolTip(tr("The length of the periods"));
    m_step->addItem(tr("Automatic"), int(TimeStep::Automatic));
    m_step->addItem(tr("By day"), int(TimeStep::Day));
    m_step->addItem(tr("By week"), int(TimeStep::Week));
    m_step->addItem(tr("By month"), int(TimeStep::Month));
    for (QComboBox *combo : {m_measure, m_step})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *measureLabel = new QLabel(tr("Show"), this);
    measureLabel->setBuddy(m_measure);
    QHBoxLayout *header = headerLayout();
    header->addWidget(measureLabel);
    header->addWidget(m_measure);
    header->addSpacing(header->spacing() * 2);
    header->addWidget(m_step);
    header->addStretch(1);
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    header->addWidget(m_legend);

    connect(m_measure, &QComboBox::activated, this, [this] {
        if (hasResult())
            redraw();
    });
    connect(m_step, &QComboBox::activated, this, [this] { Q_EMIT stepChanged(step()); });
    connect(model(), &QAbstractItemModel::modelReset, this, &TimePanel::fillPeriods);
}

TimePanel::Measure TimePanel::measure() const
{
    return Measure(m_measure->currentData().toInt());
}

void TimePanel::setMeasure(Measure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
    if (hasResult())
        redraw();
}

TimeStep TimePanel::step() const
{
    return TimeStep(m_step->currentData().toInt());
}

void TimePanel::setStep(TimeStep step)
{
    m_step->setCurrentIndex(m_step->findData(int(step)));
}

void TimePanel::setAutomaticDimension(SummaryDimension dimension)
{
    QString text = tr("Automatic");
    if (dimension == SummaryDimension::Day)
        text = tr("Automatic (by day)");
    else if (dimension == SummaryDimension::Week)
        text = tr("Automatic (by week)");
    else if (dimension == SummaryDimension::Month)
        text = tr("Automatic (by month)");
    m_step->setItemText(0, text);
}

void TimePanel::fillPeriods()
{
    m_keys.clear();
    m_starts.clear();
    m_rows.clear();
    const std::vector<SummaryRow> &rows = model()->rows();
    QHash<QString, int> rowOf;
    for (size_t i = 0; i < rows.size(); ++i)
        rowOf.insert(rows[i].key, int(i));
    const SummaryDimension period = dimension();
    QDate first, last;
    for (const SummaryRow &row : rows) {
        const QDate start = DashboardFilter::periodOfKey(period, row.key).first;
        if (!start.isValid())
            continue;
        if (!first.isValid() || start < first)
            first = start;
        if (!last.isValid() || start > last)
            last = start;
    }
    int periods = 0;
    for (QDate d = first; d.isValid() && d <= last && periods <= kMaximumFilledPeriods;
         d = nextPeriod(period, d))
        ++periods;
    if (first.isValid() && periods <= kMaximumFilledPeriods) {
        for (QDate d = first; d <= last; d = nextPeriod(period, d)) {
            const QString key = summaryTimeKey(period, d);
            m_keys.push_back(key);
            m_starts.push_back(d);
            m_rows.push_back(rowOf.value(key, -1));
        }
        return;
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        const QDate start = DashboardFilter::periodOfKey(period, rows[i].key).first;
        if (!start.isValid())
            continue;
        m_keys.push_back(rows[i].key);
        m_starts.push_back(start);
        m_rows.push_back(int(i));
    }
}

double TimePanel::measureOf(const SummaryFigures &figures) const
{
    switch (measure()) {
    case Measure::Declarations:
        return double(figures.declarations);
    case Measure::CustomsValue:
        return figures.customsValue;
    case Measure::Duties:
        return figures.dutyPaid;
    case Measure::RevenueRecovered:
        return figures.revenueRecovered;
    }
    return 0;
}

QString TimePanel::measureTitle() const
{
    return m_measure->currentText();
}

QString TimePanel::emptyMessage() const
{
    return tr("No declarations in this period under this filter.");
}

QChart *TimePanel::buildChart(const ChartTheme &theme)
{
    TimeChartData data;
    data.starts = m_starts;
    double maximum = 0;
    for (int row : m_rows) {
        const SummaryFigures figures =
            row >= 0 ? model()->rows()[size_t(row)].figures : SummaryFigures{};
        const double value = measureOf(figures);
        data.values.push_back(value);
        data.shares.push_back(figures.flaggedShare());
        data.tooltips << (row >= 0 ? toolTip(row) : QString());
        maximum = std::max(maximum, value);
    }
    const bool money = measure() != Measure::Declarations;
    const ValueScale scale = ValueScale::forMaximum(money ? maximum : 0);
    data.divisor = scale.divisor;
    data.valueName = scale.title(measureTitle(), money ? currency() : QString());
    data.shareName = tr("Flagged share (%)");
    data.valueAxisTitle = money ? scale.unit(currency()) : measureTitle();
    data.shareAxisTitle = tr("Flagged %");
    m_legend->setText(legendHtml({{theme.primary, data.valueName}, {theme.alert, data.shareName}}));
    switch (dimension()) {
    case SummaryDimension::Day:
        data.dateFormat = QStringLiteral("d MMM");
        break;
    case SummaryDimension::Week:
        data.dateFormat = QStringLiteral("d MMM yy");
        break;
    default:
        data.dateFormat = QStringLiteral("MMM yyyy");
        break;
    }
    const QFontMetrics metrics(theme.smallFont);
    const int labelWidth =
        metrics.horizontalAdvance(QLocale().toString(QDate(2025, 12, 28), data.dateFormat)) +
        metrics.averageCharWidth() * 3;
    m_builtWidth = chartView()->width();
    const int width = std::max(m_builtWidth, fontMetrics().averageCharWidth() * 60);
    data.labelEvery = timeLabelStep(int(m_starts.size()), std::max(2, width * 3 / 4 / labelWidth));
    return buildTimeChart(data, theme, [this](int index) { activatePeriod(index); });
}

void TimePanel::resizeEvent(QResizeEvent *event)
{
    DashboardPanel::resizeEvent(event);
    // The labels were spaced for another width: spaced again when it changed noticeably.
    if (hasResult() && std::abs(chartView()->width() - m_builtWidth) > m_builtWidth / 5)
        redraw();
}

void TimePanel::activatePeriod(int index)
{
    if (index < 0 || size_t(index) >= m_keys.size())
        return;
    Q_EMIT activated(dimension(), m_keys[size_t(index)]);
}

int TimePanel::rowAt(const QPointF &value) const
{
    const int index = categoryIndexAt(value.x(), int(m_rows.size()));
    return index < 0 ? -1 : m_rows[size_t(index)];
}

} // namespace clearsight::ui
