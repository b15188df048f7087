#include "completenessmodel.h"

namespace clearsight::ui
{

void CompletenessModel::setReport(const QualityReport &report)
{
    if (report.columns.size() == m_columns.size() && !m_columns.empty()) {
        // Another batch: the same columns with other figures.
        m_columns = report.columns;
        m_rows = report.rows;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, Count - 1));
        return;
    }
    beginResetModel();
    m_columns = report.columns;
    m_rows = report.rows;
    endResetModel();
}

void CompletenessModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows = 0;
    endResetModel();
}

int CompletenessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int CompletenessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant CompletenessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnQuality &c = m_columns[size_t(index.row())];
    if (role == CanonicalColumnRole)
        return int(c.column);
    if (role == Qt::ToolTipRole && index.column() == ColumnName)
        return QString::fromLatin1(columnInfo(c.column).name);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case ColumnName:
        return columnTitle(c.column);
    case Filled:
        return c.filled;
    case Completeness:
        return m_rows > 0 ? double(c.filled) / double(m_rows) : 0.0;
    case Minimum:
        return c.minimum ? QVariant(*c.minimum) : QVariant();
    case Maximum:
        return c.maximum ? QVariant(*c.maximum) : QVariant();
    case Mean:
        return c.mean ? QVariant(*c.mean) : QVariant();
    case Count:
        break;
    }
    return {};
}

QVariant CompletenessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ColumnName:
        return tr("Column");
    case Filled:
        return tr("Filled");
    case Completeness:
        return tr("Completeness");
    case Minimum:
        return tr("Minimum");
    case Maximum:
        return tr("Maximum");
    case Mean:
        return tr("Mean");
    case Count:
        break;
    }
    return {};
}

} // namespace clearsight::ui
