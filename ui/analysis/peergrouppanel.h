#pragma once

#include "peergroupsnapshot.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace clearsight::ui
{

class ChartView;

// The unit values of one valuation peer group on a logarithmic axis: every item, the flagged
// ones in the alert colour, the item in question ringed, the median and the band of normal
// values, with a caption saying what the group is. A click on an item asks for its
// declaration.
class PeerGroupPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PeerGroupPanel(QWidget *parent = nullptr);

    // `currency` is the national currency the unit values are in.
    void showSnapshot(const PeerGroupSnapshot &snapshot, const QString &currency);
    void showMessage(const QString &message);
    const std::optional<PeerGroupSnapshot> &snapshot() const { return m_snapshot; }
    ChartView *chartView() const { return m_chart; }
    QString caption() const;

Q_SIGNALS:
    void itemClicked(const clearsight::PeerGroupItem &item);

private:
    QString describe(const PeerGroupSnapshot &snapshot, const QString &currency) const;

    QLabel *m_caption = nullptr;
    ChartView *m_chart = nullptr;
    std::optional<PeerGroupSnapshot> m_snapshot;
};

} // namespace clearsight::ui
