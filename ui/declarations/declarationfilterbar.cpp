#include "declarationfilterbar.h"

#include "common/valueformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace clearsight::ui
{

DeclarationFilterBar::DeclarationFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("declarationSearch"));
    m_search->setPlaceholderText(tr("Declaration, trader or HS code…"));
    m_search->setToolTip(tr("Declarations and trader IDs starting with the text, trader names "
                            "containing it, HS codes starting with it"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);

    m_flow = new QComboBox(this);
    m_flow->setObjectName(QStringLiteral("declarationFlow"));
    m_flow->addItem(tr("All flows"), QString());
    m_flow->addItem(tr("Imports"), QStringLiteral("IM"));
    m_flow->addItem(tr("Exports"), QStringLiteral("EX"));
    m_flow->setToolTip(tr("Customs flow"));

    m_fromEnabled = new QCheckBox(tr("From"), this);
    m_fromEnabled->setToolTip(tr("Only declarations accepted on or after this date"));
    m_from = createDateEdit();
    m_toEnabled = new QCheckBox(tr("To"), this);
    m_toEnabled->setToolTip(tr("Only declarations accepted on or before this date"));
    m_to = createDateEdit();

    m_findingsOnly = new QCheckBox(tr("Only rows with findings"), this);
    m_findingsOnly->setObjectName(QStringLiteral("declarationFindingsOnly"));
    m_findingsOnly->setToolTip(tr("Only declaration items with data-quality findings"));

    m_scopeLabel = new QLabel(this);
    m_scopeLabel->setObjectName(QStringLiteral("declarationScope"));
    m_scopeLabel->setFrameShape(QFrame::StyledPanel);
    m_scopeLabel->setMargin(2);
    m_scopeLabel->setMaximumWidth(m_scopeLabel->fontMetrics().averageCharWidth() * 44);
    m_scopeRemove = new QToolButton(this);
    m_scopeRemove->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_scopeRemove->setAutoRaise(true);
    m_scopeRemove->setToolTip(tr("Show the rows outside this scope again"));
    m_scopeLabel->hide();
    m_scopeRemove->hide();

    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setToolTip(tr("Remove all criteria"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_flow);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_fromEnabled);
    layout->addWidget(m_from);
    layout->addWidget(m_toEnabled);
    layout->addWidget(m_to);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_findingsOnly);
    layout->addWidget(m_scopeLabel);
    layout->addWidget(m_scopeRemove);
    layout->addWidget(m_clear);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMilliseconds);
    connect(m_debounce, &QTimer::timeout, this, &DeclarationFilterBar::emitIfChanged);

    connect(m_search, &QLineEdit::textChanged, this, &DeclarationFilterBar::scheduleUpdate);
    connect(m_search, &QLineEdit::returnPressed, this, &DeclarationFilterBar::emitIfChanged);
    connect(m_flow, &QComboBox::currentIndexChanged, this, &DeclarationFilterBar::scheduleUpdate);
    connect(m_findingsOnly, &QCheckBox::toggled, this, &DeclarationFilterBar::scheduleUpdate);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &DeclarationFilterBar::scheduleUpdate);
    connect(m_toEnabled, &QCheckBox::toggled, this, &DeclarationFilterBar::scheduleUpdate);
    connect(m_from, &QDateEdit::dateChanged, this, &DeclarationFilterBar::scheduleUpdate);
    connect(m_to, &QDateEdit::dateChanged, this, &DeclarationFilterBar::scheduleUpdate);
    connect(m_clear, &QPushButton::clicked, this, &DeclarationFilterBar::clear);
    connect(m_scopeRemove, &QToolButton::clicked, this, &DeclarationFilterBar::clearScope);

    setPeriod({}, {});
}

QDateEdit *DeclarationFilterBar::createDateEdit()
{
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(shortDateFormat());
    edit->setEnabled(false);
    return edit;
}

DeclarationFilter DeclarationFilterBar::filter() const
{
    DeclarationFilter filter;
    filter.search = m_search->text().trimmed();
    filter.flow = m_flow->currentData().toString();
    if (m_fromEnabled->isChecked())
        filter.dateFrom = m_from->date().toString(Qt::ISODate);
    if (m_toEnabled->isChecked())
        filter.dateTo = m_to->date().toString(Qt::ISODate);
    filter.withFindingsOnly = m_findingsOnly->isChecked();
    filter.findingsMask = m_scope.findingsMask;
    filter.batchId = m_scope.batchId;
    filter.traderId = m_scope.traderId;
    filter.declarationId = m_scope.declarationId;
    filter.office = m_scope.office;
    filter.hsChapter = m_scope.hsChapter;
    filter.origin = m_scope.origin;
    filter.declarantId = m_scope.declarantId;
    filter.channel = m_scope.channel;
    filter.transportMode = m_scope.transportMode;
    return filter;
}

void DeclarationFilterBar::setScope(const DeclarationFilter &scope, const QString &description)
{
    m_scope = DeclarationFilter{};
    m_scope.findingsMask = scope.findingsMask;
    m_scope.batchId = scope.batchId;
    m_scope.traderId = scope.traderId;
    m_scope.declarationId = scope.declarationId;
    m_scope.office = scope.office;
    m_scope.hsChapter = scope.hsChapter;
    m_scope.origin = scope.origin;
    m_scope.declarantId = scope.declarantId;
    m_scope.channel = scope.channel;
    m_scope.transportMode = scope.transportMode;
    const bool scoped = hasScope();
    m_scopeDescription = scoped ? description : QString();
    const QString text = tr("Only: %1").arg(description);
    m_scopeLabel->setText(m_scopeLabel->fontMetrics().elidedText(text, Qt::ElideRight,
                                                                 m_scopeLabel->maximumWidth() - 8));
    m_scopeLabel->setToolTip(text);
    m_scopeLabel->setVisible(scoped);
    m_scopeRemove->setVisible(scoped);
    emitIfChanged();
}

void DeclarationFilterBar::clearScope()
{
    setScope(DeclarationFilter{}, QString());
}

void DeclarationFilterBar::setPeriod(const QDate &first, const QDate &last)
{
    const QDate today = QDate::currentDate();
    const QDate from = first.isValid() ? first : QDate(today.year(), 1, 1);
    const QDate to = last.isValid() ? last : today;
    // Only dates that are not in use move: a limit the analyst set stays.
    if (!m_fromEnabled->isChecked()) {
        const QSignalBlocker blocker(m_from);
        m_from->setDate(from);
    }
    if (!m_toEnabled->isChecked()) {
        const QSignalBlocker blocker(m_to);
        m_to->setDate(to);
    }
}

void DeclarationFilterBar::clear()
{
    resetCriteria();
    clearScope(); // emits
}

void DeclarationFilterBar::setFilter(const DeclarationFilter &filter, const QString &description)
{
    m_debounce->stop();
    const QDate from = QDate::fromString(filter.dateFrom, Qt::ISODate);
    const QDate to = QDate::fromString(filter.dateTo, Qt::ISODate);
    {
        const QSignalBlocker b1(m_search), b2(m_flow), b3(m_fromEnabled), b4(m_toEnabled),
            b5(m_findingsOnly), b6(m_from), b7(m_to);
        m_search->setText(filter.search);
        m_flow->setCurrentIndex(std::max(0, m_flow->findData(filter.flow)));
        m_fromEnabled->setChecked(from.isValid());
        m_toEnabled->setChecked(to.isValid());
        if (from.isValid())
            m_from->setDate(from);
        if (to.isValid())
            m_to->setDate(to);
        m_findingsOnly->setChecked(filter.withFindingsOnly);
    }
    m_from->setEnabled(from.isValid());
    m_to->setEnabled(to.isValid());
    setScope(filter, description); // emits
}

void DeclarationFilterBar::resetCriteria()
{
    m_debounce->stop();
    {
        const QSignalBlocker b1(m_search), b2(m_flow), b3(m_fromEnabled), b4(m_toEnabled),
            b5(m_findingsOnly);
        m_search->clear();
        m_flow->setCurrentIndex(0);
        m_fromEnabled->setChecked(false);
        m_toEnabled->setChecked(false);
        m_findingsOnly->setChecked(false);
    }
    m_from->setEnabled(false);
    m_to->setEnabled(false);
}

void DeclarationFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DeclarationFilterBar::scheduleUpdate()
{
    m_debounce->start();
}

void DeclarationFilterBar::emitIfChanged()
{
    m_debounce->stop();
    const DeclarationFilter current = filter();
    if (current == m_emitted)
        return;
    m_emitted = current;
    Q_EMIT filterChanged(current);
}

} // namespace clearsight::ui
