#pragma once

#include "mainwindow/workspaceview.h"
#include "traderprofilesnapshot.h"

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace clearsight::ui
{

class BusyIndicator;
class ChartView;
class StaleNotice;
class TraderChangesPanel;
class TraderDetailTabs;
class TraderHeader;
class TraderInspectionsPanel;
class TraderSearchBox;

// The drill-down of one trader for an AEO auditor: who it is and where it stands among peers,
// its key figures, activity month by month, what changed between the two halves of the period
// (volume, mixes, unit values against peers), its inspections against the population's hit
// rate, its flags and its declarations. Without a trader it offers a search field. The
// profile is read off the UI thread; loaded() follows each read.
class TraderView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit TraderView(QWidget *parent = nullptr);
    ~TraderView() override;

    void setWorkspace(const QString &path) override;
    bool isSettled() const override;
    // {"trader": id, "from": ISO, "to": ISO}; from/to only when the user chose a period.
    QVariantMap navigationState() const override;
    void restoreNavigationState(const QVariantMap &state) override;

    // Opens the trader's profile over its whole active period.
    void showTrader(const QString &traderId);
    // Over [from, to] (ISO, inclusive; empty ends: the trader's first or last date).
    void showTrader(const QString &traderId, const QString &from, const QString &to);
    QString traderId() const { return m_request.traderId; }

    // What is on screen, for tests.
    const TraderReport *report() const { return m_report ? &*m_report : nullptr; }
    TraderHeader *header() const { return m_header; }
    TraderInspectionsPanel *inspections() const { return m_inspections; }
    TraderChangesPanel *changes() const { return m_changes; }
    TraderDetailTabs *tabs() const { return m_tabs; }
    TraderSearchBox *searchBox() const { return m_search; }
    ChartView *activityChart() const { return m_chart; }
    QString errorText() const;

private:
    void load();
    void showSnapshot(const TraderSnapshot &snapshot);
    void showError(const QString &message);
    void showChart(const TraderProfile &profile);
    void periodEdited();
    void settle();

    QString m_workspace;
    TraderProfileRequest m_request;
    std::optional<TraderReport> m_report;
    quint64 m_generation = 0;
    bool m_loading = false;

    TraderSearchBox *m_search = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_wholePeriod = nullptr;
    QPushButton *m_allDeclarations = nullptr;
    BusyIndicator *m_busy = nullptr;
    QTimer *m_periodTimer = nullptr;
    StaleNotice *m_stale = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    TraderHeader *m_header = nullptr;
    ChartView *m_chart = nullptr;
    TraderChangesPanel *m_changes = nullptr;
    TraderInspectionsPanel *m_inspections = nullptr;
    TraderDetailTabs *m_tabs = nullptr;
};

} // namespace clearsight::ui
