#pragma once

#include "flagfilterproxy.h"
#include "incotermsnapshot.h"
#include "mainwindow/workspaceview.h"

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace clearsight::ui
{

class AnalysisFilterBar;
class BusyIndicator;
class FlagsModel;
class FreightSharePanel;
class IncotermMatrixModel;
class IncotermTraderBox;
class StaleNotice;

// Incoterms: the Incoterm × transport mode matrix (sea-only rules by other modes marked), what
// freight adds to the invoice per rule, a trader's Incoterms against its industry, and the
// Incoterm flags with their reasons. Clicking a cell, a rule or a bar narrows the flag list to
// the items it stands for; double-clicking a flag opens its declaration. Reads off the UI
// thread.
class IncotermsView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit IncotermsView(QWidget *parent = nullptr);
    ~IncotermsView() override;

    void setWorkspace(const QString &path) override;
    void setWorkspaceReport(const WorkspaceReport &report) override;
    // Back/forward keep the filter bar's criteria.
    QVariantMap navigationState() const override;
    void restoreNavigationState(const QVariantMap &state) override;
    bool isSettled() const override;

    // Narrows the flag list (an empty criteria shows every flag).
    void setCriteria(const FlagCriteria &criteria);
    // The flags listed (after the criteria) as CSV, formulas neutralised.
    Status exportCsv(const QString &file) const;

    IncotermMatrixModel *matrixModel() const { return m_matrix; }
    QTableView *matrixTable() const { return m_matrixTable; }
    FlagsModel *flagsModel() const { return m_flags; }
    FlagFilterProxy *flagsProxy() const { return m_proxy; }
    QTableView *flagsTable() const { return m_flagsTable; }
    FreightSharePanel *freightPanel() const { return m_freight; }
    IncotermTraderBox *traderBox() const { return m_traderBox; }
    StaleNotice *staleNotice() const { return m_stale; }
    AnalysisFilterBar *filterBar() const { return m_filterBar; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLegend();
    void load();
    void showSnapshot(const IncotermSnapshot &snapshot);
    void showError(const QString &message);
    void openFlag(const QModelIndex &proxyIndex);
    void settle();
    QWidget *createMatrixBox();
    QWidget *createFlagsBox();
    std::vector<FlagRecord> listedFlags() const;

    QString m_workspace;
    quint64 m_generation = 0;
    bool m_loading = false;

    AnalysisFilterBar *m_filterBar = nullptr;
    StaleNotice *m_stale = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    IncotermMatrixModel *m_matrix = nullptr;
    QTableView *m_matrixTable = nullptr;
    QLabel *m_matrixLegend = nullptr;
    FreightSharePanel *m_freight = nullptr;
    FlagsModel *m_flags = nullptr;
    FlagFilterProxy *m_proxy = nullptr;
    QTableView *m_flagsTable = nullptr;
    QLabel *m_criteriaLabel = nullptr;
    QToolButton *m_criteriaClear = nullptr;
    QPushButton *m_export = nullptr;
    IncotermTraderBox *m_traderBox = nullptr;
};

} // namespace clearsight::ui
