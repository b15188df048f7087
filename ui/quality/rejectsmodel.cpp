#include "rejectsmodel.h"

#include "findingsmodel.h"

namespace clearsight::ui
{

void RejectsModel::setRejects(const std::vector<RejectCount> &rejects)
{
    beginResetModel();
    m_rejects = rejects;
    endResetModel();
}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectCount &r = m_rejects[size_t(index.row())];
    if (role == Qt::ToolTipRole && index.column() == Example)
        return r.example;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case ColumnName:
        return r.column.isEmpty() ? tr("(whole record)") : columnTitleByName(r.column);
    case Records:
        return r.records;
    case Example:
        return r.example;
    case Count:
        break;
    }
    return {};
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ColumnName:
        return tr("Column");
    case Records:
        return tr("Records");
    case Example:
        return tr("Example reason");
    case Count:
        break;
    }
    return {};
}

} // namespace clearsight::ui
