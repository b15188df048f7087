#pragma once

#include "analysis/traderbehaviour.h"

#include <QAbstractTableModel>

namespace clearsight::ui
{

// One mix of a trader (its HS chapters, origins...) in the two halves of the period: items,
// customs value and share in each half, and the change of share. Raw values in Display/Edit
// (shares as fractions); the biggest movers carry TraderValueDelegate::HighlightRole.
class TraderMixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Key,
        ItemsFirst,
        ItemsSecond,
        ValueFirst,
        ValueSecond,
        ShareFirst,
        ShareSecond,
        Change,
        Count
    };
    // The raw key ("" when not recorded), for opening the declarations behind a row.
    static constexpr int KeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setMix(const MixComparison &mix);
    const MixComparison &mix() const { return m_mix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    MixComparison m_mix;
};

} // namespace clearsight::ui
