#pragma once

#include "analysis/traderbehaviour.h"

#include <QAbstractTableModel>

#include <vector>

namespace clearsight::ui
{

// The trader's unit values per HS6 against other traders': medians, their ratio over the
// period and in each half, and how the ratio changed. Raw values in Display/Edit (ratios as
// fractions, 0.5 = half the peers' median); a ratio that fell by a signal's threshold or more
// carries TraderValueDelegate::HighlightRole.
class TraderUnitValueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Hs6,
        Flow,
        Unit,
        Items,
        CustomsValue,
        Median,
        PeerMedian,
        Ratio,
        RatioFirst,
        RatioSecond,
        RatioChange,
        PeerSample,
        Count
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setUnitValues(std::vector<UnitValueComparison> rows);
    const UnitValueComparison &rowAt(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<UnitValueComparison> m_rows;
};

} // namespace clearsight::ui
