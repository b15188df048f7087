#pragma once

#include "dashboardpanel.h"

namespace clearsight::ui
{

// The largest groups of one dimension (traders, HS chapters, origins, offices, declarants,
// lanes) by customs value, as horizontal bars.
class RankingPanel : public DashboardPanel
{
    Q_OBJECT
public:
    RankingPanel(SummaryDimension dimension, const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }

protected:
    QChart *buildChart(const ChartTheme &theme) override;
    int rowAt(const QPointF &value) const override;

private:
    QString m_title;
};

} // namespace clearsight::ui
