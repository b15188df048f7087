#include "incotermsview.h"

#include "analysisfilterbar.h"
#include "charts/charttheme.h"
#include "common/busyindicator.h"
#include "flagsmodel.h"
#include "freightsharepanel.h"
#include "incotermmatrixmodel.h"
#include "incotermtraderbox.h"
#include "matrixcelldelegate.h"
#include "numberdelegate.h"
#include "report/flagreport.h"
#include "report/statsreport.h"
#include "scorebardelegate.h"
#include "stalenotice.h"
#include "tablesupport.h"

#include <QEvent>
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
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui
{

namespace
{
using SnapshotResult = std::optional<Result<IncotermSnapshot>>;

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    new QVBoxLayout(box);
    return box;
}
} // namespace

IncotermsView::IncotermsView(QWidget *parent) : WorkspaceView(parent)
{
    m_filterBar = new AnalysisFilterBar(this);
    m_stale = new StaleNotice(this);
    m_busy = new BusyIndicator(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("incotermSummary"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    m_traderBox = new IncotermTraderBox(this);

    auto *freightBox = group(tr("Freight and insurance added to the invoice, per rule"), this);
    m_freight = new FreightSharePanel(freightBox);
    freightBox->layout()->addWidget(m_freight);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(createMatrixBox());
    top->addWidget(freightBox);
    top->setSizes({5000, 4000}); // shares of the space: scaled to it when shown
    top->setChildrenCollapsible(false);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(createFlagsBox());
    bottom->addWidget(m_traderBox);
    bottom->setSizes({5000, 2000});
    bottom->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setSizes({1000, 1000});
    split->setChildrenCollapsible(false);

    auto *status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin);
    layout->setContentsMargins(margin, margin, margin, margin / 2);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stale);
    layout->addLayout(status);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_filterBar, &AnalysisFilterBar::filterChanged, this, &IncotermsView::load);
    connect(m_filterBar, &AnalysisFilterBar::filterChanged, this,
            &WorkspaceView::navigationStateChanged);
    connect(m_stale, &StaleNotice::runRequested, this, &WorkspaceView::analysesRequested);
    connect(m_freight, &FreightSharePanel::incotermClicked, this, [this](const QString &rule) {
        FlagCriteria criteria;
        criteria.incoterm = rule;
        setCriteria(criteria);
    });
    connect(m_freight, &FreightSharePanel::flagClicked, this, [this](const FlagRecord &flag) {
        DeclarationFilter filter;
        filter.declarationId = flag.declarationId;
        Q_EMIT declarationsRequested(filter, tr("Declaration %1").arg(flag.declarationId));
    });
    connect(m_traderBox, &IncotermTraderBox::barClicked, this,
            [this](const QString &trader, const QString &rule) {
                FlagCriteria criteria;
                criteria.incoterm = rule;
                criteria.traderId = trader;
                setCriteria(criteria);
            });
    connect(m_traderBox, &IncotermTraderBox::loaded, this, &IncotermsView::settle);
}

IncotermsView::~IncotermsView() = default;

QWidget *IncotermsView::createMatrixBox()
{
    auto *box = group(tr("Import items by Incoterm and transport mode"), this);
    m_matrix = new IncotermMatrixModel(this);
    m_matrixTable = createAnalysisTable(box, QStringLiteral("incotermMatrix"));
    m_matrixTable->setModel(m_matrix);
    m_matrixTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixTable->setItemDelegate(new MatrixCellDelegate(m_matrixTable));
    m_matrixTable->setAlternatingRowColors(false);
    m_matrixTable->verticalHeader()->show();
    m_matrixTable->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_matrixTable->horizontalHeader()->setStretchLastSection(false);
    m_matrixTable->setToolTip(QString());
    m_matrixLegend = new QLabel(box);
    m_matrixLegend->setObjectName(QStringLiteral("incotermMatrixLegend"));
    m_matrixLegend->setWordWrap(true);
    updateLegend();
    box->layout()->addWidget(m_matrixTable);
    box->layout()->addWidget(m_matrixLegend);
    connect(m_matrixTable, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (!index.isValid() || index.data().isNull())
            return;
        FlagCriteria criteria;
        criteria.incoterm = m_matrix->incotermAt(index.row());
        if (!m_matrix->isTotalColumn(index.column()))
            criteria.mode = m_matrix->modeAt(index.column());
        setCriteria(criteria);
    });
    return box;
}

QWidget *IncotermsView::createFlagsBox()
{
    auto *box = group(tr("Incoterm flags"), this);
    m_flags = new FlagsModel(this);
    m_proxy = new FlagFilterProxy(this);
    m_proxy->setSourceModel(m_flags);
    m_flagsTable = createAnalysisTable(box, QStringLiteral("incotermFlags"));
    m_flagsTable->setModel(m_proxy);
    for (int column : {int(FlagsModel::DeclaredValue), int(FlagsModel::ExpectedValue)})
        m_flagsTable->setColumnHidden(column, true);
    m_flagsTable->setItemDelegateForColumn(
        FlagsModel::Rank, new NumberDelegate(NumberDelegate::Style::Count, m_flagsTable));
    m_flagsTable->setItemDelegateForColumn(FlagsModel::Score,
                                           new ScoreBarDelegate(75, m_flagsTable));
    m_flagsTable->setItemDelegateForColumn(
        FlagsModel::RevenueAtStake, new NumberDelegate(NumberDelegate::Style::Money, m_flagsTable));

    m_criteriaLabel = new QLabel(box);
    m_criteriaLabel->setObjectName(QStringLiteral("incotermCriteria"));
    m_criteriaClear = new QToolButton(box);
    m_criteriaClear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_criteriaClear->setAutoRaise(true);
    m_criteriaClear->setToolTip(tr("List every Incoterm flag again"));
    m_export = new QPushButton(tr("Export CSV…"), box);
    m_export->setObjectName(QStringLiteral("exportButton")); // File > Export list finds it
    m_export->setToolTip(tr("Save the listed flags as a CSV file for a spreadsheet"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_criteriaLabel, 1);
    row->addWidget(m_criteriaClear);
    row->addWidget(m_export);
    static_cast<QVBoxLayout *>(box->layout())->addLayout(row);
    box->layout()->addWidget(m_flagsTable);

    connect(m_criteriaClear, &QToolButton::clicked, this, [this] { setCriteria({}); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        exportCsvWithDialog(this, clearsight::flagsTable(listedFlags(), QLocale()),
                            tr("incoterm-flags.csv"));
    });
    connect(m_flagsTable, &QAbstractItemView::activated, this, &IncotermsView::openFlag);
    connect(m_flagsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QModelIndex source = m_proxy->mapToSource(current);
                m_traderBox->showTrader(m_flags->flagAt(source.row()).record.traderId);
            });
    setCriteria({});
    return box;
}

void IncotermsView::updateLegend()
{
    const ChartTheme theme = ChartTheme::fromPalette(palette(), font());
    m_matrixLegend->setText(
        tr("Right: items; left, in red: items with Incoterm flags. Click a cell to list its "
           "flags.") +
        QStringLiteral("<br>") +
        legendHtml({{theme.alert, tr("sea-only rule by air or post: always wrong")},
                    {theme.caution, tr("by road or rail: only after a sea leg")}}));
}

void IncotermsView::changeEvent(QEvent *event)
{
    WorkspaceView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_matrixLegend)
        updateLegend();
}

void IncotermsView::setWorkspace(const QString &path)
{
    m_workspace = path;
    m_traderBox->setWorkspace(path);
    load();
}

void IncotermsView::setWorkspaceReport(const WorkspaceReport &report)
{
    m_filterBar->setPeriod(QDate::fromString(report.statistics.firstDate, Qt::ISODate),
                           QDate::fromString(report.statistics.lastDate, Qt::ISODate));
}

bool IncotermsView::isSettled() const
{
    return !m_loading && !m_traderBox->isLoading();
}

void IncotermsView::load()
{
    const quint64 generation = ++m_generation;
    m_error->hide();
    if (m_workspace.isEmpty()) {
        m_loading = false;
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
        QtConcurrent::run([path = m_workspace, filter = m_filterBar->filter()]() -> SnapshotResult {
            return readIncotermSnapshot(path, filter);
        }));
}

void IncotermsView::showSnapshot(const IncotermSnapshot &snapshot)
{
    m_stale->setState(snapshot.flags.state);
    m_matrix->setCells(snapshot.matrix);
    m_matrixTable->resizeColumnsToContents();
    m_freight->showStats(snapshot.freight, snapshot.flags.flags);
    m_flags->setFlags(snapshot.flags.flags);
    m_flagsTable->resizeColumnsToContents();
    m_flagsTable->setColumnWidth(FlagsModel::Reason,
                                 m_flagsTable->fontMetrics().averageCharWidth() * 40);
    setCriteria(m_proxy->criteria()); // refreshes the count
    qint64 items = 0;
    qint64 flagged = 0;
    for (const IncotermModeCell &cell : snapshot.matrix) {
        items += cell.items;
        flagged += cell.flaggedItems;
    }
    const QLocale locale;
    m_summary->setText(tr("Import items: %1, of which %2 with Incoterm flags. Incoterm flags: %3.")
                           .arg(locale.toString(items), locale.toString(flagged),
                                locale.toString(qint64(snapshot.flags.flags.size()))));
    if (m_proxy->rowCount() > 0 && !m_flagsTable->currentIndex().isValid())
        m_flagsTable->setCurrentIndex(m_proxy->index(0, FlagsModel::Declaration));
}

void IncotermsView::setCriteria(const FlagCriteria &criteria)
{
    m_proxy->setCriteria(criteria);
    const QLocale locale;
    const QString count = locale.toString(m_proxy->rowCount());
    if (m_flags->rowCount() == 0) {
        m_criteriaLabel->setText(tr("No Incoterm flags."));
    } else if (criteria.isEmpty()) {
        m_criteriaLabel->setText(tr("Flags: %1, highest score first").arg(count));
    } else {
        m_criteriaLabel->setText(tr("Only %1. Flags: %2").arg(criteria.describe(), count));
    }
    m_criteriaClear->setVisible(!criteria.isEmpty());
    m_export->setEnabled(m_proxy->rowCount() > 0);
}

std::vector<FlagRecord> IncotermsView::listedFlags() const
{
    std::vector<FlagRecord> records;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        records.push_back(
            m_flags->flagAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).record);
    return records;
}

Status IncotermsView::exportCsv(const QString &file) const
{
    return writeCsvFile(file, clearsight::flagsTable(listedFlags(), QLocale()));
}

void IncotermsView::openFlag(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    // The trader's cell opens the trader's drill-down; any other cell the declaration.
    const QString trader = m_flags->flagAt(source.row()).record.traderId;
    if (proxyIndex.column() == FlagsModel::Trader && !trader.isEmpty()) {
        Q_EMIT traderRequested(trader);
        return;
    }
    const QString declaration = m_flags->flagAt(source.row()).record.declarationId;
    DeclarationFilter filter;
    filter.declarationId = declaration;
    Q_EMIT declarationsRequested(filter, tr("Declaration %1").arg(declaration));
}

void IncotermsView::showError(const QString &message)
{
    m_matrix->setCells({});
    m_flags->setFlags({});
    m_freight->showMessage(QString());
    m_summary->clear();
    m_error->setText(tr("The Incoterm analysis could not be read: %1").arg(message));
    m_error->show();
}

void IncotermsView::settle()
{
    m_busy->setRunning(m_loading || m_traderBox->isLoading());
    if (isSettled())
        Q_EMIT loaded();
}

QVariantMap IncotermsView::navigationState() const
{
    return m_filterBar->navigationState();
}

void IncotermsView::restoreNavigationState(const QVariantMap &state)
{
    m_filterBar->restoreNavigationState(state);
}

} // namespace clearsight::ui
