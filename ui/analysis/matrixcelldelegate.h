#pragma once

#include <QStyledItemDelegate>

namespace clearsight::ui
{

// A cell of the Incoterm × mode matrix: the number of items on the right, the flagged ones in
// the alert colour on the left, and a tinted, hatched background where the pair breaks the
// Incoterm rules (IncotermMatrixModel::SeverityRole).
class MatrixCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace clearsight::ui
