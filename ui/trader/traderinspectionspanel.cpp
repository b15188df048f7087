#include "traderinspectionspanel.h"

#include "tradervaluedelegate.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace clearsight::ui
{

TraderInspectionsPanel::TraderInspectionsPanel(QWidget *parent)
    : QGroupBox(tr("Inspections"), parent)
{
    setObjectName(QStringLiteral("traderInspections"));
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QStringList labels{tr("Inspected items:"), tr("Illicit:"),
                             tr("Hit rate:"),        tr("Smoothed hit rate:"),
                             tr("All traders:"),     tr("Revenue recovered:")};
    for (const QString &label : labels) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        layout->addRow(label, value);
        m_values.push_back(value);
    }
    m_values[Smoothed]->setToolTip(
        tr("Illicit finds over inspections, pulled toward every trader's rate while the trader "
           "has few inspections (as if it had ten more at the population's rate)"));
}

void TraderInspectionsPanel::clear()
{
    for (QLabel *value : m_values)
        value->clear();
}

void TraderInspectionsPanel::showReport(const TraderReport &report)
{
    const QLocale locale;
    const InspectionComparison &i = report.behaviour.inspections;
    using Style = TraderValueDelegate::Style;
    const auto share = [&](const std::optional<double> &rate) -> QString {
        return rate ? TraderValueDelegate::format(*rate, Style::Share, locale) : tr("—");
    };
    m_values[Inspected]->setText(locale.toString(i.inspected));
    m_values[Illicit]->setText(locale.toString(i.illicit));
    m_values[HitRate]->setText(i.hitRate ? share(i.hitRate) : tr("— (no inspection)"));
    m_values[Smoothed]->setText(share(i.smoothedHitRate));
    const PopulationFigures &population = report.profile.population;
    m_values[Population]->setText(i.populationHitRate
                                      ? tr("%1 (%2 of %3 inspected items)")
                                            .arg(share(i.populationHitRate),
                                                 locale.toString(population.illicit),
                                                 locale.toString(population.inspected))
                                      : tr("— (no inspection recorded)"));
    m_values[Recovered]->setText(
        TraderValueDelegate::format(i.revenueRecovered, Style::Money, locale));
    // A hit rate well above every trader's stands out.
    QFont font = m_values[Smoothed]->font();
    font.setBold(i.smoothedHitRate && i.populationHitRate &&
                 *i.smoothedHitRate >= BehaviourThresholds::hitRateFactor * *i.populationHitRate);
    m_values[Smoothed]->setFont(font);
}

QString TraderInspectionsPanel::fieldText(Field field) const
{
    return m_values[size_t(field)]->text();
}

} // namespace clearsight::ui
