#include "declarationdetailspanel.h"

#include "declarationcolumns.h"
#include "domain/canonicalschema.h"
#include "domain/findingkind.h"
#include "quality/lineagebox.h"
#include "store/connection.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui
{

namespace
{
using DetailsResult = std::optional<Result<DeclarationDetails>>;

DetailsResult readDetails(const QString &path, qint64 rowId)
{
    const Result<Connection> connection = Connection::open(path, Connection::Mode::ReadOnly);
    if (!connection)
        return Result<DeclarationDetails>(connection.error());
    return declarationDetails(connection.value(), rowId);
}
} // namespace

DeclarationDetailsPanel::DeclarationDetailsPanel(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(tr("Row details"), this);
    m_title->setObjectName(QStringLiteral("declarationDetailsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_close = new QToolButton(this);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide the row details"));
    connect(m_close, &QToolButton::clicked, this, &DeclarationDetailsPanel::closeRequested);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("declarationDetailsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, fontMetrics().averageCharWidth() * 22);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);
}

DeclarationDetailsPanel::~DeclarationDetailsPanel() = default;

void DeclarationDetailsPanel::showRow(const QString &path, qint64 rowId)
{
    if (path == m_path && rowId == m_rowId && (m_loading || m_tree->topLevelItemCount() > 0))
        return;
    m_path = path;
    m_rowId = rowId;
    const quint64 generation = ++m_generation;
    if (path.isEmpty() || rowId <= 0) {
        clear();
        return;
    }
    m_loading = true;
    m_title->setText(tr("Row details: reading…"));
    auto *watcher = new QFutureWatcher<DetailsResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another row was selected meanwhile
        m_loading = false;
        const DetailsResult result = watcher->result();
        if (result && result->ok())
            showDetails(result->value());
        else
            showError(result ? result->error().message : QString());
    });
    watcher->setFuture(
        QtConcurrent::run([path, rowId]() -> DetailsResult { return readDetails(path, rowId); }));
}

void DeclarationDetailsPanel::clear()
{
    ++m_generation;
    m_loading = false;
    m_rowId = 0;
    m_tree->clear();
    m_title->setText(tr("Row details"));
}

QTreeWidgetItem *DeclarationDetailsPanel::addSection(const QString &title, const QString &name)
{
    auto *section = new QTreeWidgetItem(m_tree, {title});
    section->setData(0, Qt::UserRole, name);
    section->setFirstColumnSpanned(true);
    QFont bold = section->font(0);
    bold.setBold(true);
    section->setFont(0, bold);
    return section;
}

void DeclarationDetailsPanel::addField(QTreeWidgetItem *section, const QString &name,
                                       const QString &value, const QString &toolTip)
{
    auto *item = new QTreeWidgetItem(section, {name, value});
    item->setToolTip(1, toolTip.isEmpty() ? value : toolTip);
}

void DeclarationDetailsPanel::showDetails(const DeclarationDetails &details)
{
    m_tree->clear();
    const QLocale locale;
    const QString declaration =
        details.values.empty() ? QString() : details.values.front().toString();
    m_title->setText(tr("Row details: %1").arg(declaration));

    const ImportBatch &batch = details.batch;
    QTreeWidgetItem *lineage = addSection(tr("Lineage"), QStringLiteral("lineage"));
    addField(lineage, tr("Batch"), QString::number(batch.id));
    addField(lineage, tr("File"), batch.fileName, QDir::toNativeSeparators(batch.filePath));
    addField(lineage, tr("Source line"), QString::number(details.sourceLine));
    addField(lineage, tr("Profile"), batch.profile);
    addField(lineage, tr("SHA-256"), LineageBox::shortHash(batch.sha256), batch.sha256);
    addField(lineage, tr("Imported"), LineageBox::localTime(batch.startedAt));

    QTreeWidgetItem *findings =
        addSection(tr("Findings (%1)").arg(details.findings.size()), QStringLiteral("findings"));
    if (details.findings.empty())
        addField(findings, tr("None"), QString());
    for (const RowFinding &finding : details.findings) {
        const std::optional<FindingKind> kind = findingKindByKey(finding.kind);
        const std::optional<CanonicalColumn> column = canonicalColumnByName(finding.column);
        const QString where = column ? columnTitle(*column) : finding.column;
        addField(findings, kind ? findingTitle(*kind) : finding.kind,
                 finding.detail.isEmpty() ? where : tr("%1: %2").arg(where, finding.detail));
    }

    QTreeWidgetItem *values = addSection(tr("Values"), QStringLiteral("values"));
    for (int i = 0; i < canonicalColumnCount && size_t(i) < details.values.size(); ++i) {
        const QVariant &value = details.values[size_t(i)];
        addField(values, columnTitle(CanonicalColumn(i)),
                 value.isNull() ? QStringLiteral("—")
                                : formatValue(value, declarationColumnFormat(i), locale));
    }

    const QJsonObject extra = QJsonDocument::fromJson(details.extraJson.toUtf8()).object();
    QTreeWidgetItem *source =
        addSection(tr("Other source columns (%1)").arg(extra.size()), QStringLiteral("extra"));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        addField(source, it.key(), it.value().toVariant().toString());

    m_tree->expandAll();
    // Names in full where the panel allows; long ones give way to the values.
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), m_tree->viewport()->width() / 2));
}

void DeclarationDetailsPanel::showError(const QString &message)
{
    m_tree->clear();
    m_title->setText(tr("Row details"));
    auto *item = new QTreeWidgetItem(m_tree, {tr("The row could not be read: %1").arg(message)});
    item->setFirstColumnSpanned(true);
}

} // namespace clearsight::ui
