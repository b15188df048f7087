#pragma once

#include "dashboardpanel.h"

#include <vector>

class QLabel;

namespace clearsight::ui
{

// Declarations per selectivity channel (green, yellow, red, not recorded), each column in its
// channel's colour, with the hit rate of each channel's inspections.
class ChannelPanel : public DashboardPanel
{
    Q_OBJECT
public:
    explicit ChannelPanel(QWidget *parent = nullptr);

protected:
    QChart *buildChart(const ChartTheme &theme) override;
    int rowAt(const QPointF &value) const override;

private:
    // Model rows in the chart's order: green, yellow, red, then any other, unrecorded last.
    std::vector<int> chartOrder() const;

    QLabel *m_legend = nullptr;
};

} // namespace clearsight::ui
