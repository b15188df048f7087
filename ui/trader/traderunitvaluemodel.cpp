#include "traderunitvaluemodel.h"

#include "tradervaluedelegate.h"

namespace clearsight::ui
{

namespace
{
QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
} // namespace

void TraderUnitValueModel::setUnitValues(std::vector<UnitValueComparison> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TraderUnitValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraderUnitValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant TraderUnitValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitValueComparison &row = m_rows[size_t(index.row())];
    if (role == TraderValueDelegate::HighlightRole)
        return (row.ratioChange && *row.ratioChange <= BehaviourThresholds::unitValueDrop) ||
               (row.ratio && *row.ratio <= BehaviourThresholds::belowPeers);
    if (role == Qt::ToolTipRole && index.column() == PeerMedian)
        return tr("Median of a sample of %n item(s) of other traders, same HS6, flow and "
                  "unit, in the period",
                  nullptr, int(row.peerSample));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Hs6:
        return row.hs6;
    case Flow:
        return row.flow;
    case Unit:
        return row.unit;
    case Items:
        return row.items;
    case CustomsValue:
        return row.customsValue;
    case Median:
        return optional(row.median);
    case PeerMedian:
        return optional(row.peerMedian);
    case Ratio:
        return optional(row.ratio);
    case RatioFirst:
        return optional(row.halfRatio[0]);
    case RatioSecond:
        return optional(row.halfRatio[1]);
    case RatioChange:
        return optional(row.ratioChange);
    case PeerSample:
        return row.peerSample;
    case Count:
        break;
    }
    return {};
}

QVariant TraderUnitValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Hs6:
        return tr("HS6");
    case Flow:
        return tr("Flow");
    case Unit:
        return tr("Unit");
    case Items:
        return tr("Items");
    case CustomsValue:
        return tr("Customs value");
    case Median:
        return tr("Median unit value");
    case PeerMedian:
        return tr("Peers' median");
    case Ratio:
        return tr("Against peers");
    case RatioFirst:
        return tr("1st half");
    case RatioSecond:
        return tr("2nd half");
    case RatioChange:
        return tr("Change");
    case PeerSample:
        return tr("Peer sample");
    case Count:
        break;
    }
    return {};
}

} // namespace clearsight::ui
