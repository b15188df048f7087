#pragma once

#include "domain/flagkind.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace clearsight::ui
{

// What a click on a chart or a matrix cell narrows a flag list to; unset parts match all.
struct FlagCriteria {
    std::optional<QString> incoterm; // "" matches items without an Incoterm
    std::optional<QString> mode;
    QString traderId;
    std::optional<FlagKind> kind;

    bool isEmpty() const { return !incoterm && !mode && traderId.isEmpty() && !kind; }
    // "FOB by air", "trader TR0001 · FOB", for the label above the list.
    QString describe() const;
    bool operator==(const FlagCriteria &) const = default;
};

// Narrows a FlagsModel (a few thousand flags at most) to the flags matching FlagCriteria.
class FlagFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCriteria(const FlagCriteria &criteria);
    const FlagCriteria &criteria() const { return m_criteria; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    FlagCriteria m_criteria;
};

} // namespace clearsight::ui
