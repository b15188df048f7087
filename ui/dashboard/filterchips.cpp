#include "filterchips.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace clearsight::ui
{

FilterChips::FilterChips(QWidget *parent) : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_none = new QLabel(tr("All declarations; click a bar or a period to narrow down."), this);
    m_none->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_none);
    m_layout->addStretch(1);
}

void FilterChips::setCriteria(const std::vector<FilterCriterion> &criteria)
{
    m_criteria = criteria;
    for (QWidget *chip : m_chips)
        chip->deleteLater();
    m_chips.clear();
    m_none->setVisible(criteria.empty());
    int at = 1; // after the "all declarations" label
    for (const FilterCriterion &criterion : criteria) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip_") + criterion.key);
        chip->setText(criterion.text + QStringLiteral("  ✕"));
        chip->setToolTip(tr("Remove this criterion"));
        chip->setAutoRaise(false);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const QString key = criterion.key;
        connect(chip, &QToolButton::clicked, this, [this, key] { Q_EMIT removeRequested(key); });
        m_layout->insertWidget(at++, chip);
        m_chips.push_back(chip);
    }
}

} // namespace clearsight::ui
