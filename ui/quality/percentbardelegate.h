#pragma once

#include <QStyledItemDelegate>

namespace clearsight::ui
{

// Draws a fraction (0..1) as a small horizontal bar with the percentage beside it, so that
// gaps in completeness stand out down a column.
class PercentBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "97.3 %" in the locale.
    static QString percentText(double fraction, const QLocale &locale);
};

} // namespace clearsight::ui
