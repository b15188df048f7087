#pragma once

#include "store/qualityrepository.h"

#include <QAbstractTableModel>

namespace clearsight::ui
{

// Rejected records by the column that failed, most frequent first, with the first reason as
// an example.
class RejectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ColumnName, Records, Example, Count };

    using QAbstractTableModel::QAbstractTableModel;

    void setRejects(const std::vector<RejectCount> &rejects);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RejectCount> m_rejects;
};

} // namespace clearsight::ui
