#include "peergrouppanel.h"

#include "charts/chartview.h"
#include "charts/distributionchart.h"
#include "common/valueformat.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace clearsight::ui
{

namespace
{
// Unit values span cents to thousands: enough decimals for three significant digits.
QString unitValueText(double value, const QLocale &locale)
{
    const int magnitude = value > 0 ? int(std::floor(std::log10(value))) : 0;
    return locale.toString(value, 'f', std::clamp(2 - magnitude, 2, 6));
}
} // namespace

PeerGroupPanel::PeerGroupPanel(QWidget *parent) : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("peerGroupCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new ChartView(this);
    m_chart->setObjectName(QStringLiteral("peerGroupChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_chart, 1);
    showMessage(tr("Select a flag to see the unit values of its peer group."));
}

QString PeerGroupPanel::caption() const
{
    return m_caption->text();
}

void PeerGroupPanel::showMessage(const QString &message)
{
    m_snapshot.reset();
    m_caption->clear();
    m_caption->hide();
    m_chart->clearContent(message);
}

QString PeerGroupPanel::describe(const PeerGroupSnapshot &s, const QString &currency) const
{
    const QLocale locale;
    const QString quarter = QStringLiteral("%1-Q%2").arg(s.key.year).arg(s.key.quarter);
    QString group;
    if (s.widened) {
        group = tr("HS %1, every origin and quarter (fewer than %2 items from %3 in %4; prices "
                   "not adjusted for origin and period as the analysis does)")
                    .arg(s.key.hs6, locale.toString(s.minPeerGroup),
                         s.key.origin.isEmpty() ? tr("this origin") : s.key.origin, quarter);
    } else {
        group = tr("HS %1 from %2 in %3").arg(s.key.hs6, s.key.origin, quarter);
    }
    QString text = tr("%1. Items: %2, unit values per %3.")
                       .arg(group, locale.toString(qint64(s.items.size())), s.unit);
    if (s.items.empty())
        return text;
    text += QLatin1Char(' ');
    text += tr("Median %1 %2; normal band %3 to %4 (median ± %5 scaled MADs of the log unit "
               "values).")
                .arg(unitValueText(s.median, locale), currency, unitValueText(s.bandLow, locale),
                     unitValueText(s.bandHigh, locale), formatTrimmed(s.z, 2, locale));
    if (!s.hasVerdict())
        text += QLatin1Char(' ') + tr("Too few items for a verdict.");
    return text;
}

void PeerGroupPanel::showSnapshot(const PeerGroupSnapshot &snapshot, const QString &currency)
{
    m_snapshot = snapshot;
    m_caption->setText(describe(snapshot, currency));
    m_caption->show();
    if (snapshot.items.empty()) {
        m_chart->clearContent(tr("This item has no unit value to compare."));
        return;
    }
    const QLocale locale;
    DistributionData data;
    data.groups = {{tr("Items"), ChartRole::Primary},
                   {tr("Flagged for valuation"), ChartRole::Alert}};
    data.highlightName = tr("This item");
    data.valueTitle =
        currency.isEmpty()
            ? tr("Customs value per %1 (logarithmic scale)").arg(snapshot.unit)
            : tr("Customs value per %1 in %2 (logarithmic scale)").arg(snapshot.unit, currency);
    data.centre = snapshot.median;
    data.centreName = tr("Median");
    data.bandLow = snapshot.bandLow;
    data.bandHigh = snapshot.bandHigh;
    data.bandName = tr("Normal band");
    for (size_t i = 0; i < snapshot.items.size(); ++i) {
        const PeerGroupItem &item = snapshot.items[i];
        DistributionPoint point;
        point.value = item.unitValue;
        point.id = qint64(i);
        point.group = item.flag ? 1 : 0;
        point.highlighted = snapshot.selected == i;
        point.label = tr("%1 item %2 · %3 · %4\n%5 %6 per %7")
                          .arg(item.declarationId)
                          .arg(item.itemNo)
                          .arg(item.traderId, formatValue(item.date, ValueFormat::Date, locale),
                               unitValueText(item.unitValue, locale), currency, item.unit);
        if (item.flag)
            point.label += QLatin1Char('\n') + flagTitle(*item.flag);
        data.points.push_back(std::move(point));
    }
    m_chart->setContent([this, data](const ChartTheme &theme) {
        return buildDistributionChart(data, theme, [this](qint64 id) {
            if (m_snapshot && id >= 0 && size_t(id) < m_snapshot->items.size())
                Q_EMIT itemClicked(m_snapshot->items[size_t(id)]);
        });
    });
}

} // namespace clearsight::ui
