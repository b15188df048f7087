#include "summarytablemodel.h"

#include "dashboardfilter.h"
#include "report/csvtable.h"

namespace clearsight::ui
{

SummaryTableModel::SummaryTableModel(SummaryDimension dimension, QObject *parent)
    : QAbstractTableModel(parent), m_dimension(dimension)
{
}

void SummaryTableModel::setResult(const SummaryResult &result)
{
    const bool newHeader = result.dimension != m_dimension;
    beginResetModel();
    m_dimension = result.dimension;
    m_rows = result.rows;
    endResetModel();
    if (newHeader)
        Q_EMIT headerDataChanged(Qt::Horizontal, Key, Key);
}

void SummaryTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant SummaryTableModel::value(const SummaryRow &row, int column) const
{
    const SummaryFigures &f = row.figures;
    switch (Column(column)) {
    case Key:
        return row.key;
    case Name:
        return groupName(m_dimension, row);
    case Items:
        return f.items;
    case Declarations:
        return f.declarations;
    case CustomsValue:
        return f.customsValue;
    case DutyPaid:
        return f.dutyPaid;
    case Inspected:
        return f.inspected;
    case Illicit:
        return f.illicit;
    case HitRate:
        return f.hitRate() ? QVariant(*f.hitRate()) : QVariant();
    case RevenueRecovered:
        return f.revenueRecovered;
    case Flagged:
        return f.flagged;
    case FlaggedShare:
        return f.items > 0 ? QVariant(f.flaggedShare()) : QVariant();
    case RevenueAtStake:
        return f.revenueAtStake;
    case Count:
        break;
    }
    return {};
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SummaryRow &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value(row, index.column());
    default:
        return {};
    }
}

QString SummaryTableModel::keyTitle(SummaryDimension dimension)
{
    switch (dimension) {
    case SummaryDimension::Total:
        return tr("Total");
    case SummaryDimension::Month:
        return tr("Month");
    case SummaryDimension::Week:
        return tr("Week");
    case SummaryDimension::Day:
        return tr("Day");
    case SummaryDimension::Trader:
        return tr("Trader ID");
    case SummaryDimension::HsChapter:
        return tr("HS chapter");
    case SummaryDimension::Origin:
        return tr("Origin");
    case SummaryDimension::Office:
        return tr("Office");
    case SummaryDimension::Declarant:
        return tr("Declarant");
    case SummaryDimension::Lane:
        return tr("Lane");
    case SummaryDimension::Channel:
        return tr("Channel");
    case SummaryDimension::Flow:
        return tr("Flow");
    }
    return {};
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= Count)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Key:
        return keyTitle(m_dimension);
    case Name:
        return tr("Name");
    case Items:
        return tr("Items");
    case Declarations:
        return tr("Declarations");
    case CustomsValue:
        return tr("Customs value");
    case DutyPaid:
        return tr("Duties");
    case Inspected:
        return tr("Inspected");
    case Illicit:
        return tr("Illicit");
    case HitRate:
        return tr("Hit rate");
    case RevenueRecovered:
        return tr("Revenue recovered");
    case Flagged:
        return tr("Flagged items");
    case FlaggedShare:
        return tr("Flagged share");
    case RevenueAtStake:
        return tr("Revenue at stake");
    case Count:
        break;
    }
    return {};
}

CsvTable SummaryTableModel::toCsvTable() const
{
    QStringList header;
    for (int column = 0; column < Count; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    CsvTable table(header);
    for (const SummaryRow &row : m_rows) {
        std::vector<QVariant> values;
        values.reserve(Count);
        for (int column = 0; column < Count; ++column)
            values.push_back(value(row, column));
        table.addRow(std::move(values));
    }
    return table;
}

QString SummaryTableModel::groupName(SummaryDimension dimension, const SummaryRow &row)
{
    switch (dimension) {
    case SummaryDimension::Lane:
        return DashboardFilter::laneText(row.key);
    case SummaryDimension::Channel:
        return DashboardFilter::channelName(row.key);
    case SummaryDimension::Flow:
        return DashboardFilter::flowName(row.key);
    default:
        return row.label == row.key ? QString() : row.label;
    }
}

QString SummaryTableModel::chartLabel(SummaryDimension dimension, const SummaryRow &row)
{
    const QString name = groupName(dimension, row);
    switch (dimension) {
    case SummaryDimension::Day:
    case SummaryDimension::Week:
    case SummaryDimension::Month: {
        const auto [first, last] = DashboardFilter::periodOfKey(dimension, row.key);
        if (!first.isValid())
            return row.key;
        return DashboardFilter::periodText(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    }
    case SummaryDimension::Trader:
        return name.isEmpty() ? row.key : name;
    case SummaryDimension::Lane:
    case SummaryDimension::Channel:
    case SummaryDimension::Flow:
        return name;
    default:
        return name.isEmpty() ? row.key : row.key + QStringLiteral(" · ") + name;
    }
}

} // namespace clearsight::ui
