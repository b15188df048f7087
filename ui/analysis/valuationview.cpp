#include "valuationview.h"

#include "analysisfilterbar.h"
#include "common/busyindicator.h"
#include "flagsmodel.h"
#include "numberdelegate.h"
#include "peergrouppanel.h"
#include "report/flagreport.h"
#include "report/statsreport.h"
#include "scorebardelegate.h"
#include "stalenotice.h"
#include "tablesupport.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui
{

namespace
{
using FlagsResult = std::optional<Result<FlagsSnapshot>>;
using GroupResult = std::optional<Result<PeerGroupSnapshot>>;
} // namespace

const std::vector<FlagKind> &ValuationView::kinds()
{
    static const std::vector<FlagKind> valuation = {FlagKind::Undervalued, FlagKind::Overvalued,
                                                    FlagKind::RelatedPartyValue};
    return valuation;
}

ValuationView::ValuationView(QWidget *parent) : WorkspaceView(parent)
{
    m_filterBar = new AnalysisFilterBar(this);
    m_stale = new StaleNotice(this);
    m_busy = new BusyIndicator(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("valuationSummary"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton")); // File > Export list finds it
    m_export->setToolTip(tr("Save the listed flags as a CSV file for a spreadsheet"));

    m_model = new FlagsModel(this);
    m_table = createAnalysisTable(this, QStringLiteral("valuationFlags"));
    m_table->setModel(m_model);
    m_table->setColumnHidden(FlagsModel::Incoterm, true);
    m_table->setColumnHidden(FlagsModel::Mode, true);
    m_table->setItemDelegateForColumn(FlagsModel::Rank,
                                      new NumberDelegate(NumberDelegate::Style::Count, m_table));
    m_table->setItemDelegateForColumn(FlagsModel::Score, new ScoreBarDelegate(75, m_table));
    for (int column :
         {FlagsModel::DeclaredValue, FlagsModel::ExpectedValue, FlagsModel::RevenueAtStake}) {
        m_table->setItemDelegateForColumn(
            column, new NumberDelegate(NumberDelegate::Style::Money, m_table));
    }

    m_peerGroup = new PeerGroupPanel(this);
    auto *groupBox = new QGroupBox(tr("Peer group of the selected item"), this);
    auto *groupLayout = new QVBoxLayout(groupBox);
    groupLayout->addWidget(m_peerGroup);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(groupBox);
    split->setSizes({4000, 5000});
    split->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_busy);
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin);
    layout->setContentsMargins(margin, margin, margin, margin / 2);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stale);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_filterBar, &AnalysisFilterBar::filterChanged, this, &ValuationView::loadFlags);
    connect(m_filterBar, &AnalysisFilterBar::filterChanged, this,
            &WorkspaceView::navigationStateChanged);
    connect(m_stale, &StaleNotice::runRequested, this, &WorkspaceView::analysesRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    loadPeerGroup(m_model->flagAt(current.row()).record.rowId);
            });
    // The trader's cell opens the trader's drill-down; any other cell the declaration.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == FlagsModel::Trader && index.row() < m_model->rowCount() &&
            !m_model->flagAt(index.row()).record.traderId.isEmpty())
            Q_EMIT traderRequested(m_model->flagAt(index.row()).record.traderId);
        else
            openRow(index.row());
    });
    connect(m_peerGroup, &PeerGroupPanel::itemClicked, this,
            [this](const PeerGroupItem &item) { openDeclaration(item.declarationId); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        exportCsvWithDialog(this, flagsTable(flagRecords(m_model->flags()), QLocale()),
                            tr("valuation-flags.csv"));
    });
}

ValuationView::~ValuationView() = default;

void ValuationView::setWorkspace(const QString &path)
{
    m_workspace = path;
    loadFlags();
}

void ValuationView::setWorkspaceReport(const WorkspaceReport &report)
{
    m_currency = report.workspace.settings.nationalCurrency;
    m_filterBar->setPeriod(QDate::fromString(report.statistics.firstDate, Qt::ISODate),
                           QDate::fromString(report.statistics.lastDate, Qt::ISODate));
}

void ValuationView::loadFlags()
{
    const quint64 generation = ++m_flagsGeneration;
    m_error->hide();
    if (m_workspace.isEmpty()) {
        m_loadingFlags = false;
        m_model->setFlags({});
        settle();
        return;
    }
    m_loadingFlags = true;
    m_busy->setRunning(true);
    auto *watcher = new QFutureWatcher<FlagsResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_flagsGeneration)
            return; // another filter or workspace was asked for meanwhile
        m_loadingFlags = false;
        const FlagsResult result = watcher->result();
        if (result && result->ok())
            showFlags(result->value());
        else
            showError(result ? result->error().message : QString());
        settle();
    });
    watcher->setFuture(
        QtConcurrent::run([path = m_workspace, filter = m_filterBar->filter()]() -> FlagsResult {
            return readFlags(path, filter, kinds(), false);
        }));
}

void ValuationView::showFlags(const FlagsSnapshot &snapshot)
{
    m_stale->setState(snapshot.state);
    m_model->setFlags(snapshot.flags);
    double revenue = 0;
    for (const FlagItem &item : snapshot.flags)
        revenue += item.record.revenueAtStake.value_or(0);
    const QLocale locale;
    QString currency = m_currency;
    if (currency.isEmpty() && !snapshot.flags.empty())
        currency =
            snapshot.flags.front().record.reason.value(QLatin1StringView("currency")).toString();
    m_summary->setText(tr("Valuation flags: %1, highest score first. Revenue at stake: %2 %3.")
                           .arg(locale.toString(qint64(snapshot.flags.size())),
                                locale.toString(revenue, 'f', 2), currency));
    m_export->setEnabled(!snapshot.flags.empty());
    m_table->resizeColumnsToContents();
    const int reasonWidth = m_table->fontMetrics().averageCharWidth() * 40;
    m_table->setColumnWidth(FlagsModel::Reason, reasonWidth);

    qint64 wanted = m_pendingRow;
    m_pendingRow = 0;
    if (wanted == 0 && m_peerGroup->snapshot())
        wanted = m_peerGroup->snapshot()->rowId;
    int row = wanted != 0 ? m_model->rowOf(wanted) : -1;
    if (row < 0 && wanted == 0 && m_model->rowCount() > 0)
        row = 0; // the top flag, so the chart never opens empty
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, FlagsModel::Declaration));
        m_table->scrollTo(m_model->index(row, 0));
        loadPeerGroup(m_model->flagAt(row).record.rowId);
    } else if (wanted != 0) {
        loadPeerGroup(wanted); // not listed (filtered out, or not flagged): its group still
    } else {
        m_peerGroup->showMessage(tr("No valuation flags to show."));
    }
}

void ValuationView::showItem(qint64 rowId)
{
    if (m_loadingFlags) {
        m_pendingRow = rowId;
        return;
    }
    const int row = m_model->rowOf(rowId);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, FlagsModel::Declaration));
        m_table->scrollTo(m_model->index(row, 0));
    }
    loadPeerGroup(rowId);
}

QString ValuationView::currencyFor(qint64 rowId) const
{
    const int row = m_model->rowOf(rowId);
    if (row >= 0) {
        const QString currency =
            m_model->flagAt(row).record.reason.value(QLatin1StringView("currency")).toString();
        if (!currency.isEmpty())
            return currency;
    }
    return m_currency;
}

void ValuationView::loadPeerGroup(qint64 rowId)
{
    if (m_loadingGroup && m_groupRow == rowId)
        return;
    m_groupRow = rowId;
    const quint64 generation = ++m_groupGeneration;
    m_loadingGroup = true;
    m_busy->setRunning(true);
    auto *watcher = new QFutureWatcher<GroupResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, rowId] {
        watcher->deleteLater();
        if (generation != m_groupGeneration)
            return;
        m_loadingGroup = false;
        const GroupResult result = watcher->result();
        if (result && result->ok())
            m_peerGroup->showSnapshot(result->value(), currencyFor(rowId));
        else
            m_peerGroup->showMessage(tr("The peer group could not be read: %1")
                                         .arg(result ? result->error().message : QString()));
        settle();
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_workspace, rowId]() -> GroupResult { return readPeerGroup(path, rowId); }));
}

void ValuationView::settle()
{
    m_busy->setRunning(m_loadingFlags || m_loadingGroup);
    if (isSettled())
        Q_EMIT loaded();
}

void ValuationView::showError(const QString &message)
{
    m_model->setFlags({});
    m_summary->clear();
    m_error->setText(tr("The valuation flags could not be read: %1").arg(message));
    m_error->show();
    m_peerGroup->showMessage(QString());
}

void ValuationView::openRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        openDeclaration(m_model->flagAt(row).record.declarationId);
}

void ValuationView::openDeclaration(const QString &declarationId)
{
    DeclarationFilter filter;
    filter.declarationId = declarationId;
    Q_EMIT declarationsRequested(filter, tr("Declaration %1").arg(declarationId));
}

Status ValuationView::exportCsv(const QString &file) const
{
    return writeCsvFile(file, flagsTable(flagRecords(m_model->flags()), QLocale()));
}

QVariantMap ValuationView::navigationState() const
{
    return m_filterBar->navigationState();
}

void ValuationView::restoreNavigationState(const QVariantMap &state)
{
    m_filterBar->restoreNavigationState(state);
}

} // namespace clearsight::ui
