#pragma once

#include <QStyledItemDelegate>

namespace clearsight::ui
{

// Shows ImportPreviewModel's cells: amounts and measures formatted as everywhere else, dates
// as stored (ISO, so a misread day and month is plain to see), and rows that would be rejected
// tinted (the reason is their tooltip).
class ImportPreviewDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace clearsight::ui
