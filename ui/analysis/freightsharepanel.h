#pragma once

#include "flagsmodel.h"
#include "store/analysisviewrepository.h"

#include <QWidget>

class QLabel;

namespace clearsight::ui
{

class ChartView;

// What freight and insurance add to the invoice, per Incoterm: the 10th to 90th percentile
// and the quartiles with the median, in percent of the invoice. Under E- and F-rules the
// customs value must add freight, so a range reaching down to zero means items that left it
// out; under C- and D-rules the invoice already holds it, so a range rising above zero means
// freight counted twice. The items flagged for missing or double freight are drawn over the
// ranges. A click on a rule asks for its flags, a click on a flagged item for its declaration.
class FreightSharePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FreightSharePanel(QWidget *parent = nullptr);

    // `flags`: the Incoterm flags; those on missing or double freight are drawn.
    void showStats(const std::vector<FreightShareStats> &stats,
                   const std::vector<FlagItem> &flags = {});
    void showMessage(const QString &message);
    ChartView *chartView() const { return m_chart; }
    const std::vector<FreightShareStats> &stats() const { return m_stats; }

    // Whether the invoice under `incoterm` already holds the main carriage (C- and D-rules).
    static bool includesCarriage(const QString &incoterm);

Q_SIGNALS:
    void incotermClicked(const QString &incoterm);
    void flagClicked(const clearsight::FlagRecord &flag);

private:
    ChartView *m_chart = nullptr;
    QLabel *m_legend = nullptr;
    std::vector<FreightShareStats> m_stats;
    std::vector<FlagRecord> m_points;
};

} // namespace clearsight::ui
