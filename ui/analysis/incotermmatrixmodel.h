#pragma once

#include "store/analysisviewrepository.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <map>
#include <utility>

namespace clearsight::ui
{

// The import items by Incoterm (rows) and transport mode (columns), with how many carry an
// Incoterm flag, and a last column of totals per Incoterm. Display/Edit give the number of
// items (null for an empty cell); FlaggedRole the flagged items; SeverityRole whether the
// pair breaks the rules: a sea-only rule (FAS, FOB, CFR, CIF) by air or post is always wrong,
// by road or rail it may be a sea leg followed by land transit.
class IncotermMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Severity { None, Doubtful, Wrong };
    static constexpr int FlaggedRole = Qt::UserRole + 1;
    static constexpr int SeverityRole = Qt::UserRole + 2;
    static constexpr int IncotermRole = Qt::UserRole + 3;
    static constexpr int ModeRole = Qt::UserRole + 4;  // null for the totals column
    static constexpr int TotalRole = Qt::UserRole + 5; // true in the totals column

    using QAbstractTableModel::QAbstractTableModel;

    void setCells(const std::vector<IncotermModeCell> &cells);
    QString incotermAt(int row) const { return m_incoterms.value(row); }
    // Empty for "no mode" and for the totals column; see isTotalColumn().
    QString modeAt(int column) const { return m_modes.value(column); }
    bool isTotalColumn(int column) const { return column == int(m_modes.size()); }

    static Severity severity(const QString &incoterm, const QString &mode);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::pair<qint64, qint64> cell(int row, int column) const; // items, flagged

    QStringList m_incoterms;
    QStringList m_modes;
    std::map<std::pair<QString, QString>, std::pair<qint64, qint64>> m_cells;
};

} // namespace clearsight::ui
