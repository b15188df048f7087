#pragma once

#include "mainwindow/workspaceview.h"
#include "tradersnapshot.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace clearsight::ui
{

class BusyIndicator;
class StaleNotice;
class TraderFilterProxy;
class TraderFlagsPanel;
class TraderScoreModel;

// Traders: the ranking of the last analysis run, riskiest first, sortable on any column and
// searchable by ID or name; below it the flags behind the selected trader's score.
// Double-clicking a trader opens its declarations. Reads off the UI thread.
class TradersView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit TradersView(QWidget *parent = nullptr);
    ~TradersView() override;

    void setWorkspace(const QString &path) override;
    bool isSettled() const override;
    // Back/forward keep the search text ("search").
    QVariantMap navigationState() const override;
    void restoreNavigationState(const QVariantMap &state) override;

    // The ranking as listed (sorted and searched) as CSV, formulas neutralised.
    Status exportCsv(const QString &file) const;

    TraderScoreModel *model() const { return m_model; }
    TraderFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    TraderFlagsPanel *flagsPanel() const { return m_flags; }
    StaleNotice *staleNotice() const { return m_stale; }

private:
    void load();
    void showSnapshot(const TradersSnapshot &snapshot);
    void showError(const QString &message);
    void openTrader(const QModelIndex &proxyIndex);
    void settle();
    std::vector<TraderScoreRecord> listedTraders() const;

    QString m_workspace;
    quint64 m_generation = 0;
    bool m_loading = false;

    QLineEdit *m_search = nullptr;
    StaleNotice *m_stale = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    TraderScoreModel *m_model = nullptr;
    TraderFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    TraderFlagsPanel *m_flags = nullptr;
};

} // namespace clearsight::ui
