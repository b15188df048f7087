#pragma once

#include <QStyledItemDelegate>

namespace clearsight::ui {

// Formats the raw values of DeclarationTableModel for reading: amounts with two decimals and
// group separators, right-aligned; measures and rates trimmed; dates in the locale's format.
// Rows whose page has not arrived yet show a faint ellipsis. Text that does not fit shows in
// full as a tooltip.
class DeclarationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace clearsight::ui
