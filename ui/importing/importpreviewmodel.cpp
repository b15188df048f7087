#include "importpreviewmodel.h"

#include "domain/findingkind.h"

#include <algorithm>

namespace clearsight::ui
{

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_rows = preview.rows;
    m_header = preview.header;
    m_shown.clear();
    m_sourceMode = !preview.profile.has_value();
    if (preview.profile) {
        for (const ColumnRule &rule : preview.profile->rules) {
            if (std::find(m_shown.begin(), m_shown.end(), rule.target) == m_shown.end())
                m_shown.push_back(rule.target);
        }
        std::sort(m_shown.begin(), m_shown.end());
    }
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_header.clear();
    m_shown.clear();
    m_sourceMode = false;
    endResetModel();
}

int ImportPreviewModel::columnOf(CanonicalColumn column) const
{
    const auto it = std::find(m_shown.begin(), m_shown.end(), column);
    return it == m_shown.end() ? -1 : int(it - m_shown.begin()) + 1;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // The line, the values, the findings.
    return 2 + int(m_sourceMode ? m_header.size() : qsizetype(m_shown.size()));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow &row = m_rows[size_t(index.row())];
    const int column = index.column();
    const bool isValue = column > 0 && column < findingsColumn();
    switch (role) {
    case RejectionRole:
        return row.rejection;
    case CanonicalColumnRole:
        return isValue && !m_sourceMode ? int(m_shown[size_t(column - 1)]) : -1;
    case Qt::ToolTipRole:
        if (!row.rejection.isEmpty())
            return tr("Rejected: %1").arg(row.rejection);
        return column == findingsColumn() ? QVariant(findingsText(row)) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    if (column == 0)
        return row.line;
    if (column == findingsColumn())
        return row.rejection.isEmpty() ? findingsText(row) : tr("Rejected: %1").arg(row.rejection);
    if (m_sourceMode) {
        const size_t field = size_t(column - 1);
        return field < row.source.size() ? row.source[field] : QVariant();
    }
    const size_t canonical = size_t(m_shown[size_t(column - 1)]);
    return canonical < row.values.size() ? row.values[canonical] : QVariant();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Line");
    if (section == findingsColumn())
        return tr("Findings");
    if (m_sourceMode)
        return m_header.value(section - 1);
    return columnTitle(m_shown[size_t(section - 1)]);
}

QString ImportPreviewModel::findingsText(const PreviewRow &row) const
{
    QStringList titles;
    for (const QString &key : row.findings) {
        const std::optional<FindingKind> kind = findingKindByKey(key);
        titles << (kind ? findingTitle(*kind) : key);
    }
    return titles.join(QStringLiteral(", "));
}

} // namespace clearsight::ui
