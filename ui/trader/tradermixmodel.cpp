#include "tradermixmodel.h"

#include "tradervaluedelegate.h"

namespace clearsight::ui
{

void TraderMixModel::setMix(const MixComparison &mix)
{
    beginResetModel();
    m_mix = mix;
    endResetModel();
}

int TraderMixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mix.rows.size());
}

int TraderMixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant TraderMixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MixShare &row = m_mix.rows[size_t(index.row())];
    if (role == TraderValueDelegate::HighlightRole)
        return row.biggestMover;
    if (role == KeyRole)
        return row.key;
    if (role == Qt::ToolTipRole && row.biggestMover)
        return tr("One of the biggest shifts between the halves");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Key:
        return row.key.isEmpty() ? tr("(not recorded)") : row.key;
    case ItemsFirst:
        return row.items[0];
    case ItemsSecond:
        return row.items[1];
    case ValueFirst:
        return row.customsValue[0];
    case ValueSecond:
        return row.customsValue[1];
    case ShareFirst:
        return row.share[0];
    case ShareSecond:
        return row.share[1];
    case Change:
        return row.change;
    case Count:
        break;
    }
    return {};
}

QVariant TraderMixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Key:
        return mixDimensionTitle(m_mix.dimension);
    case ItemsFirst:
        return tr("Items, 1st half");
    case ItemsSecond:
        return tr("Items, 2nd half");
    case ValueFirst:
        return tr("Value, 1st half");
    case ValueSecond:
        return tr("Value, 2nd half");
    case ShareFirst:
        return tr("Share, 1st half");
    case ShareSecond:
        return tr("Share, 2nd half");
    case Change:
        return tr("Change");
    case Count:
        break;
    }
    return {};
}

} // namespace clearsight::ui
