#pragma once

#include "common/result.h"
#include "store/summaryrepository.h"

#include <QPointF>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QHBoxLayout;
class QMenu;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace clearsight::ui
{

class ChartView;
class SummaryTableModel;
struct ChartTheme;

// One chart of the dashboard with the table behind it. A click on an element of the chart
// narrows the dashboard to it; its context menu also opens the declarations behind the element
// (and, for a trader, the trader), shows the figures as a table, exports them as CSV and saves
// the chart as an image. Subclasses draw the chart from model().
class DashboardPanel : public QWidget
{
    Q_OBJECT
public:
    DashboardPanel(SummaryDimension dimension, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    SummaryDimension dimension() const;
    SummaryTableModel *model() const { return m_model; }
    ChartView *chartView() const { return m_chart; }
    QTableView *table() const { return m_table; }

    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    // The figures to show; an empty result says so in the chart.
    void setResult(const SummaryResult &result);
    // No figures: `message` in place of the chart (e.g. why the read failed).
    void showMessage(const QString &message);
    bool hasResult() const { return m_hasResult; }

    bool isShowingTable() const;
    void setShowingTable(bool table);
    // Writes the rows behind the chart as CSV (formulas neutralised). The error names the file.
    Status exportCsv(const QString &file) const;

    // What a click on the element of model row `row` does: narrows the dashboard to its group.
    void activate(int row);
    // What "Show declarations" on that element does.
    void requestDeclarations(int row);
    // What "Open trader" on a trader's element does.
    void requestTrader(int row);

Q_SIGNALS:
    void activated(clearsight::SummaryDimension dimension, const QString &key);
    void declarationsRequested(clearsight::SummaryDimension dimension, const QString &key,
                               const QString &label);
    void traderRequested(const QString &traderId);

protected:
    // The chart of model() in `theme`; called again when the palette changes.
    virtual QChart *buildChart(const ChartTheme &theme) = 0;
    // The model row of the element at `value` (chart values under the pointer), or -1.
    virtual int rowAt(const QPointF &value) const = 0;
    // What to say when the filter leaves no group.
    virtual QString emptyMessage() const;
    // A row above the chart for a subclass's selectors (created on first use).
    QHBoxLayout *headerLayout();
    // Draws model() again (after a change of what the chart shows).
    void redraw();

    // A group's label on the chart, and its figures in words for a tooltip.
    QString label(int row) const;
    QString toolTip(int row) const;
    // Money in the workspace's currency, shortened ("1.2 M EUR").
    QString money(double value) const;

private:
    bool canOpen(int row) const;
    void addElementActions(QMenu *menu, int row);
    void addPanelActions(QMenu *menu);
    void exportWithDialog();

    SummaryTableModel *m_model = nullptr;
    ChartView *m_chart = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHBoxLayout *m_header = nullptr;
    QString m_currency;
    bool m_hasResult = false;
};

} // namespace clearsight::ui
