#include "qualityview.h"

#include "common/busyindicator.h"
#include "completenessmodel.h"
#include "domain/findingkind.h"
#include "findingsmodel.h"
#include "lineagebox.h"
#include "percentbardelegate.h"
#include "qualityvaluedelegate.h"
#include "rejectsmodel.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui
{

namespace
{
using SnapshotResult = std::optional<Result<QualitySnapshot>>;

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent, QWidget *above = nullptr)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    if (above)
        layout->addWidget(above);
    layout->addWidget(content, 1);
    return box;
}
} // namespace

QualityView::QualityView(QWidget *parent) : WorkspaceView(parent)
{
    m_completeness = new CompletenessModel(this);
    m_findings = new FindingsModel(this);
    m_rejects = new RejectsModel(this);

    m_batchSelector = new QComboBox(this);
    m_batchSelector->setObjectName(QStringLiteral("qualityBatch"));
    m_batchSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_batchSelector->setMinimumContentsLength(32);
    auto *batchLabel = new QLabel(tr("&Batch:"), this);
    batchLabel->setBuddy(m_batchSelector);
    m_busy = new BusyIndicator(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("qualitySummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(fontMetrics().height() / 3);
    m_error->hide();

    m_lineage = new LineageBox(this);
    m_completenessTable = createTable(QStringLiteral("qualityCompleteness"));
    m_completenessTable->setModel(m_completeness);
    m_completenessTable->setItemDelegate(
        new QualityValueDelegate(CompletenessModel::CanonicalColumnRole, m_completenessTable));
    m_completenessTable->setItemDelegateForColumn(CompletenessModel::ColumnName,
                                                  new QStyledItemDelegate(m_completenessTable));
    m_completenessTable->setItemDelegateForColumn(
        CompletenessModel::Filled, new QualityValueDelegate(-1, m_completenessTable));
    m_completenessTable->setItemDelegateForColumn(CompletenessModel::Completeness,
                                                  new PercentBarDelegate(m_completenessTable));

    m_findingsTable = createTable(QStringLiteral("qualityFindings"));
    m_findingsTable->setModel(m_findings);
    m_findingsTable->setItemDelegateForColumn(FindingsModel::Rows,
                                              new QualityValueDelegate(-1, m_findingsTable));
    m_findingsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    // The finding's name takes the spare width; the count sits beside the column.
    m_findingsTable->horizontalHeader()->setStretchLastSection(false);
    m_findingsTable->horizontalHeader()->setSectionResizeMode(FindingsModel::Finding,
                                                              QHeaderView::Stretch);
    m_rejectsTable = createTable(QStringLiteral("qualityRejects"));
    m_rejectsTable->setModel(m_rejects);
    m_rejectsTable->setItemDelegateForColumn(RejectsModel::Records,
                                             new QualityValueDelegate(-1, m_rejectsTable));

    auto *findingsHint =
        new QLabel(tr("Double-click a finding to see the declaration items that carry it."), this);
    findingsHint->setWordWrap(true);

    // The lineage keeps the height its text needs; the two tables share the rest.
    auto *tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(group(tr("Findings"), m_findingsTable, tables, findingsHint));
    tables->addWidget(group(tr("Rejected records"), m_rejectsTable, tables));
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    tables->setChildrenCollapsible(false);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_lineage);
    rightLayout->addWidget(tables, 1);
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(group(tr("Completeness and ranges"), m_completenessTable, main));
    main->addWidget(right);
    main->setStretchFactor(0, 5);
    main->setStretchFactor(1, 4);
    main->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(batchLabel);
    top->addWidget(m_batchSelector);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addWidget(m_busy);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin);
    layout->setContentsMargins(margin, margin, margin, margin / 2);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(main, 1);

    connect(m_batchSelector, &QComboBox::currentIndexChanged, this,
            [this] { showBatch(m_batchSelector->currentData().toLongLong()); });
    connect(m_findingsTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openFinding(index.row()); });
    m_batchSelector->addItem(tr("Whole store"), qint64(0));
}

QualityView::~QualityView() = default;

QTableView *QualityView::createTable(const QString &name)
{
    auto *table = new QTableView(this);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() +
                                                   fontMetrics().height() / 2);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void QualityView::setWorkspace(const QString &path)
{
    if (path != m_workspace)
        m_batchId = 0;
    m_workspace = path;
    m_report.reset();
    load();
}

void QualityView::showBatch(qint64 batchId)
{
    if (batchId == m_batchId && (m_loading || m_report))
        return;
    m_batchId = batchId;
    load();
    Q_EMIT navigationStateChanged();
}

void QualityView::load()
{
    const quint64 generation = ++m_generation;
    m_error->hide();
    if (m_workspace.isEmpty()) {
        m_loading = false;
        m_busy->setRunning(false);
        return;
    }
    m_loading = true;
    m_busy->setRunning(true);
    auto *watcher = new QFutureWatcher<SnapshotResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another batch or workspace was asked for meanwhile
        m_loading = false;
        m_busy->setRunning(false);
        const SnapshotResult result = watcher->result();
        if (result && result->ok())
            showSnapshot(result->value());
        else
            showError(result ? result->error().message : QString());
    });
    watcher->setFuture(
        QtConcurrent::run([path = m_workspace, batchId = m_batchId]() -> SnapshotResult {
            Result<QualitySnapshot> snapshot = readQualitySnapshot(path, batchId);
            if (!snapshot && batchId != 0) // the batch is gone (another workspace): the store
                snapshot = readQualitySnapshot(path, 0);
            return snapshot;
        }));
}

void QualityView::showSnapshot(const QualitySnapshot &snapshot)
{
    m_report = snapshot.report;
    m_batchId = snapshot.report.batchId;
    fillBatches(snapshot.batches);
    m_completeness->setReport(snapshot.report);
    m_findings->setFindings(snapshot.report.findings);
    m_rejects->setRejects(snapshot.report.rejects);

    const auto batch = std::find_if(snapshot.batches.begin(), snapshot.batches.end(),
                                    [&](const ImportBatch &b) { return b.id == m_batchId; });
    if (batch != snapshot.batches.end())
        m_lineage->showBatch(*batch);
    else
        m_lineage->showStore(snapshot.batches);

    const QLocale locale;
    const QualityReport &report = snapshot.report;
    m_summary->setText(tr("%1 rows stored, %2 with findings, %3 records rejected")
                           .arg(locale.toString(report.rows),
                                locale.toString(report.rowsWithFindings),
                                locale.toString(report.rejected)));
    for (QTableView *table : {m_completenessTable, m_findingsTable, m_rejectsTable})
        table->resizeColumnsToContents();
}

void QualityView::fillBatches(const std::vector<ImportBatch> &batches)
{
    const QSignalBlocker blocker(m_batchSelector);
    m_batchSelector->clear();
    m_batchSelector->addItem(tr("Whole store"), qint64(0));
    for (const ImportBatch &batch : batches) {
        m_batchSelector->addItem(tr("Batch %1: %2, %3")
                                     .arg(batch.id)
                                     .arg(batch.fileName, LineageBox::localTime(batch.startedAt)),
                                 batch.id);
    }
    const int index = m_batchSelector->findData(m_batchId);
    m_batchSelector->setCurrentIndex(std::max(index, 0));
}

void QualityView::showError(const QString &message)
{
    m_error->setText(tr("The data quality could not be read: %1").arg(message));
    m_error->show();
}

void QualityView::openFinding(int row)
{
    if (row < 0 || row >= m_findings->rowCount())
        return;
    const FindingCount &finding = m_findings->findingAt(row);
    const std::optional<FindingKind> kind = findingKindByKey(finding.kind);
    if (!kind)
        return;
    DeclarationFilter filter;
    filter.findingsMask = findingBit(*kind);
    filter.batchId = m_batchId;
    const QString title = findingTitle(*kind);
    const QString description =
        m_batchId > 0 ? tr("%1 in batch %2").arg(title).arg(m_batchId) : title;
    Q_EMIT declarationsRequested(filter, description);
}

QVariantMap QualityView::navigationState() const
{
    return {{QStringLiteral("batch"), m_batchId}};
}

void QualityView::restoreNavigationState(const QVariantMap &state)
{
    showBatch(state.value(QStringLiteral("batch")).toLongLong());
}

} // namespace clearsight::ui
