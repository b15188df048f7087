#include "dashboardfilterbar.h"

#include "common/valueformat.h"
#include "dashboardfilter.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QVBoxLayout>

namespace clearsight::ui
{

namespace
{
// Completion entries read "ID · name"; the ID is what the filter takes.
const QString kSeparator = QStringLiteral(" · ");

QStringList completionEntries(const std::vector<SummaryRow> &rows)
{
    QStringList entries;
    entries.reserve(qsizetype(rows.size()));
    for (const SummaryRow &row : rows) {
        if (row.key.isEmpty())
            continue;
        entries << (row.label.isEmpty() || row.label == row.key ? row.key
                                                                : row.key + kSeparator + row.label);
    }
    return entries;
}

QString keyOf(const QString &entry)
{
    const qsizetype at = entry.indexOf(kSeparator);
    return (at < 0 ? entry : entry.left(at)).trimmed();
}
} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);

    m_preset = addCombo(first, tr("Period"), tr("The months shown"));
    m_preset->addItem(tr("All dates"), int(Preset::All));
    m_preset->addItem(tr("Last 3 months"), int(Preset::Last3Months));
    m_preset->addItem(tr("Last 12 months"), int(Preset::Last12Months));
    m_preset->addItem(tr("Chosen period"), int(Preset::Custom));
    m_from = addCombo(first, tr("from"), tr("The first month shown"));
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to = addCombo(first, tr("to"), tr("The last month shown"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_flow = addCombo(first, tr("Flow"), tr("Imports, exports or both"));
    m_flow->addItem(tr("Imports and exports"), QString());
    m_flow->addItem(DashboardFilter::flowName(QStringLiteral("IM")), QStringLiteral("IM"));
    m_flow->addItem(DashboardFilter::flowName(QStringLiteral("EX")), QStringLiteral("EX"));
    m_channel = addCombo(first, tr("Channel"), tr("The selectivity channel"));
    m_channel->addItem(tr("Any channel"), QString());
    for (const char *channel : {"GREEN", "YELLOW", "RED"}) {
        const QString code = QString::fromLatin1(channel);
        m_channel->addItem(DashboardFilter::channelName(code), code);
    }
    first->addStretch(1);

    m_office = addEdit(second, tr("Office"), tr("Customs office code"), 8);
    m_chapter = addEdit(second, tr("HS chapter"), tr("The first two digits of the HS code"), 3);
    m_chapter->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,2}")), m_chapter));
    m_origin = addEdit(second, tr("Origin"), tr("Country of origin, ISO alpha-2 code"), 3);
    m_trader = addEdit(second, tr("Trader"), tr("Trader ID or name"), 16);
    m_declarant = addEdit(second, tr("Declarant"), tr("Declarant (broker) ID"), 8);
    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setToolTip(tr("Show all declarations"));
    second->addStretch(1);
    second->addWidget(m_clear);

    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { applyPreset(Preset(m_preset->itemData(index).toInt())); });
    for (QComboBox *month : {m_from, m_to})
        connect(month, &QComboBox::activated, this, &DashboardFilterBar::monthChosen);
    connect(m_flow, &QComboBox::activated, this, [this] {
        SummaryFilter next = m_filter;
        next.flow = m_flow->currentData().toString();
        commit(next);
    });
    connect(m_channel, &QComboBox::activated, this, [this] {
        SummaryFilter next = m_filter;
        next.channel = m_channel->currentData().toString();
        commit(next);
    });
    connect(m_clear, &QPushButton::clicked, this, &DashboardFilterBar::clear);
    setPeriod({}, {});
}

QComboBox *DashboardFilterBar::addCombo(QHBoxLayout *row, const QString &caption,
                                        const QString &toolTip)
{
    auto *label = new QLabel(caption, this);
    auto *combo = new QComboBox(this);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(combo);
    row->addWidget(label);
    row->addWidget(combo);
    row->addSpacing(row->spacing());
    return combo;
}

QLineEdit *DashboardFilterBar::addEdit(QHBoxLayout *row, const QString &caption,
                                       const QString &toolTip, int characters)
{
    auto *label = new QLabel(caption, this);
    auto *edit = new QLineEdit(this);
    edit->setToolTip(toolTip);
    edit->setPlaceholderText(tr("any"));
    edit->setClearButtonEnabled(true);
    edit->setFixedWidth(edit->fontMetrics().averageCharWidth() * (characters + 4) +
                        edit->fontMetrics().height() * 2);
    label->setBuddy(edit);
    row->addWidget(label);
    row->addWidget(edit);
    row->addSpacing(row->spacing());

    auto *model = new QStringListModel(edit);
    auto *completer = new QCompleter(model, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    edit->setCompleter(completer);
    m_completions.insert(edit, model);
    // The completion list shows "ID · name"; the edit keeps the ID.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this, edit](const QString &entry) {
                edit->setText(keyOf(entry));
                commitEdits();
            });
    connect(edit, &QLineEdit::editingFinished, this, &DashboardFilterBar::commitEdits);
    connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            commitEdits();
    });
    return edit;
}

void DashboardFilterBar::setPeriod(const QDate &first, const QDate &last)
{
    m_first = first.isValid() ? QDate(first.year(), first.month(), 1) : QDate();
    m_last = last.isValid() ? QDate(last.year(), last.month(), 1) : QDate();
    fillMonths();
    showFilter();
}

void DashboardFilterBar::fillMonths()
{
    const QSignalBlocker b1(m_from), b2(m_to);
    m_from->clear();
    m_to->clear();
    m_from->addItem(tr("first date"), QString());
    m_to->addItem(tr("last date"), QString());
    if (!m_first.isValid() || !m_last.isValid())
        return;
    const QLocale locale;
    for (QDate month = m_first; month <= m_last; month = month.addMonths(1)) {
        const QString text = locale.toString(month, QStringLiteral("MMM yyyy"));
        m_from->addItem(text, month.toString(Qt::ISODate));
        m_to->addItem(text, month.addMonths(1).addDays(-1).toString(Qt::ISODate));
    }
}

void DashboardFilterBar::setChoices(const DashboardChoices &choices)
{
    m_completions.value(m_office)->setStringList(completionEntries(choices.offices));
    m_completions.value(m_chapter)->setStringList(completionEntries(choices.chapters));
    m_completions.value(m_origin)->setStringList(completionEntries(choices.origins));
    m_completions.value(m_trader)->setStringList(completionEntries(choices.traders));
    m_completions.value(m_declarant)->setStringList(completionEntries(choices.declarants));
    m_traderNames.clear();
    m_traderByName.clear();
    for (const SummaryRow &trader : choices.traders) {
        if (trader.label.isEmpty() || trader.label == trader.key)
            continue;
        m_traderNames.insert(trader.key, trader.label);
        m_traderByName.insert(trader.label.toLower(), trader.key);
    }
}

QString DashboardFilterBar::traderName(const QString &traderId) const
{
    return m_traderNames.value(traderId);
}

QString DashboardFilterBar::traderIdFor(const QString &text) const
{
    const QString key = keyOf(text);
    return m_traderByName.value(key.toLower(), key);
}

void DashboardFilterBar::setFilter(const SummaryFilter &filter)
{
    m_filter = filter;
    showFilter();
}

void DashboardFilterBar::selectDate(QComboBox *combo, const QString &iso)
{
    // A period from a chart's week or day is not a whole month: shown as its exact date.
    const int exactRole = Qt::UserRole + 1;
    for (int i = combo->count() - 1; i >= 0; --i) {
        if (combo->itemData(i, exactRole).toBool())
            combo->removeItem(i);
    }
    int index = iso.isEmpty() ? 0 : combo->findData(iso);
    if (index < 0) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        combo->addItem(date.isValid() ? QLocale().toString(date, shortDateFormat()) : iso, iso);
        index = combo->count() - 1;
        combo->setItemData(index, true, exactRole);
    }
    combo->setCurrentIndex(index);
}

void DashboardFilterBar::showFilter()
{
    m_showing = true;
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_preset), b4(m_flow), b5(m_channel);
        selectDate(m_from, m_filter.from);
        selectDate(m_to, m_filter.to);
        m_preset->setCurrentIndex(m_preset->findData(int(presetOf(m_filter))));
        m_flow->setCurrentIndex(std::max(0, m_flow->findData(m_filter.flow)));
        m_channel->setCurrentIndex(std::max(0, m_channel->findData(m_filter.channel)));
    }
    m_office->setText(m_filter.office);
    m_chapter->setText(m_filter.hsChapter);
    m_origin->setText(m_filter.origin);
    m_trader->setText(m_filter.traderId);
    m_declarant->setText(m_filter.declarantId);
    m_showing = false;
}

std::pair<QString, QString> DashboardFilterBar::presetPeriod(Preset preset) const
{
    if (!m_last.isValid() || preset == Preset::All || preset == Preset::Custom)
        return {};
    const int months = preset == Preset::Last3Months ? 3 : 12;
    QDate from = m_last.addMonths(1 - months);
    if (m_first.isValid() && from < m_first)
        from = m_first;
    return {from.toString(Qt::ISODate), m_last.addMonths(1).addDays(-1).toString(Qt::ISODate)};
}

DashboardFilterBar::Preset DashboardFilterBar::presetOf(const SummaryFilter &filter) const
{
    if (filter.from.isEmpty() && filter.to.isEmpty())
        return Preset::All;
    for (Preset preset : {Preset::Last3Months, Preset::Last12Months}) {
        if (presetPeriod(preset) == std::pair(filter.from, filter.to))
            return preset;
    }
    return Preset::Custom;
}

void DashboardFilterBar::applyPreset(Preset preset)
{
    if (preset == Preset::Custom) {
        showFilter();
        return;
    }
    SummaryFilter next = m_filter;
    std::tie(next.from, next.to) = presetPeriod(preset);
    commit(next);
}

void DashboardFilterBar::monthChosen()
{
    SummaryFilter next = m_filter;
    next.from = m_from->currentData().toString();
    next.to = m_to->currentData().toString();
    // A start after the end moves the end to the start's month, and the other way round.
    if (!next.from.isEmpty() && !next.to.isEmpty() && next.from > next.to) {
        const bool movedStart = next.from != m_filter.from;
        const QDate anchor = QDate::fromString(movedStart ? next.from : next.to, Qt::ISODate);
        const QDate month(anchor.year(), anchor.month(), 1);
        if (movedStart)
            next.to = month.addMonths(1).addDays(-1).toString(Qt::ISODate);
        else
            next.from = month.toString(Qt::ISODate);
    }
    commit(next);
}

void DashboardFilterBar::commitEdits()
{
    if (m_showing)
        return;
    SummaryFilter next = m_filter;
    next.office = keyOf(m_office->text());
    next.hsChapter = keyOf(m_chapter->text());
    next.origin = keyOf(m_origin->text()).toUpper();
    next.traderId = traderIdFor(m_trader->text());
    next.declarantId = keyOf(m_declarant->text());
    commit(next);
}

void DashboardFilterBar::commit(SummaryFilter filter)
{
    const bool changed = !(filter == m_filter);
    m_filter = std::move(filter);
    showFilter();
    if (changed)
        Q_EMIT filterChanged(m_filter);
}

void DashboardFilterBar::clear()
{
    commit({});
}

} // namespace clearsight::ui
