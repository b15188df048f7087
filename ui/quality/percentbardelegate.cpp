#include "percentbardelegate.h"

#include <QApplication>
#include <QPainter>

namespace clearsight::ui
{

QString PercentBarDelegate::percentText(double fraction, const QLocale &locale)
{
    return tr("%1 %").arg(locale.toString(100.0 * fraction, 'f', 1));
}

void PercentBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (index.data(Qt::DisplayRole).isNull())
        return;

    const double fraction = std::clamp(index.data(Qt::DisplayRole).toDouble(), 0.0, 1.0);
    const QString text = percentText(fraction, opt.locale);
    const QFontMetrics metrics = opt.fontMetrics;
    const int margin = metrics.averageCharWidth();
    const int textWidth = metrics.horizontalAdvance(percentText(1.0, opt.locale));
    const QRect cell = opt.rect.adjusted(margin, 0, -margin, 0);
    const QRect textRect(cell.right() - textWidth, cell.top(), textWidth, cell.height());
    const int barHeight = std::max(4, metrics.height() / 2);
    const QRect track(cell.left(), cell.center().y() - barHeight / 2 + 1,
                      std::max(0, textRect.left() - margin - cell.left()), barHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(opt.palette.color(QPalette::Midlight));
    painter->drawRoundedRect(track, 2, 2);
    QRect bar = track;
    bar.setWidth(int(track.width() * fraction + 0.5));
    painter->setBrush(opt.palette.color(QPalette::Highlight));
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, 2, 2);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize PercentBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics = option.fontMetrics;
    size.setWidth(metrics.horizontalAdvance(percentText(1.0, option.locale)) +
                  metrics.averageCharWidth() * 16);
    return size;
}

} // namespace clearsight::ui
