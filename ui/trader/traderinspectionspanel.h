#pragma once

#include "report/traderprofilereport.h"

#include <QGroupBox>

class QLabel;

namespace clearsight::ui
{

// The trader's inspections in the period: how many, how many illicit, its hit rate (raw and
// smoothed toward the population's) against every trader's, and the revenue recovered.
class TraderInspectionsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit TraderInspectionsPanel(QWidget *parent = nullptr);

    void showReport(const TraderReport &report);
    void clear();

    enum Field { Inspected, Illicit, HitRate, Smoothed, Population, Recovered, FieldCount };
    QString fieldText(Field field) const;

private:
    std::vector<QLabel *> m_values;
};

} // namespace clearsight::ui
