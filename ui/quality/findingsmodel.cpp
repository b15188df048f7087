#include "findingsmodel.h"

#include "domain/findingkind.h"

namespace clearsight::ui
{

QString columnTitleByName(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("—");
    const std::optional<CanonicalColumn> column = canonicalColumnByName(name);
    return column ? columnTitle(*column) : name;
}

void FindingsModel::setFindings(const std::vector<FindingCount> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FindingCount &f = m_findings[size_t(index.row())];
    if (role == FindingKeyRole)
        return f.kind;
    if (role == Qt::ToolTipRole && index.column() == Finding)
        return tr("Double-click to see these declaration items");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Finding: {
        const std::optional<FindingKind> kind = findingKindByKey(f.kind);
        return kind ? findingTitle(*kind) : f.kind;
    }
    case ColumnName:
        return columnTitleByName(f.column);
    case Rows:
        return f.rows;
    case Count:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Finding:
        return tr("Finding");
    case ColumnName:
        return tr("Column");
    case Rows:
        return tr("Rows");
    case Count:
        break;
    }
    return {};
}

} // namespace clearsight::ui
