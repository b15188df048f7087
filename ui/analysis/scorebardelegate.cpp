#include "scorebardelegate.h"

#include "charts/charttheme.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace clearsight::ui
{

ScoreBarDelegate::ScoreBarDelegate(double alertFrom, QObject *parent)
    : QStyledItemDelegate(parent), m_alertFrom(alertFrom)
{
}

void ScoreBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QVariant value = index.data(Qt::DisplayRole);
    if (value.isNull())
        return;

    const double score = std::clamp(value.toDouble(), 0.0, 100.0);
    const QString text = opt.locale.toString(value.toDouble(), 'f', 1);
    const QFontMetrics metrics = opt.fontMetrics;
    const int margin = metrics.averageCharWidth();
    const int textWidth = metrics.horizontalAdvance(opt.locale.toString(100.0, 'f', 1));
    const QRect cell = opt.rect.adjusted(margin, 0, -margin, 0);
    const QRect textRect(cell.right() - textWidth, cell.top(), textWidth, cell.height());
    const int barHeight = std::max(4, metrics.height() / 2);
    const QRect track(cell.left(), cell.center().y() - barHeight / 2 + 1,
                      std::max(0, textRect.left() - margin - cell.left()), barHeight);

    const ChartTheme theme = ChartTheme::fromPalette(opt.palette, opt.font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(opt.palette.color(QPalette::Midlight));
    painter->drawRoundedRect(track, 2, 2);
    QRect bar = track;
    bar.setWidth(int(track.width() * score / 100.0 + 0.5));
    painter->setBrush(score >= m_alertFrom ? theme.alert : theme.primary);
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, 2, 2);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics = option.fontMetrics;
    size.setWidth(metrics.horizontalAdvance(option.locale.toString(100.0, 'f', 1)) +
                  metrics.averageCharWidth() * 9);
    return size;
}

} // namespace clearsight::ui
