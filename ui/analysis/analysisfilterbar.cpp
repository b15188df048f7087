#include "analysisfilterbar.h"

#include "common/valueformat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QTimer>

namespace clearsight::ui
{

bool operator==(const AnalysisViewFilter &a, const AnalysisViewFilter &b)
{
    return a.dateFrom == b.dateFrom && a.dateTo == b.dateTo && a.office == b.office &&
           a.hsChapter == b.hsChapter && a.origin == b.origin && a.traderId == b.traderId;
}

AnalysisFilterBar::AnalysisFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_fromEnabled = new QCheckBox(tr("From"), this);
    m_fromEnabled->setToolTip(tr("Only declarations accepted on or after this date"));
    m_from = createDateEdit();
    m_toEnabled = new QCheckBox(tr("To"), this);
    m_toEnabled->setToolTip(tr("Only declarations accepted on or before this date"));
    m_to = createDateEdit();
    layout->addWidget(m_fromEnabled);
    layout->addWidget(m_from);
    layout->addWidget(m_toEnabled);
    layout->addWidget(m_to);
    layout->addSpacing(layout->spacing());

    m_office = addLineEdit(tr("Office"), tr("any"), 9);
    m_office->setObjectName(QStringLiteral("analysisOffice"));
    m_office->setToolTip(tr("Customs office code, exactly"));
    m_chapter = addLineEdit(tr("HS chapter"), tr("any"), 4);
    m_chapter->setObjectName(QStringLiteral("analysisChapter"));
    m_chapter->setToolTip(tr("The first two digits of the HS code"));
    m_chapter->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,2}")), m_chapter));
    m_origin = addLineEdit(tr("Origin"), tr("any"), 4);
    m_origin->setObjectName(QStringLiteral("analysisOrigin"));
    m_origin->setToolTip(tr("Country of origin, ISO alpha-2 code"));
    m_origin->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_origin));
    m_trader = addLineEdit(tr("Trader"), tr("any"), 12);
    m_trader->setObjectName(QStringLiteral("analysisTrader"));
    m_trader->setToolTip(tr("Trader ID, exactly"));

    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setToolTip(tr("Remove all criteria"));
    layout->addStretch(1);
    layout->addWidget(m_clear);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMilliseconds);
    connect(m_debounce, &QTimer::timeout, this, &AnalysisFilterBar::emitIfChanged);
    for (QLineEdit *edit : {m_office, m_chapter, m_origin, m_trader}) {
        connect(edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &AnalysisFilterBar::emitIfChanged);
    }
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, m_debounce, qOverload<>(&QTimer::start));
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_clear, &QPushButton::clicked, this, &AnalysisFilterBar::clear);
    setPeriod({}, {});
}

QLineEdit *AnalysisFilterBar::addLineEdit(const QString &name, const QString &placeholder,
                                          int characters)
{
    auto *label = new QLabel(name, this);
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setFixedWidth(edit->fontMetrics().averageCharWidth() * (characters + 4) +
                        edit->fontMetrics().height());
    label->setBuddy(edit);
    auto *row = static_cast<QHBoxLayout *>(layout());
    row->addWidget(label);
    row->addWidget(edit);
    row->addSpacing(row->spacing());
    return edit;
}

QDateEdit *AnalysisFilterBar::createDateEdit()
{
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(shortDateFormat());
    edit->setEnabled(false);
    return edit;
}

void AnalysisFilterBar::setTraderVisible(bool visible)
{
    m_trader->setVisible(visible);
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() == m_trader)
            label->setVisible(visible);
    }
}

AnalysisViewFilter AnalysisFilterBar::filter() const
{
    AnalysisViewFilter filter;
    if (m_fromEnabled->isChecked())
        filter.dateFrom = m_from->date().toString(Qt::ISODate);
    if (m_toEnabled->isChecked())
        filter.dateTo = m_to->date().toString(Qt::ISODate);
    filter.office = m_office->text().trimmed();
    filter.hsChapter = m_chapter->text().trimmed();
    filter.origin = m_origin->text().trimmed().toUpper();
    if (!m_trader->isHidden())
        filter.traderId = m_trader->text().trimmed();
    return filter;
}

QVariantMap AnalysisFilterBar::navigationState() const
{
    const AnalysisViewFilter f = filter();
    return {{QStringLiteral("from"), f.dateFrom}, {QStringLiteral("to"), f.dateTo},
            {QStringLiteral("office"), f.office}, {QStringLiteral("hs_chapter"), f.hsChapter},
            {QStringLiteral("origin"), f.origin}, {QStringLiteral("trader"), f.traderId}};
}

void AnalysisFilterBar::restoreNavigationState(const QVariantMap &state)
{
    AnalysisViewFilter f;
    f.dateFrom = state.value(QStringLiteral("from")).toString();
    f.dateTo = state.value(QStringLiteral("to")).toString();
    f.office = state.value(QStringLiteral("office")).toString();
    f.hsChapter = state.value(QStringLiteral("hs_chapter")).toString();
    f.origin = state.value(QStringLiteral("origin")).toString();
    f.traderId = state.value(QStringLiteral("trader")).toString();
    setFilter(f);
}

void AnalysisFilterBar::setFilter(const AnalysisViewFilter &filter)
{
    {
        const QSignalBlocker b1(m_fromEnabled), b2(m_toEnabled), b3(m_from), b4(m_to);
        const QDate from = QDate::fromString(filter.dateFrom, Qt::ISODate);
        const QDate to = QDate::fromString(filter.dateTo, Qt::ISODate);
        m_fromEnabled->setChecked(from.isValid());
        m_from->setEnabled(from.isValid());
        if (from.isValid())
            m_from->setDate(from);
        m_toEnabled->setChecked(to.isValid());
        m_to->setEnabled(to.isValid());
        if (to.isValid())
            m_to->setDate(to);
    }
    m_office->setText(filter.office);
    m_chapter->setText(filter.hsChapter);
    m_origin->setText(filter.origin);
    m_trader->setText(filter.traderId);
    emitIfChanged();
}

void AnalysisFilterBar::setPeriod(const QDate &first, const QDate &last)
{
    const QDate today = QDate::currentDate();
    if (!m_fromEnabled->isChecked()) {
        const QSignalBlocker blocker(m_from);
        m_from->setDate(first.isValid() ? first : QDate(today.year(), 1, 1));
    }
    if (!m_toEnabled->isChecked()) {
        const QSignalBlocker blocker(m_to);
        m_to->setDate(last.isValid() ? last : today);
    }
}

void AnalysisFilterBar::clear()
{
    setFilter({});
}

void AnalysisFilterBar::emitIfChanged()
{
    m_debounce->stop();
    const AnalysisViewFilter current = filter();
    if (current == m_emitted)
        return;
    m_emitted = current;
    Q_EMIT filterChanged(current);
}

} // namespace clearsight::ui
