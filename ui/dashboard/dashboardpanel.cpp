#include "dashboardpanel.h"

#include "analysis/numberdelegate.h"
#include "analysis/tablesupport.h"
#include "charts/chartview.h"
#include "charts/valuescale.h"
#include "common/valueformat.h"
#include "report/csvtable.h"
#include "summarytablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace clearsight::ui
{

DashboardPanel::DashboardPanel(SummaryDimension dimension, QWidget *parent) : QWidget(parent)
{
    m_model = new SummaryTableModel(dimension, this);
    m_chart = new ChartView(this);
    m_chart->setObjectName(summaryDimensionKey(dimension) + QStringLiteral("Chart"));
    m_chart->setMinimumSize(fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 9);
    m_chart->setContextMenuHook([this](QMenu *menu, const QPointF &value) {
        const int row = rowAt(value);
        if (row >= 0)
            addElementActions(menu, row);
        addPanelActions(menu);
    });

    m_table = createAnalysisTable(this, summaryDimensionKey(dimension) + QStringLiteral("Table"));
    m_table->setModel(m_model);
    using Style = NumberDelegate::Style;
    const std::pair<int, Style> styles[] = {{SummaryTableModel::Items, Style::Count},
                                            {SummaryTableModel::Declarations, Style::Count},
                                            {SummaryTableModel::CustomsValue, Style::Money},
                                            {SummaryTableModel::DutyPaid, Style::Money},
                                            {SummaryTableModel::Inspected, Style::Count},
                                            {SummaryTableModel::Illicit, Style::Count},
                                            {SummaryTableModel::HitRate, Style::Percent},
                                            {SummaryTableModel::RevenueRecovered, Style::Money},
                                            {SummaryTableModel::Flagged, Style::Count},
                                            {SummaryTableModel::FlaggedShare, Style::Percent},
                                            {SummaryTableModel::RevenueAtStake, Style::Money}};
    for (const auto &[column, style] : styles)
        m_table->setItemDelegateForColumn(column, new NumberDelegate(style, m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        const QModelIndex index = m_table->indexAt(at);
        if (index.isValid())
            addElementActions(&menu, index.row());
        addPanelActions(&menu);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activate(index.row()); });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_stack, 1);
    m_chart->clearContent(tr("Reading…"));
}

DashboardPanel::~DashboardPanel() = default;

SummaryDimension DashboardPanel::dimension() const
{
    return m_model->dimension();
}

QHBoxLayout *DashboardPanel::headerLayout()
{
    if (!m_header) {
        m_header = new QHBoxLayout;
        m_header->setContentsMargins(0, 0, 0, 0);
        static_cast<QVBoxLayout *>(layout())->insertLayout(0, m_header);
    }
    return m_header;
}

void DashboardPanel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (m_hasResult)
        redraw();
}

void DashboardPanel::setResult(const SummaryResult &result)
{
    m_model->setResult(result);
    m_hasResult = true;
    m_table->resizeColumnsToContents();
    redraw();
}

void DashboardPanel::showMessage(const QString &message)
{
    m_hasResult = false;
    m_model->clear();
    m_chart->clearContent(message);
}

QString DashboardPanel::emptyMessage() const
{
    return tr("No declarations under this filter.");
}

void DashboardPanel::redraw()
{
    if (m_model->rowCount() == 0) {
        m_chart->clearContent(emptyMessage());
        return;
    }
    m_chart->setContent([this](const ChartTheme &theme) { return buildChart(theme); });
}

bool DashboardPanel::isShowingTable() const
{
    return m_stack->currentWidget() == m_table;
}

void DashboardPanel::setShowingTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chart);
}

QString DashboardPanel::label(int row) const
{
    return SummaryTableModel::chartLabel(dimension(), m_model->rows().at(size_t(row)));
}

QString DashboardPanel::money(double value) const
{
    return ValueScale::money(value, m_currency);
}

QString DashboardPanel::toolTip(int row) const
{
    const SummaryRow &group = m_model->rows().at(size_t(row));
    const SummaryFigures &f = group.figures;
    const QLocale locale;
    QStringList lines;
    // A trader's name says less than its ID to an analyst: both.
    if (dimension() == SummaryDimension::Trader && label(row) != group.key)
        lines << tr("%1 (%2)").arg(label(row), group.key);
    else
        lines << label(row);
    lines << tr("Declarations: %1 (%2 items)")
                 .arg(locale.toString(f.declarations), locale.toString(f.items));
    lines << tr("Customs value: %1").arg(money(f.customsValue));
    lines << tr("Duties: %1").arg(money(f.dutyPaid));
    if (f.hitRate()) {
        lines << tr("Inspected: %1, illicit: %2 (hit rate %3 %)")
                     .arg(locale.toString(f.inspected), locale.toString(f.illicit),
                          formatTrimmed(100.0 * *f.hitRate(), 1, locale));
    }
    if (f.revenueRecovered > 0)
        lines << tr("Revenue recovered: %1").arg(money(f.revenueRecovered));
    lines << tr("Flagged items: %1 (%2 %)")
                 .arg(locale.toString(f.flagged),
                      formatTrimmed(100.0 * f.flaggedShare(), 1, locale));
    lines << tr("Click to filter by it; right-click for its declarations.");
    return lines.join(QLatin1Char('\n'));
}

bool DashboardPanel::canOpen(int row) const
{
    // An empty key is a group of unrecorded values (no channel): no criterion selects it.
    return row >= 0 && row < m_model->rowCount() && !m_model->rows()[size_t(row)].key.isEmpty();
}

void DashboardPanel::activate(int row)
{
    if (canOpen(row))
        Q_EMIT activated(dimension(), m_model->rows()[size_t(row)].key);
}

void DashboardPanel::requestDeclarations(int row)
{
    if (canOpen(row))
        Q_EMIT declarationsRequested(dimension(), m_model->rows()[size_t(row)].key, label(row));
}

void DashboardPanel::requestTrader(int row)
{
    if (canOpen(row) && dimension() == SummaryDimension::Trader)
        Q_EMIT traderRequested(m_model->rows()[size_t(row)].key);
}

void DashboardPanel::addElementActions(QMenu *menu, int row)
{
    if (!canOpen(row))
        return;
    const QString name = label(row);
    menu->addAction(tr("Filter by %1").arg(name), this, [this, row] { activate(row); });
    menu->addAction(tr("Show declarations"), this, [this, row] { requestDeclarations(row); });
    if (dimension() == SummaryDimension::Trader)
        menu->addAction(tr("Open trader"), this, [this, row] { requestTrader(row); });
    menu->addSeparator();
}

void DashboardPanel::addPanelActions(QMenu *menu)
{
    if (isShowingTable())
        menu->addAction(tr("Show as chart"), this, [this] { setShowingTable(false); });
    else
        menu->addAction(tr("Show as table"), this, [this] { setShowingTable(true); });
    QAction *csv =
        menu->addAction(tr("Export data as CSV…"), this, &DashboardPanel::exportWithDialog);
    csv->setEnabled(m_model->rowCount() > 0);
}

Status DashboardPanel::exportCsv(const QString &file) const
{
    return writeCsvFile(file, m_model->toCsvTable());
}

void DashboardPanel::exportWithDialog()
{
    exportCsvWithDialog(this, m_model->toCsvTable(),
                        tr("dashboard-%1.csv").arg(summaryDimensionKey(dimension())));
}

} // namespace clearsight::ui
