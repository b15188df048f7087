#pragma once

#include "store/flagrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace clearsight::ui
{

// The trader ranking of the last analysis run, one row per trader (a few thousand): rank, ID,
// name, risk score, declarations, flags, flagged items, revenue at stake, hit rate and the
// top reasons in words. Raw values in Display/Edit (so a proxy sorts numbers as numbers);
// the view's delegates format them.
class TraderScoreModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Rank,
        TraderId,
        Name,
        RiskScore,
        Declarations,
        Flags,
        FlaggedItems,
        RevenueAtStake,
        HitRate,
        TopReasons,
        Count
    };
    static constexpr int TraderIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setTraders(std::vector<TraderScoreRecord> traders);
    const std::vector<TraderScoreRecord> &traders() const { return m_traders; }
    const TraderScoreRecord &traderAt(int row) const { return m_traders[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Missing freight: 419 flags, 1,492,545.65 at stake; ..." in the user's language.
    static QString reasonsText(const QJsonArray &reasons, const QLocale &locale);

private:
    std::vector<TraderScoreRecord> m_traders;
};

} // namespace clearsight::ui
