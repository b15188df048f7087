#pragma once

#include "mainwindow/workspaceview.h"
#include "qualitysnapshot.h"

#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace clearsight::ui
{

class BusyIndicator;
class CompletenessModel;
class FindingsModel;
class LineageBox;
class RejectsModel;

// The data quality of the workspace, for the whole store or one import batch: its lineage,
// completeness and ranges per column, findings by kind and column, and rejected records by
// column. Activating a finding shows its declaration items. Read off the UI thread.
class QualityView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit QualityView(QWidget *parent = nullptr);
    ~QualityView() override;

    void setWorkspace(const QString &path) override;
    bool isSettled() const override { return !m_loading; }
    // Back/forward keep the batch shown ("batch", 0 = the whole store).
    QVariantMap navigationState() const override;
    void restoreNavigationState(const QVariantMap &state) override;

    // Shows one batch (0: the whole store).
    void showBatch(qint64 batchId);
    qint64 batchId() const { return m_batchId; }
    // The report on screen, once read.
    const std::optional<QualityReport> &report() const { return m_report; }

    CompletenessModel *completenessModel() const { return m_completeness; }
    FindingsModel *findingsModel() const { return m_findings; }
    RejectsModel *rejectsModel() const { return m_rejects; }
    QTableView *findingsTable() const { return m_findingsTable; }

    // Asks for the declaration items carrying the finding of this row of the findings table.
    void openFinding(int row);

private:
    void load();
    void showSnapshot(const QualitySnapshot &snapshot);
    void fillBatches(const std::vector<ImportBatch> &batches);
    void showError(const QString &message);
    QTableView *createTable(const QString &name);

    QString m_workspace;
    qint64 m_batchId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    std::optional<QualityReport> m_report;

    QComboBox *m_batchSelector = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    LineageBox *m_lineage = nullptr;
    CompletenessModel *m_completeness = nullptr;
    FindingsModel *m_findings = nullptr;
    RejectsModel *m_rejects = nullptr;
    QTableView *m_completenessTable = nullptr;
    QTableView *m_findingsTable = nullptr;
    QTableView *m_rejectsTable = nullptr;
};

} // namespace clearsight::ui
