#include "dashboardview.h"

#include "channelpanel.h"
#include "common/busyindicator.h"
#include "dashboardfilterbar.h"
#include "dashboardreads.h"
#include "filterchips.h"
#include "kpitiles.h"
#include "rankingpanel.h"
#include "report/statsreport.h"
#include "timepanel.h"

#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui
{

namespace
{
SummaryDimension rankingDimension(DashboardView::Part part)
{
    switch (part) {
    case DashboardView::Traders:
        return SummaryDimension::Trader;
    case DashboardView::Chapters:
        return SummaryDimension::HsChapter;
    case DashboardView::Origins:
        return SummaryDimension::Origin;
    case DashboardView::Offices:
        return SummaryDimension::Office;
    case DashboardView::Declarants:
        return SummaryDimension::Declarant;
    case DashboardView::Lanes:
        return SummaryDimension::Lane;
    default:
        return SummaryDimension::Total;
    }
}
} // namespace

DashboardView::DashboardView(QWidget *parent) : WorkspaceView(parent)
{
    m_filterBar = new DashboardFilterBar(this);
    m_chips = new FilterChips(this);
    m_busy = new BusyIndicator(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_kpis = new KpiTiles(this);

    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_time = new TimePanel(charts);
    m_channels = new ChannelPanel(charts);
    grid->addWidget(m_time, 0, 0, 1, 2);
    grid->addWidget(m_channels, 0, 2);
    const std::pair<Part, QString> rankings[] = {
        {Traders, tr("Top traders by customs value")},
        {Chapters, tr("Top HS chapters by customs value")},
        {Origins, tr("Top origins by customs value")},
        {Offices, tr("Top offices by customs value")},
        {Declarants, tr("Top declarants by customs value")},
        {Lanes, tr("Top trade lanes by customs value")}};
    int at = 0;
    for (const auto &[part, title] : rankings) {
        auto *ranking = new RankingPanel(rankingDimension(part), title, charts);
        m_rankings[size_t(part)] = ranking;
        grid->addWidget(ranking, 1 + at / 3, at % 3);
        ++at;
    }
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    // The rankings need the height of ten readable labels; the time chart does with less.
    grid->setRowStretch(0, 4);
    grid->setRowStretch(1, 5);
    grid->setRowStretch(2, 5);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(charts);

    auto *status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_chips, 1);
    auto *layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin);
    layout->setContentsMargins(margin, margin, margin, margin / 2);
    layout->addWidget(m_filterBar);
    layout->addLayout(status);
    layout->addWidget(m_error);
    layout->addWidget(m_kpis);
    layout->addWidget(scroll, 1);

    connect(m_filterBar, &DashboardFilterBar::filterChanged, this,
            [this](const SummaryFilter &filter) { setFilter(filter); });
    connect(m_chips, &FilterChips::removeRequested, this,
            [this](const QString &key) { setFilter(DashboardFilter::without(m_filter, key)); });
    connect(m_kpis, &KpiTiles::declarationsRequested, this, [this] { openDeclarations(m_filter); });
    connect(m_time, &TimePanel::stepChanged, this, [this] { load(Time); });
    for (int part = Time; part < Count; ++part) {
        DashboardPanel *shown = panel(Part(part));
        connect(shown, &DashboardPanel::activated, this,
                [this](SummaryDimension d, const QString &key) {
                    setFilter(DashboardFilter::narrowed(m_filter, d, key));
                });
        connect(shown, &DashboardPanel::declarationsRequested, this,
                [this](SummaryDimension d, const QString &key) {
                    openDeclarations(DashboardFilter::narrowed(m_filter, d, key));
                });
        connect(shown, &DashboardPanel::traderRequested, this, &WorkspaceView::traderRequested);
    }
    m_chips->setCriteria({});
}

DashboardView::~DashboardView() = default;

DashboardPanel *DashboardView::panel(Part part) const
{
    if (part == Time)
        return m_time;
    if (part == Channels)
        return m_channels;
    return part > Kpis && part < Count ? m_rankings[size_t(part)] : nullptr;
}

void DashboardView::setWorkspace(const QString &path)
{
    // Another workspace: its traders and offices are not this one's.
    if (path != m_workspace) {
        m_filter = {};
        m_filterBar->setFilter({});
    }
    m_workspace = path;
    m_first = {};
    m_last = {};
    m_filterBar->setPeriod({}, {});
    loadChoices();
    reload();
}

void DashboardView::setWorkspaceReport(const WorkspaceReport &report)
{
    const QString currency = report.workspace.settings.nationalCurrency;
    m_kpis->setCurrency(currency);
    for (int part = Time; part < Count; ++part)
        panel(Part(part))->setCurrency(currency);
    const SummaryDimension before = timeDimension();
    m_first = QDate::fromString(report.statistics.firstDate, Qt::ISODate);
    m_last = QDate::fromString(report.statistics.lastDate, Qt::ISODate);
    m_filterBar->setPeriod(m_first, m_last);
    if (timeDimension() != before)
        load(Time);
}

SummaryDimension DashboardView::timeDimension() const
{
    const auto [first, last] = DashboardFilter::shownPeriod(m_filter, m_first, m_last);
    return DashboardFilter::timeDimension(m_time->step(), first, last,
                                          !m_filter.traderId.isEmpty());
}

bool DashboardView::isSettled() const
{
    return std::none_of(m_reads.begin(), m_reads.end(), [](const Read &r) { return r.pending; });
}

QVariantMap DashboardView::navigationState() const
{
    return DashboardFilter::toMap(m_filter);
}

void DashboardView::restoreNavigationState(const QVariantMap &state)
{
    setFilter(DashboardFilter::fromMap(state), false);
}

void DashboardView::setFilter(const SummaryFilter &filter, bool remember)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filterBar->setFilter(filter);
    reload();
    if (remember)
        Q_EMIT navigationStateChanged();
}

QString DashboardView::traderName(const QString &traderId) const
{
    return m_filterBar->traderName(traderId);
}

void DashboardView::reload()
{
    m_chips->setCriteria(
        DashboardFilter::criteria(m_filter, [this](const QString &id) { return traderName(id); }));
    m_error->hide();
    for (int part = 0; part < Count; ++part)
        load(Part(part));
}

void DashboardView::load(Part part)
{
    Read &read = m_reads[size_t(part)];
    const quint64 generation = ++read.generation;
    if (m_workspace.isEmpty()) {
        read.pending = false;
        if (part == Kpis)
            m_kpis->clear();
        else
            panel(part)->showMessage(QString());
        settle();
        return;
    }
    SummaryDimension dimension = SummaryDimension::Total;
    int limit = 0;
    if (part == Time) {
        dimension = timeDimension();
        const auto [first, last] = DashboardFilter::shownPeriod(m_filter, m_first, m_last);
        m_time->setAutomaticDimension(
            DashboardFilter::automaticTimeDimension(first, last, !m_filter.traderId.isEmpty()));
    } else if (part == Channels) {
        dimension = SummaryDimension::Channel;
    } else if (part != Kpis) {
        dimension = rankingDimension(part);
        limit = rankingLimit;
    }
    read.pending = true;
    m_wasSettled = false;
    m_busy->setRunning(true);
    auto *watcher = new QFutureWatcher<SummaryAnswer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, part, generation, dimension] {
                watcher->deleteLater();
                Read &current = m_reads[size_t(part)];
                if (generation != current.generation)
                    return; // a newer filter was asked for meanwhile
                current.pending = false;
                showAnswer(part, dimension, watcher->result());
                settle();
            });
    watcher->setFuture(QtConcurrent::run(
        [path = m_workspace, dimension, filter = m_filter, limit]() -> SummaryAnswer {
            return readSummary(path, dimension, filter, limit);
        }));
}

void DashboardView::showAnswer(Part part, SummaryDimension dimension,
                               const std::optional<Result<SummaryResult>> &answer)
{
    if (!answer || !answer->ok()) {
        const QString message = tr("The figures could not be read: %1")
                                    .arg(answer ? answer->error().message : QString());
        m_error->setText(message);
        m_error->show();
        if (part == Kpis)
            m_kpis->clear();
        else
            panel(part)->showMessage(message);
        return;
    }
    SummaryResult result = answer->value();
    result.dimension = dimension;
    if (part == Kpis) {
        SummaryFigures total;
        for (const SummaryRow &row : result.rows)
            total.add(row.figures);
        m_kpis->setFigures(total);
        return;
    }
    panel(part)->setResult(result);
}

void DashboardView::settle()
{
    const bool settled = isSettled();
    m_busy->setRunning(!settled);
    if (settled && !m_wasSettled) {
        m_wasSettled = true;
        Q_EMIT loaded();
    }
}

void DashboardView::loadChoices()
{
    const quint64 generation = ++m_choicesGeneration;
    if (m_workspace.isEmpty()) {
        m_filterBar->setChoices({});
        return;
    }
    auto *watcher = new QFutureWatcher<ChoicesAnswer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_choicesGeneration)
            return;
        const ChoicesAnswer answer = watcher->result();
        if (answer && answer->ok()) {
            m_filterBar->setChoices(answer->value());
            // Trader chips can now show names.
            m_chips->setCriteria(DashboardFilter::criteria(
                m_filter, [this](const QString &id) { return traderName(id); }));
        }
    });
    watcher->setFuture(
        QtConcurrent::run([path = m_workspace]() -> ChoicesAnswer { return readChoices(path); }));
}

void DashboardView::openDeclarations(const SummaryFilter &filter)
{
    Q_EMIT declarationsRequested(
        DashboardFilter::declarations(filter),
        DashboardFilter::describe(filter, [this](const QString &id) { return traderName(id); }));
}

} // namespace clearsight::ui
