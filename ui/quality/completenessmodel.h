#pragma once

#include "store/qualityrepository.h"

#include <QAbstractTableModel>

namespace clearsight::ui
{

// Completeness and ranges per canonical column, one row per column in canonical order. Raw
// values: counts as qint64, completeness as a fraction (0..1), ranges as double (null for
// columns that are not numeric or hold no value). Formatting is the delegates' job.
class CompletenessModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ColumnName, Filled, Completeness, Minimum, Maximum, Mean, Count };
    // The CanonicalColumn (as int) of a row, on every cell.
    static constexpr int CanonicalColumnRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const QualityReport &report);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ColumnQuality> m_columns;
    qint64 m_rows = 0;
};

} // namespace clearsight::ui
