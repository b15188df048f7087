#pragma once

#include "dashboardfilter.h"
#include "mainwindow/workspaceview.h"
#include "store/summaryrepository.h"

#include <QDate>

#include <array>

class QLabel;

namespace clearsight::ui
{

class BusyIndicator;
class ChannelPanel;
class DashboardFilterBar;
class DashboardPanel;
class FilterChips;
class KpiTiles;
class RankingPanel;
class TimePanel;

// The analyst's first screen: headline figures, the declarations over time, the largest
// traders, HS chapters, origins, offices, declarants and trade lanes, and the selectivity
// channels with their hit rates, all under one filter bar. A click on a chart element narrows
// every chart to it; its context menu opens the declarations behind it. Every figure comes from
// the summary tables (SummaryRepository), read off the UI thread, one read per chart; the
// answers to a filter that has since changed are dropped.
class DashboardView : public WorkspaceView
{
    Q_OBJECT
public:
    // The reads behind the view: one per chart, and the KPI tiles.
    enum Part {
        Kpis,
        Time,
        Traders,
        Chapters,
        Origins,
        Offices,
        Declarants,
        Lanes,
        Channels,
        Count
    };
    static constexpr int rankingLimit = 10;

    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    void setWorkspace(const QString &path) override;
    void setWorkspaceReport(const WorkspaceReport &report) override;
    bool isSettled() const override;
    QVariantMap navigationState() const override;
    void restoreNavigationState(const QVariantMap &state) override;

    const SummaryFilter &filter() const { return m_filter; }
    // Shows `filter` in every chart; `remember` tells back/forward navigation about it.
    void setFilter(const SummaryFilter &filter, bool remember = true);
    // The dimension the time chart shows under the present filter and step.
    SummaryDimension timeDimension() const;

    KpiTiles *kpiTiles() const { return m_kpis; }
    TimePanel *timePanel() const { return m_time; }
    ChannelPanel *channelPanel() const { return m_channels; }
    // The panel of `part` (Time to Channels).
    DashboardPanel *panel(Part part) const;
    DashboardFilterBar *filterBar() const { return m_filterBar; }
    FilterChips *chips() const { return m_chips; }

private:
    struct Read {
        quint64 generation = 0;
        bool pending = false;
    };
    void reload();
    void load(Part part);
    void loadChoices();
    void showAnswer(Part part, SummaryDimension dimension,
                    const std::optional<Result<SummaryResult>> &answer);
    void settle();
    void openDeclarations(const SummaryFilter &filter);
    QString traderName(const QString &traderId) const;

    QString m_workspace;
    SummaryFilter m_filter;
    QDate m_first; // the workspace's period
    QDate m_last;
    std::array<Read, Count> m_reads;
    quint64 m_choicesGeneration = 0;
    bool m_wasSettled = true;

    DashboardFilterBar *m_filterBar = nullptr;
    FilterChips *m_chips = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_error = nullptr;
    KpiTiles *m_kpis = nullptr;
    TimePanel *m_time = nullptr;
    ChannelPanel *m_channels = nullptr;
    std::array<RankingPanel *, Count> m_rankings{};
};

} // namespace clearsight::ui
