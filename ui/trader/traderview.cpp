#include "traderview.h"

#include "analysis/stalenotice.h"
#include "charts/chartview.h"
#include "common/busyindicator.h"
#include "common/valueformat.h"
#include "traderactivitychart.h"
#include "traderchangespanel.h"
#include "traderdetailtabs.h"
#include "traderheader.h"
#include "traderinspectionspanel.h"
#include "tradersearchbox.h"

#include <QDateEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui
{

namespace
{
using SnapshotResult = std::optional<Result<TraderSnapshot>>;

QDateEdit *createDateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(shortDateFormat());
    return edit;
}
} // namespace

TraderView::TraderView(QWidget *parent) : WorkspaceView(parent)
{
    m_search = new TraderSearchBox(this);
    m_from = createDateEdit(this, QStringLiteral("traderFrom"));
    m_to = createDateEdit(this, QStringLiteral("traderTo"));
    m_wholePeriod = new QPushButton(tr("Whole period"), this);
    m_wholePeriod->setToolTip(tr("The trader's whole active period"));
    m_allDeclarations = new QPushButton(tr("All declarations of this trader"), this);
    m_busy = new BusyIndicator(this);
    m_periodTimer = new QTimer(this);
    m_periodTimer->setSingleShot(true);
    m_periodTimer->setInterval(600);
    m_stale = new StaleNotice(this);
    m_stale->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("traderError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_empty = new QLabel(tr("Type a trader's ID or the start of its name above to open its "
                            "profile: activity, changes in behaviour, flags, inspections and "
                            "standing among peers."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_header = new TraderHeader(this);
    m_chart = new ChartView(this);
    m_chart->setObjectName(QStringLiteral("traderActivity"));
    m_chart->setToolTip(tr("Customs value and items month by month; click a month to list its "
                           "declarations"));
    m_changes = new TraderChangesPanel(this);
    m_inspections = new TraderInspectionsPanel(this);
    m_tabs = new TraderDetailTabs(this);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_changes, 1);
    sideLayout->addWidget(m_inspections);
    auto *middle = new QSplitter(Qt::Horizontal, this);
    middle->addWidget(m_chart);
    middle->addWidget(side);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);
    middle->setSizes({3000, 2000});
    middle->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(middle);
    split->addWidget(m_tabs);
    split->setSizes({1100, 900});
    split->setChildrenCollapsible(false);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(split, 1);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(content);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addWidget(new QLabel(tr("From"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(m_wholePeriod);
    top->addWidget(m_busy);
    top->addStretch(1);
    top->addWidget(m_allDeclarations);
    auto *layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin);
    layout->setContentsMargins(margin, margin, margin, margin / 2);
    layout->addLayout(top);
    layout->addWidget(m_stale);
    layout->addWidget(m_error);
    layout->addWidget(m_pages, 1);

    connect(m_search, &TraderSearchBox::traderChosen, this,
            [this](const QString &id) { showTrader(id); });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, m_periodTimer, [this] {
            if (!m_request.traderId.isEmpty())
                m_periodTimer->start();
        });
    }
    connect(m_periodTimer, &QTimer::timeout, this, &TraderView::periodEdited);
    connect(m_wholePeriod, &QPushButton::clicked, this,
            [this] { showTrader(m_request.traderId, {}, {}); });
    connect(m_allDeclarations, &QPushButton::clicked, this, [this] {
        DeclarationFilter filter;
        filter.traderId = m_request.traderId;
        Q_EMIT declarationsRequested(filter, tr("Trader %1").arg(m_request.traderId));
    });
    connect(m_tabs, &TraderDetailTabs::declarationsRequested, this,
            &WorkspaceView::declarationsRequested);
    connect(m_stale, &StaleNotice::runRequested, this, &WorkspaceView::analysesRequested);
    showTrader(QString());
}

TraderView::~TraderView() = default;

void TraderView::setWorkspace(const QString &path)
{
    m_workspace = path;
    m_search->setWorkspace(path);
    m_tabs->setWorkspace(path);
    load();
}

bool TraderView::isSettled() const
{
    return !m_loading;
}

QVariantMap TraderView::navigationState() const
{
    if (m_request.traderId.isEmpty())
        return {};
    QVariantMap state{{QStringLiteral("trader"), m_request.traderId}};
    if (!m_request.from.isEmpty())
        state.insert(QStringLiteral("from"), m_request.from);
    if (!m_request.to.isEmpty())
        state.insert(QStringLiteral("to"), m_request.to);
    return state;
}

void TraderView::restoreNavigationState(const QVariantMap &state)
{
    showTrader(state.value(QStringLiteral("trader")).toString(),
               state.value(QStringLiteral("from")).toString(),
               state.value(QStringLiteral("to")).toString());
}

void TraderView::showTrader(const QString &traderId)
{
    showTrader(traderId, {}, {});
}

void TraderView::showTrader(const QString &traderId, const QString &from, const QString &to)
{
    const TraderProfileRequest request{traderId.trimmed(), from, to};
    const bool changed = request.traderId != m_request.traderId || request.from != m_request.from ||
                         request.to != m_request.to;
    m_request = request;
    if (m_search->text() != m_request.traderId)
        m_search->setText(m_request.traderId);
    load();
    if (changed)
        Q_EMIT navigationStateChanged();
}

void TraderView::periodEdited()
{
    const QString from = m_from->date().toString(Qt::ISODate);
    const QString to = m_to->date().toString(Qt::ISODate);
    if (m_report && from == m_report->profile.from && to == m_report->profile.to)
        return;
    showTrader(m_request.traderId, from, to);
}

void TraderView::load()
{
    const quint64 generation = ++m_generation;
    m_error->hide();
    m_periodTimer->stop();
    for (QWidget *w :
         {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
          static_cast<QWidget *>(m_wholePeriod), static_cast<QWidget *>(m_allDeclarations)})
        w->setEnabled(!m_request.traderId.isEmpty());
    if (m_workspace.isEmpty() || m_request.traderId.isEmpty()) {
        m_loading = false;
        m_report.reset();
        m_stale->hide();
        m_pages->setCurrentWidget(m_empty);
        settle();
        return;
    }
    m_loading = true;
    m_busy->setRunning(true);
    auto *watcher = new QFutureWatcher<SnapshotResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        const SnapshotResult result = watcher->result();
        if (result && result->ok())
            showSnapshot(result->value());
        else
            showError(result ? result->error().message : QString());
        settle();
    });
    watcher->setFuture(
        QtConcurrent::run([path = m_workspace, request = m_request]() -> SnapshotResult {
            return readTraderSnapshot(path, request);
        }));
}

void TraderView::showSnapshot(const TraderSnapshot &snapshot)
{
    m_report = snapshot.report;
    const TraderProfile &p = m_report->profile;
    m_stale->setState(snapshot.state);
    for (QDateEdit *edit : {m_from, m_to}) {
        const QSignalBlocker blocker(edit);
        edit->setDate(QDate::fromString(edit == m_from ? p.from : p.to, Qt::ISODate));
    }
    m_header->showReport(*m_report);
    m_changes->showReport(*m_report);
    m_inspections->showReport(*m_report);
    m_tabs->showReport(*m_report);
    showChart(p);
    m_pages->setCurrentIndex(1);
}

void TraderView::showError(const QString &message)
{
    m_report.reset();
    m_error->setText(tr("The trader's profile could not be read: %1").arg(message));
    m_error->show();
    m_header->clear();
    m_changes->clear();
    m_inspections->clear();
    m_tabs->clear();
    m_chart->clearContent(QString());
    m_pages->setCurrentWidget(m_empty);
}

QString TraderView::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void TraderView::showChart(const TraderProfile &profile)
{
    if (profile.months.empty()) {
        m_chart->clearContent(tr("No declarations in the period."));
        return;
    }
    const QLocale locale;
    ActivityChartData data;
    const QDate first =
        QDate::fromString(profile.months.front().month + QStringLiteral("-01"), Qt::ISODate);
    for (const TraderMonth &m : profile.months) {
        const QDate month = QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate);
        // Month numbers, the year on January and on the first month: "janv. 25" is cut off
        // under a narrow bar in French, "01/25" is not.
        data.months << (month.month() == 1 || month == first
                            ? locale.toString(month, QStringLiteral("MM/yy"))
                            : locale.toString(month, QStringLiteral("MM")));
        data.values.push_back(m.figures.customsValue);
        data.items.push_back(double(m.figures.items));
    }
    // A month belongs to the half that holds most of its days.
    const QDate split = QDate::fromString(profile.secondHalf, Qt::ISODate);
    data.firstSecondHalfMonth = (split.year() - first.year()) * 12 + split.month() - first.month() +
                                (split.day() > split.daysInMonth() / 2 ? 1 : 0);
    data.valueTitle = tr("Customs value");
    data.itemsTitle = tr("Items");
    data.thousands = tr("thousands");
    data.millions = tr("millions");
    data.billions = tr("billions");
    data.firstHalfName = tr("Customs value, 1st half");
    data.secondHalfName = tr("Customs value, 2nd half");
    std::vector<QString> months;
    for (const TraderMonth &m : profile.months)
        months.push_back(m.month);
    m_chart->setContent([this, data, months](const ChartTheme &theme) {
        return buildActivityChart(data, theme, [this, months](int index) {
            if (index < 0 || size_t(index) >= months.size() || !m_report)
                return;
            const QDate month =
                QDate::fromString(months[size_t(index)] + QStringLiteral("-01"), Qt::ISODate);
            DeclarationFilter filter;
            filter.traderId = m_request.traderId;
            filter.dateFrom = std::max(month.toString(Qt::ISODate), m_report->profile.from);
            filter.dateTo = std::min(month.addMonths(1).addDays(-1).toString(Qt::ISODate),
                                     m_report->profile.to);
            Q_EMIT declarationsRequested(
                filter, tr("Trader %1 in %2")
                            .arg(m_request.traderId,
                                 QLocale().toString(month, QStringLiteral("MMMM yyyy"))));
        });
    });
}

void TraderView::settle()
{
    m_busy->setRunning(m_loading);
    if (isSettled())
        Q_EMIT loaded();
}

} // namespace clearsight::ui
