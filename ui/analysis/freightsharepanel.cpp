#include "freightsharepanel.h"

#include "charts/chartview.h"
#include "charts/quantilechart.h"
#include "domain/incoterms.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace clearsight::ui
{

namespace
{
int ruleOrder(const QString &code)
{
    for (int i = 0; i < int(Incoterm::Count); ++i) {
        if (incotermCode(Incoterm(i)) == code)
            return i;
    }
    return 100;
}
} // namespace

bool FreightSharePanel::includesCarriage(const QString &incoterm)
{
    const std::optional<ParsedIncoterm> parsed = parseIncoterm(QStringView(incoterm));
    return parsed && incotermRule(parsed->rule).includesMainCarriage;
}

FreightSharePanel::FreightSharePanel(QWidget *parent) : QWidget(parent)
{
    m_chart = new ChartView(this);
    m_chart->setObjectName(QStringLiteral("freightShareChart"));
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_legend);
    showMessage(QString());
}

void FreightSharePanel::showMessage(const QString &message)
{
    m_stats.clear();
    m_chart->clearContent(message);
    m_legend->clear();
}

void FreightSharePanel::showStats(const std::vector<FreightShareStats> &stats,
                                  const std::vector<FlagItem> &flags)
{
    m_stats = stats;
    std::sort(m_stats.begin(), m_stats.end(), [](const auto &a, const auto &b) {
        return std::pair(ruleOrder(a.incoterm), a.incoterm) <
               std::pair(ruleOrder(b.incoterm), b.incoterm);
    });
    if (m_stats.empty()) {
        m_chart->clearContent(tr("No import items with an Incoterm and values to compare."));
        m_legend->clear();
        return;
    }
    const QLocale locale;
    QuantileChartData data;
    data.valueTitle = tr("Added to the invoice (%)");
    for (const FreightShareStats &s : m_stats) {
        QuantileBox box;
        box.category = s.incoterm;
        box.low = s.p10;
        box.lowerQuartile = s.p25;
        box.median = s.median;
        box.upperQuartile = s.p75;
        box.high = s.p90;
        const bool carriage = includesCarriage(s.incoterm);
        box.role = carriage ? ChartRole::Secondary : ChartRole::Primary;
        const double noneShare = s.items > 0 ? 100.0 * double(s.none) / double(s.items) : 0;
        box.tooltip =
            tr("%1: %2 items\nmedian %3 %, quartiles %4 to %5 %, 10th to 90th percentile %6 "
               "to %7 %\n%8 items (%9 %) add nothing to the invoice")
                .arg(s.incoterm, locale.toString(s.items), locale.toString(s.median, 'f', 1),
                     locale.toString(s.p25, 'f', 1), locale.toString(s.p75, 'f', 1),
                     locale.toString(s.p10, 'f', 1), locale.toString(s.p90, 'f', 1),
                     locale.toString(s.none), locale.toString(noneShare, 'f', 1));
        data.boxes.push_back(box);
    }
    m_points.clear();
    for (const FlagItem &item : flags) {
        const FlagRecord &f = item.record;
        if (f.kind != FlagKind::MissingFreight && f.kind != FlagKind::DoubleFreight)
            continue;
        const auto box = std::find_if(m_stats.begin(), m_stats.end(),
                                      [&](const auto &s) { return s.incoterm == item.incoterm; });
        if (box == m_stats.end())
            continue;
        QuantilePoint point;
        point.box = int(box - m_stats.begin());
        point.value = f.reason.value(QLatin1StringView("share")).toDouble();
        point.id = qint64(m_points.size());
        point.label = tr("%1 item %2 · %3\n%4: %5 % of the invoice added")
                          .arg(f.declarationId)
                          .arg(f.itemNo)
                          .arg(f.traderId, flagTitle(f.kind), locale.toString(point.value, 'f', 1));
        data.points.push_back(point);
        m_points.push_back(f);
    }
    const std::vector<FreightShareStats> shown = m_stats;
    m_chart->setContent([this, data, shown](const ChartTheme &theme) {
        m_legend->setText(
            legendHtml({{theme.primary, tr("E- and F-rules: freight to be added")},
                        {theme.secondary, tr("C- and D-rules: freight already in the price")},
                        {theme.alert, tr("items flagged for missing or double freight")}}) +
            QStringLiteral("<br>") +
            tr("Boxes: quartiles and median; whiskers: 10th to 90th percentile."));
        return buildQuantileChart(
            data, theme,
            [this, shown](int index) {
                if (index >= 0 && size_t(index) < shown.size())
                    Q_EMIT incotermClicked(shown[size_t(index)].incoterm);
            },
            [this](qint64 id) {
                if (id >= 0 && size_t(id) < m_points.size())
                    Q_EMIT flagClicked(m_points[size_t(id)]);
            });
    });
}

} // namespace clearsight::ui
