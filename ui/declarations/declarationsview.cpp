#include "declarationsview.h"

#include "common/busyindicator.h"
#include "declarationcolumns.h"
#include "declarationdelegate.h"
#include "declarationdetailspanel.h"
#include "declarationfilterbar.h"
#include "models/declarationtablemodel.h"
#include "report/statsreport.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace clearsight::ui
{

DeclarationsView::DeclarationsView(QWidget *parent) : WorkspaceView(parent)
{
    m_model = new DeclarationTableModel(this);

    m_filterBar = new DeclarationFilterBar(this);
    m_busy = new BusyIndicator(this);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("declarationMatchCount"));
    m_matchLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setFrameShape(QFrame::StyledPanel);
    m_errorLabel->setMargin(fontMetrics().height() / 3);
    m_errorLabel->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("declarationTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DeclarationDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    // A fixed row height: the view never measures millions of rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() +
                                                     2 * (fontMetrics().height() / 4));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    // Header clicks call DeclarationTableModel::sort(), which orders in SQL.
    m_table->setSortingEnabled(true);
    const QList<int> leading = declarationLeadingColumns();
    for (int position = 0; position < leading.size(); ++position)
        header->moveSection(header->visualIndex(leading.at(position)), position);
    setInitialColumnWidths();

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filterBar, &DeclarationFilterBar::focusSearch);
    addAction(find);

    m_details = new DeclarationDetailsPanel(this);
    m_details->setObjectName(QStringLiteral("declarationDetails"));
    m_details->hide();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);

    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("declarationDetailsToggle"));
    m_detailsToggle->setText(tr("Row details"));
    m_detailsToggle->setToolTip(tr("Show the values, findings and lineage of the selected row"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setChecked(true);
    m_detailsToggle->setAutoRaise(true);

    // Below the table, like a table footer: how many items the criteria select.
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_busy);
    footer->addWidget(m_matchLabel, 1);
    footer->addWidget(m_detailsToggle);

    auto *layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin);
    layout->setContentsMargins(margin, margin, margin, margin / 2);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(footer);

    connect(m_filterBar, &DeclarationFilterBar::filterChanged, this,
            &DeclarationsView::applyFilter);
    connect(m_filterBar, &DeclarationFilterBar::filterChanged, this,
            &WorkspaceView::navigationStateChanged);
    connect(m_model, &DeclarationTableModel::matchingRowsChanged, this,
            &DeclarationsView::showMatchingRows);
    connect(m_model, &DeclarationTableModel::busyChanged, this, &DeclarationsView::showBusy);
    connect(m_model, &DeclarationTableModel::errorOccurred, this, &DeclarationsView::showError);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            &DeclarationsView::fitColumnsOnceLoaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeclarationsView::showCurrentRowDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            &DeclarationsView::showCurrentRowDetails);
    connect(m_detailsToggle, &QToolButton::toggled, this, &DeclarationsView::setDetailsVisible);
    connect(m_details, &DeclarationDetailsPanel::closeRequested, this,
            [this] { m_detailsToggle->setChecked(false); });
    showBusy(false);
    m_matchLabel->clear();
}

DeclarationsView::~DeclarationsView() = default;

void DeclarationsView::setWorkspace(const QString &path)
{
    m_workspace = path;
    m_errorLabel->hide();
    m_matchLabel->clear();
    m_filterBar->setEnabled(!path.isEmpty());
    m_details->clear();
    m_details->hide();
    if (path.isEmpty())
        return;
    m_fitPending = true;
    applyFilter(m_filterBar->filter());
    m_model->setWorkspace(path);
}

void DeclarationsView::setWorkspaceReport(const WorkspaceReport &report)
{
    m_filterBar->setPeriod(QDate::fromString(report.statistics.firstDate, Qt::ISODate),
                           QDate::fromString(report.statistics.lastDate, Qt::ISODate));
}

bool DeclarationsView::isSettled() const
{
    if (m_workspace.isEmpty())
        return true;
    if (m_model->isBusy() || (m_details->isVisible() && m_details->isLoading()))
        return false;
    const int rows = m_model->rowCount();
    if (rows == 0)
        return true;
    // Asking for the rows on screen also requests their pages, should nothing have painted yet.
    const int first = std::max(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0) // not laid out yet, or fewer rows than the viewport holds: one page at most
        last = std::min(rows, first + DeclarationTableModel::pageSize()) - 1;
    for (int row = first; row <= last; ++row) {
        if (!m_model->index(row, 0).data(DeclarationTableModel::LoadedRole).toBool())
            return false;
    }
    return !m_model->isBusy();
}

void DeclarationsView::applyFilter(const DeclarationFilter &filter)
{
    m_model->setFilter(filter); // the bar holds the whole filter, scope included
}

void DeclarationsView::showScope(const DeclarationFilter &scope, const QString &description)
{
    m_filterBar->setFilter(scope, description);
}

namespace
{
// The filter's fields by their navigation-state names; strings first, then the rest.
struct TextField {
    const char *name;
    QString DeclarationFilter::*member;
};
constexpr TextField kTextFields[] = {
    {"search", &DeclarationFilter::search},
    {"flow", &DeclarationFilter::flow},
    {"dateFrom", &DeclarationFilter::dateFrom},
    {"dateTo", &DeclarationFilter::dateTo},
    {"traderId", &DeclarationFilter::traderId},
    {"declarationId", &DeclarationFilter::declarationId},
    {"office", &DeclarationFilter::office},
    {"hsChapter", &DeclarationFilter::hsChapter},
    {"origin", &DeclarationFilter::origin},
    {"declarantId", &DeclarationFilter::declarantId},
    {"channel", &DeclarationFilter::channel},
    {"transportMode", &DeclarationFilter::transportMode},
};
const QString kFindingsOnly = QStringLiteral("findingsOnly");
const QString kFindingsMask = QStringLiteral("findingsMask");
const QString kBatchId = QStringLiteral("batchId");
const QString kScope = QStringLiteral("scope");

DeclarationFilter filterFromState(const QVariantMap &state)
{
    DeclarationFilter filter;
    for (const TextField &field : kTextFields)
        filter.*field.member = state.value(QLatin1StringView(field.name)).toString();
    filter.withFindingsOnly = state.value(kFindingsOnly).toBool();
    filter.findingsMask = state.value(kFindingsMask).toInt();
    filter.batchId = state.value(kBatchId).toLongLong();
    return filter;
}

} // namespace

QVariantMap DeclarationsView::navigationState() const
{
    const DeclarationFilter filter = m_filterBar->filter();
    QVariantMap state;
    for (const TextField &field : kTextFields) {
        if (!(filter.*field.member).isEmpty())
            state.insert(QLatin1StringView(field.name), filter.*field.member);
    }
    if (filter.withFindingsOnly)
        state.insert(kFindingsOnly, true);
    if (filter.findingsMask != 0)
        state.insert(kFindingsMask, filter.findingsMask);
    if (filter.batchId != 0)
        state.insert(kBatchId, filter.batchId);
    if (!m_filterBar->scopeDescription().isEmpty())
        state.insert(kScope, m_filterBar->scopeDescription());
    return state;
}

void DeclarationsView::restoreNavigationState(const QVariantMap &state)
{
    m_filterBar->setFilter(filterFromState(state), state.value(kScope).toString());
}

void DeclarationsView::showCurrentRowDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 rowId =
        current.isValid() ? current.data(DeclarationTableModel::RowIdRole).toLongLong() : 0;
    if (rowId <= 0) {
        m_details->clear();
        m_details->hide();
        return;
    }
    m_details->showRow(m_workspace, rowId);
    setDetailsVisible(m_detailsToggle->isChecked());
}

void DeclarationsView::setDetailsVisible(bool visible)
{
    const bool hasRow = m_details->rowId() > 0;
    if (visible && hasRow && !m_details->isVisible()) {
        m_details->show();
        // A third of the width for the details the first time; later the user's split stays.
        const int width = m_splitter->width();
        if (m_splitter->sizes().value(1) == 0)
            m_splitter->setSizes({width * 2 / 3, width / 3});
    } else if (!visible || !hasRow) {
        m_details->hide();
    }
}

void DeclarationsView::showMatchingRows(qint64 rows)
{
    if (rows == 0)
        m_matchLabel->setText(tr("No declaration items match"));
    else if (rows == 1)
        m_matchLabel->setText(tr("1 declaration item matches"));
    else
        m_matchLabel->setText(tr("%1 declaration items match").arg(QLocale().toString(rows)));
}

void DeclarationsView::showBusy(bool busy)
{
    m_busy->setRunning(busy);
    if (busy && m_model->matchingRows() == 0)
        m_matchLabel->setText(tr("Counting…"));
}

void DeclarationsView::showError(const QString &message)
{
    m_errorLabel->setText(tr("The declarations could not be read: %1").arg(message));
    m_errorLabel->show();
}

void DeclarationsView::showEvent(QShowEvent *event)
{
    WorkspaceView::showEvent(event);
    fitColumnsOnceLoaded();
}

namespace
{
// Widths in pixels for a column: never narrower than its title (and sort arrow); text columns
// capped at their width in characters, codes and numbers allowed their full content.
struct ColumnBounds {
    int minimum;
    int maximum;
};

// The widest value a column of this format usually holds, so that a date or an amount further
// down is not cut: numbers and dates must never be elided.
QString widestTypicalValue(ValueFormat format)
{
    const QLocale locale;
    switch (format) {
    case ValueFormat::Date:
        return formatValue(QStringLiteral("2000-12-28"), format, locale);
    case ValueFormat::Money:
        return locale.toString(99999999.99, 'f', 2);
    case ValueFormat::Measure:
        return locale.toString(9999999.999, 'f', 3);
    case ValueFormat::Rate:
        return locale.toString(9999.999999, 'f', 6);
    case ValueFormat::Integer:
        return QStringLiteral("99999");
    case ValueFormat::Text:
        break;
    }
    return {};
}

ColumnBounds columnBounds(const QTableView &table, int column)
{
    const QFontMetrics body = table.fontMetrics();
    const QFontMetrics head = table.horizontalHeader()->fontMetrics();
    const QString title = table.model()->headerData(column, Qt::Horizontal).toString();
    const int headerPadding = head.averageCharWidth() * 2 + head.height();
    const int cellPadding = body.averageCharWidth() * 2;
    const int chars = std::max(declarationColumnWidthChars(column), 20);
    const QString widest = widestTypicalValue(declarationColumnFormat(column));
    const int minimum =
        std::max(head.horizontalAdvance(title) + headerPadding,
                 widest.isEmpty() ? 0 : body.horizontalAdvance(widest) + cellPadding);
    return {minimum, body.averageCharWidth() * (chars + 2)};
}
} // namespace

void DeclarationsView::setInitialColumnWidths()
{
    // Until rows arrive: estimates from the column kinds (see declarationcolumns.cpp).
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const ColumnBounds bounds = columnBounds(*m_table, column);
        const int estimate = charWidth * (declarationColumnWidthChars(column) + 2);
        m_table->horizontalHeader()->resizeSection(column, std::max(bounds.minimum, estimate));
    }
}

void DeclarationsView::fitColumnsOnceLoaded()
{
    // Once per workspace, when the first screenful of rows is in: fit the columns to what they
    // hold. Later filters keep the widths (and whatever the analyst dragged).
    if (!m_fitPending || !m_table->isVisible() || m_model->rowCount() == 0 || !isSettled())
        return;
    m_fitPending = false;
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const ColumnBounds bounds = columnBounds(*m_table, column);
        // sizeHintForColumn() measures the rows on screen through the delegate's formatting.
        const int content =
            static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(column);
        header->resizeSection(
            column, std::clamp(content, bounds.minimum, std::max(bounds.minimum, bounds.maximum)));
    }
}

} // namespace clearsight::ui
