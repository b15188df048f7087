#include "tradersview.h"

#include "common/busyindicator.h"
#include "numberdelegate.h"
#include "report/flagreport.h"
#include "scorebardelegate.h"
#include "stalenotice.h"
#include "tablesupport.h"
#include "traderfilterproxy.h"
#include "traderflagspanel.h"
#include "traderscoremodel.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
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
using SnapshotResult = std::optional<Result<TradersSnapshot>>;
}

TradersView::TradersView(QWidget *parent) : WorkspaceView(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("traderSearch"));
    m_search->setPlaceholderText(tr("Find a trader by ID or name…"));
    m_search->setClearButtonEnabled(true);
    // The whole hint readable, with room for the clear button, in every language.
    m_search->setMinimumWidth(
        m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) +
        m_search->fontMetrics().height() * 3);
    m_stale = new StaleNotice(this);
    m_busy = new BusyIndicator(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tradersSummary"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton")); // File > Export list finds it
    m_export->setToolTip(tr("Save the listed traders as a CSV file for a spreadsheet"));

    m_model = new TraderScoreModel(this);
    m_proxy = new TraderFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = createAnalysisTable(this, QStringLiteral("traderRanking"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TraderScoreModel::Rank, Qt::AscendingOrder);
    m_table->setItemDelegateForColumn(TraderScoreModel::RiskScore,
                                      new ScoreBarDelegate(75, m_table));
    for (int column : {int(TraderScoreModel::Rank), int(TraderScoreModel::Declarations),
                       int(TraderScoreModel::Flags), int(TraderScoreModel::FlaggedItems)}) {
        m_table->setItemDelegateForColumn(
            column, new NumberDelegate(NumberDelegate::Style::Count, m_table));
    }
    m_table->setItemDelegateForColumn(TraderScoreModel::RevenueAtStake,
                                      new NumberDelegate(NumberDelegate::Style::Money, m_table));
    m_table->setItemDelegateForColumn(TraderScoreModel::HitRate,
                                      new NumberDelegate(NumberDelegate::Style::Percent, m_table));

    m_flags = new TraderFlagsPanel(this);
    auto *flagsBox = new QGroupBox(tr("Flags behind the selected trader's score"), this);
    auto *flagsLayout = new QVBoxLayout(flagsBox);
    flagsLayout->addWidget(m_flags);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(flagsBox);
    split->setSizes({3000, 2000});
    split->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search);
    top->addWidget(m_busy);
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin);
    layout->setContentsMargins(margin, margin, margin, margin / 2);
    layout->addLayout(top);
    layout->addWidget(m_stale);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &TraderFilterProxy::setSearch);
    connect(m_search, &QLineEdit::textChanged, this, &WorkspaceView::navigationStateChanged);
    connect(m_stale, &StaleNotice::runRequested, this, &WorkspaceView::analysesRequested);
    connect(m_table, &QAbstractItemView::activated, this, &TradersView::openTrader);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex source = m_proxy->mapToSource(current);
                if (source.isValid())
                    m_flags->showTrader(m_model->traderAt(source.row()));
            });
    connect(m_flags, &TraderFlagsPanel::declarationRequested, this,
            [this](const QString &declaration) {
                DeclarationFilter filter;
                filter.declarationId = declaration;
                Q_EMIT declarationsRequested(filter, tr("Declaration %1").arg(declaration));
            });
    connect(m_flags, &TraderFlagsPanel::loaded, this, &TradersView::settle);
    connect(m_export, &QPushButton::clicked, this, [this] {
        exportCsvWithDialog(this, tradersTable(listedTraders(), QLocale()),
                            tr("trader-ranking.csv"));
    });
}

TradersView::~TradersView() = default;

void TradersView::setWorkspace(const QString &path)
{
    m_workspace = path;
    m_flags->setWorkspace(path);
    load();
}

bool TradersView::isSettled() const
{
    return !m_loading && !m_flags->isLoading();
}

void TradersView::load()
{
    const quint64 generation = ++m_generation;
    m_error->hide();
    if (m_workspace.isEmpty()) {
        m_loading = false;
        m_model->setTraders({});
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
    watcher->setFuture(QtConcurrent::run(
        [path = m_workspace]() -> SnapshotResult { return readTradersSnapshot(path); }));
}

void TradersView::showSnapshot(const TradersSnapshot &snapshot)
{
    const QString selected = m_flags->traderId();
    m_stale->setState(snapshot.state);
    m_model->setTraders(snapshot.traders);
    m_summary->setText(tr("Traders ranked: %1, riskiest first")
                           .arg(QLocale().toString(qint64(snapshot.traders.size()))));
    m_export->setEnabled(!snapshot.traders.empty());
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(TraderScoreModel::Name,
                            std::min(m_table->columnWidth(TraderScoreModel::Name),
                                     m_table->fontMetrics().averageCharWidth() * 30));
    // The same trader stays selected across a refresh; else the riskiest one.
    int row = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, TraderScoreModel::TraderId).data().toString() == selected) {
            row = r;
            break;
        }
    }
    if (m_proxy->rowCount() == 0) {
        m_flags->clear(tr("No trader has been ranked yet."));
        return;
    }
    if (!selected.isEmpty())
        m_flags->clear(QString()); // re-read: the flags may have changed with the run
    m_table->setCurrentIndex(m_proxy->index(row, TraderScoreModel::TraderId));
}

void TradersView::showError(const QString &message)
{
    m_model->setTraders({});
    m_summary->clear();
    m_error->setText(tr("The trader ranking could not be read: %1").arg(message));
    m_error->show();
    m_flags->clear(QString());
}

void TradersView::openTrader(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    // The trader's drill-down; its declarations are one click further (and in the flags
    // panel below).
    Q_EMIT traderRequested(m_model->traderAt(source.row()).traderId);
}

std::vector<TraderScoreRecord> TradersView::listedTraders() const
{
    std::vector<TraderScoreRecord> traders;
    traders.reserve(size_t(m_proxy->rowCount()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        traders.push_back(m_model->traderAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return traders;
}

Status TradersView::exportCsv(const QString &file) const
{
    return writeCsvFile(file, tradersTable(listedTraders(), QLocale()));
}

void TradersView::settle()
{
    m_busy->setRunning(m_loading || m_flags->isLoading());
    if (isSettled())
        Q_EMIT loaded();
}

QVariantMap TradersView::navigationState() const
{
    return {{QStringLiteral("search"), m_search->text()}};
}

void TradersView::restoreNavigationState(const QVariantMap &state)
{
    m_search->setText(state.value(QStringLiteral("search")).toString());
}

} // namespace clearsight::ui
