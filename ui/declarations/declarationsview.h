#pragma once

#include "mainwindow/workspaceview.h"
#include "store/declarationquery.h"

class QLabel;
class QTableView;

namespace clearsight {
class DeclarationTableModel;
}

namespace clearsight::ui {

class BusyIndicator;
class DeclarationFilterBar;

// The declaration items of the workspace in one table: a filter bar, the table over
// DeclarationTableModel (filtering, sorting and paging happen in SQL, off the UI thread), the
// number of matching items and a busy indicator.
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter(const DeclarationFilter &filter);
    void showMatchingRows(qint64 rows);
    void showBusy(bool busy);
    void showError(const QString &message);
    void setInitialColumnWidths();
    void fitColumnsOnceLoaded();

    DeclarationTableModel *m_model = nullptr;
    DeclarationFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_matchLabel = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_errorLabel = nullptr;
    QString m_workspace;
    bool m_fitPending = false;
};

} // namespace clearsight::ui
