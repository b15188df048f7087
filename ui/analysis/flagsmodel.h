#pragma once

#include "store/flagrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace clearsight::ui
{

// A stored flag with the Incoterm and transport mode of its declaration item (empty where
// not read).
struct FlagItem {
    FlagRecord record;
    QString incoterm;
    QString mode;
};

// A ranked list of flags, highest score first as the store gives them: declaration, item,
// trader, the kind (translated), Incoterm and mode, the score, the values, revenue at stake
// and the reason in words. Raw values in Display/Edit; the view's delegates format them.
// Views hide the columns that do not apply to their kinds.
class FlagsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Rank,
        Declaration,
        Item,
        Trader,
        Kind,
        Incoterm,
        Mode,
        Score,
        DeclaredValue,
        ExpectedValue,
        RevenueAtStake,
        Reason,
        Count
    };
    static constexpr int RowIdRole = Qt::UserRole + 1;
    static constexpr int KindKeyRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setFlags(std::vector<FlagItem> flags);
    const std::vector<FlagItem> &flags() const { return m_flags; }
    const FlagItem &flagAt(int row) const { return m_flags[size_t(row)]; }
    // The row of the flag on declaration row `rowId`, -1 if none.
    int rowOf(qint64 rowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<FlagItem> m_flags;
};

// The records of `items`, for the CSV export.
std::vector<FlagRecord> flagRecords(const std::vector<FlagItem> &items);

// A transport mode code ("SEA") in words, translated; the code itself when unknown.
QString modeTitle(const QString &mode);
// The same in one short word, for column headers ("Waterway").
QString modeShortTitle(const QString &mode);

} // namespace clearsight::ui
