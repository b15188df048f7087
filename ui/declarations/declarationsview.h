#pragma once

#include "mainwindow/workspaceview.h"
#include "store/declarationquery.h"

class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace clearsight
{
class DeclarationTableModel;
}

namespace clearsight::ui
{

class BusyIndicator;
class DeclarationDetailsPanel;
class DeclarationFilterBar;

// The declaration items of the workspace in one table: a filter bar, the table over
// DeclarationTableModel (filtering, sorting and paging happen in SQL, off the UI thread), the
// number of matching items and a busy indicator. The selected row's details and lineage show
// in a panel beside the table, which the user can hide.
class DeclarationsView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit DeclarationsView(QWidget *parent = nullptr);
    ~DeclarationsView() override;

    void setWorkspace(const QString &path) override;
    void setWorkspaceReport(const WorkspaceReport &report) override;
    bool isSettled() const override;

    DeclarationTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DeclarationFilterBar *filterBar() const { return m_filterBar; }
    DeclarationDetailsPanel *detailsPanel() const { return m_details; }

    // Shows only the rows in `scope` (its finding kinds and batch), named `description`; the
    // other criteria are cleared. Another view asked for exactly these rows.
    void showScope(const DeclarationFilter &scope, const QString &description);

    // The filter bar's criteria and scope as plain values, for back/forward and the settings.
    // Keys (each only when set): search, flow, dateFrom, dateTo (ISO), findingsOnly,
    // findingsMask, batchId, traderId, declarationId, office, hsChapter, origin, declarantId,
    // channel, transportMode, and scope (the scope's description). An empty map is no filter.
    QVariantMap navigationState() const override;
    // Shows exactly the criteria of `state` (missing keys are cleared); the rows are read again
    // at once, without the typing delay.
    void restoreNavigationState(const QVariantMap &state) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter(const DeclarationFilter &filter);
    void showMatchingRows(qint64 rows);
    void showBusy(bool busy);
    void showError(const QString &message);
    void setInitialColumnWidths();
    void fitColumnsOnceLoaded();
    void showCurrentRowDetails();
    void setDetailsVisible(bool visible);

    DeclarationTableModel *m_model = nullptr;
    DeclarationFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_matchLabel = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_errorLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    DeclarationDetailsPanel *m_details = nullptr;
    QToolButton *m_detailsToggle = nullptr;
    QString m_workspace;
    bool m_fitPending = false;
};

} // namespace clearsight::ui
