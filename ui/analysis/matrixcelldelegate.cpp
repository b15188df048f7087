#include "matrixcelldelegate.h"

#include "charts/charttheme.h"
#include "incotermmatrixmodel.h"

#include <QApplication>
#include <QPainter>

namespace clearsight::ui
{

void MatrixCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.locale.setNumberOptions(QLocale::DefaultNumberOptions);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    const ChartTheme theme = ChartTheme::fromPalette(opt.palette, opt.font);
    const auto severity =
        IncotermMatrixModel::Severity(index.data(IncotermMatrixModel::SeverityRole).toInt());
    const bool selected = opt.state & QStyle::State_Selected;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    painter->save();
    if (severity != IncotermMatrixModel::Severity::None && !selected) {
        const QColor colour =
            severity == IncotermMatrixModel::Severity::Wrong ? theme.alert : theme.caution;
        painter->fillRect(opt.rect, theme.faded(colour, 0.22));
        // Hatched as well, so the marking does not depend on telling colours apart.
        QColor hatch = colour;
        hatch.setAlphaF(0.35f);
        painter->fillRect(opt.rect, QBrush(hatch, severity == IncotermMatrixModel::Severity::Wrong
                                                      ? Qt::DiagCrossPattern
                                                      : Qt::BDiagPattern));
    }
    if (index.data(IncotermMatrixModel::TotalRole).toBool() && !selected) {
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
    }
    const QVariant items = index.data(Qt::DisplayRole);
    if (!items.isNull()) {
        const int margin = opt.fontMetrics.averageCharWidth();
        const QRect text = opt.rect.adjusted(margin, 0, -margin, 0);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                          opt.locale.toString(items.toLongLong()));
        const qint64 flagged = index.data(IncotermMatrixModel::FlaggedRole).toLongLong();
        if (flagged > 0) {
            painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : theme.alert);
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, opt.locale.toString(flagged));
        }
    }
    painter->restore();
}

QSize MatrixCellDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QLocale locale = option.locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString items = locale.toString(index.data(Qt::DisplayRole).toLongLong());
    const QString flagged =
        locale.toString(index.data(IncotermMatrixModel::FlaggedRole).toLongLong());
    QFont font = option.font;
    font.setBold(index.data(IncotermMatrixModel::TotalRole).toBool());
    const QFontMetrics metrics(font);
    size.setWidth(metrics.horizontalAdvance(items) + metrics.horizontalAdvance(flagged) +
                  metrics.averageCharWidth() * 4);
    return size;
}

} // namespace clearsight::ui
