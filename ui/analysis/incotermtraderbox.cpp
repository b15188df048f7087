#include "incotermtraderbox.h"

#include "charts/barchart.h"
#include "charts/chartview.h"
#include "incotermsnapshot.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui
{

namespace
{
using UsageResult = std::optional<Result<std::vector<IncotermUsage>>>;
}

IncotermTraderBox::IncotermTraderBox(QWidget *parent)
    : QGroupBox(tr("A trader's Incoterms against its industry"), parent)
{
    m_trader = new QLineEdit(this);
    m_trader->setObjectName(QStringLiteral("incotermTrader"));
    m_trader->setPlaceholderText(tr("Trader ID"));
    m_trader->setClearButtonEnabled(true);
    m_show = new QPushButton(tr("Compare"), this);
    m_chart = new ChartView(this);
    m_chart->setObjectName(QStringLiteral("incotermUsageChart"));
    m_chart->clearContent(tr("Type a trader ID, or select a flag, to compare the trader's "
                             "Incoterms with those of its industry (same HS chapters and "
                             "origins)."));

    auto *row = new QHBoxLayout;
    row->addWidget(m_trader, 1);
    row->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_chart, 1);

    connect(m_show, &QPushButton::clicked, this, [this] { showTrader(m_trader->text()); });
    connect(m_trader, &QLineEdit::returnPressed, this, [this] { showTrader(m_trader->text()); });
}

void IncotermTraderBox::setWorkspace(const QString &path)
{
    m_workspace = path;
    if (!m_shown.isEmpty())
        load();
}

void IncotermTraderBox::showTrader(const QString &traderId)
{
    const QString trimmed = traderId.trimmed();
    if (m_trader->text() != trimmed)
        m_trader->setText(trimmed);
    if (trimmed == m_shown && (m_loading || !m_usage.empty()))
        return;
    m_shown = trimmed;
    load();
}

void IncotermTraderBox::load()
{
    const quint64 generation = ++m_generation;
    if (m_workspace.isEmpty() || m_shown.isEmpty()) {
        m_loading = false;
        m_usage.clear();
        Q_EMIT loaded();
        return;
    }
    m_loading = true;
    auto *watcher = new QFutureWatcher<UsageResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        const UsageResult result = watcher->result();
        if (result && result->ok()) {
            showUsage(result->value());
        } else {
            m_usage.clear();
            m_chart->clearContent(tr("The Incoterm usage could not be read: %1")
                                      .arg(result ? result->error().message : QString()));
        }
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run([path = m_workspace, trader = m_shown]() -> UsageResult {
        return readIncotermUsage(path, trader);
    }));
}

void IncotermTraderBox::showUsage(const std::vector<IncotermUsage> &usage)
{
    m_usage = usage;
    qint64 items = 0;
    for (const IncotermUsage &u : usage)
        items += u.items;
    if (items == 0) {
        m_chart->clearContent(tr("Trader %1 has no import items with an Incoterm.").arg(m_shown));
        return;
    }
    BarChartData data;
    BarSetData trader{
        tr("%1 (items: %2)").arg(m_shown, QLocale().toString(items)), {}, ChartRole::Primary};
    BarSetData industry{tr("Industry"), {}, ChartRole::Secondary};
    for (const IncotermUsage &u : usage) {
        data.categories << (u.incoterm.isEmpty() ? tr("(none)") : u.incoterm);
        trader.values.push_back(100.0 * u.share);
        industry.values.push_back(100.0 * u.industryShare);
    }
    data.sets = {trader, industry};
    data.valueTitle = tr("Share of items (%)");
    data.maximum = 100;
    data.horizontal = true; // the rules down the side: room for their names in a narrow box
    const QString shown = m_shown;
    const std::vector<IncotermUsage> rules = usage;
    m_chart->setContent([this, data, shown, rules](const ChartTheme &theme) {
        return buildBarChart(data, theme, [this, shown, rules](int category, int set) {
            if (category >= 0 && size_t(category) < rules.size())
                Q_EMIT barClicked(set == 0 ? shown : QString(), rules[size_t(category)].incoterm);
        });
    });
}

} // namespace clearsight::ui
