#pragma once

#include "dashboardfilter.h"
#include "dashboardpanel.h"

#include <QDate>

#include <vector>

class QComboBox;
class QLabel;

namespace clearsight::ui
{

// The filtered declarations over time: a measure (declarations, customs value, duties or
// recovered revenue) per day, week or month as columns, and the flagged share as a line. The
// user picks the measure and the period length; a click on a period narrows the dashboard to
// it.
class TimePanel : public DashboardPanel
{
    Q_OBJECT
public:
    enum class Measure { Declarations, CustomsValue, Duties, RevenueRecovered };

    explicit TimePanel(QWidget *parent = nullptr);

    Measure measure() const;
    void setMeasure(Measure measure);
    TimeStep step() const;
    void setStep(TimeStep step);
    // The step "Automatic" stands for at present, shown in its item.
    void setAutomaticDimension(SummaryDimension dimension);

    // The periods the chart shows: every period from the first to the last with data, empty
    // ones included, as their keys.
    const std::vector<QString> &periodKeys() const { return m_keys; }
    // What a click on the period at `index` of periodKeys() does.
    void activatePeriod(int index);

Q_SIGNALS:
    void stepChanged(clearsight::ui::TimeStep step);

protected:
    QChart *buildChart(const ChartTheme &theme) override;
    int rowAt(const QPointF &value) const override;
    QString emptyMessage() const override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillPeriods();
    double measureOf(const SummaryFigures &figures) const;
    QString measureTitle() const;

    QComboBox *m_measure = nullptr;
    QComboBox *m_step = nullptr;
    QLabel *m_legend = nullptr;
    std::vector<QString> m_keys;
    std::vector<QDate> m_starts;
    std::vector<int> m_rows; // model row per period, -1 for an empty period
    int m_builtWidth = 0;    // the chart's width when its labels were spaced
};

} // namespace clearsight::ui
