#include "traderfilterproxy.h"

#include "traderscoremodel.h"

namespace clearsight::ui
{

TraderFilterProxy::TraderFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
}

void TraderFilterProxy::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool TraderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column : {int(TraderScoreModel::TraderId), int(TraderScoreModel::Name)}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool TraderFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Traders without a hit rate (no inspections anywhere) sort below every rate.
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.isNull() || b.isNull())
        return a.isNull() && !b.isNull();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace clearsight::ui
