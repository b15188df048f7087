#pragma once

#include <QSortFilterProxyModel>

namespace clearsight::ui
{

// Sorts the trader ranking on any column (raw values: numbers as numbers) and keeps the
// traders whose ID or name contains the search text.
class TraderFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TraderFilterProxy(QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
};

} // namespace clearsight::ui
