#pragma once

#include "flagsnapshot.h"
#include "mainwindow/workspaceview.h"
#include "peergroupsnapshot.h"

class QLabel;
class QPushButton;
class QTableView;

namespace clearsight::ui
{

class AnalysisFilterBar;
class BusyIndicator;
class FlagsModel;
class PeerGroupPanel;
class StaleNotice;

// Valuation: the ranked undervalued, overvalued and related-party flags under a filter bar,
// and below them the selected flag's peer group as a distribution of unit values with its
// median and band. Double-clicking a flag or clicking an item of the chart opens its
// declaration. Every read runs off the UI thread.
class ValuationView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit ValuationView(QWidget *parent = nullptr);
    ~ValuationView() override;

    void setWorkspace(const QString &path) override;
    void setWorkspaceReport(const WorkspaceReport &report) override;
    // Back/forward keep the filter bar's criteria.
    QVariantMap navigationState() const override;
    void restoreNavigationState(const QVariantMap &state) override;
    bool isSettled() const override { return !m_loadingFlags && !m_loadingGroup; }

    // The peer group of declaration row `rowId` (arriving from a declaration); its flag is
    // selected when listed.
    void showItem(qint64 rowId);
    // Writes the listed flags as CSV (formulas neutralised).
    Status exportCsv(const QString &file) const;

    FlagsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PeerGroupPanel *peerGroupPanel() const { return m_peerGroup; }
    StaleNotice *staleNotice() const { return m_stale; }
    AnalysisFilterBar *filterBar() const { return m_filterBar; }

    static const std::vector<FlagKind> &kinds();

private:
    void loadFlags();
    void showFlags(const FlagsSnapshot &snapshot);
    void loadPeerGroup(qint64 rowId);
    void showError(const QString &message);
    void openRow(int row);
    void openDeclaration(const QString &declarationId);
    void settle();
    QString currencyFor(qint64 rowId) const;

    QString m_workspace;
    QString m_currency;
    quint64 m_flagsGeneration = 0;
    quint64 m_groupGeneration = 0;
    bool m_loadingFlags = false;
    bool m_loadingGroup = false;
    qint64 m_pendingRow = 0; // asked for by showItem before the flags arrived
    qint64 m_groupRow = 0;   // the item whose peer group is shown or being read

    AnalysisFilterBar *m_filterBar = nullptr;
    StaleNotice *m_stale = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    FlagsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    PeerGroupPanel *m_peerGroup = nullptr;
};

} // namespace clearsight::ui
