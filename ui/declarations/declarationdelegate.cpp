#include "declarationdelegate.h"

#include "declarationcolumns.h"
#include "models/declarationtablemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace clearsight::ui {

void DeclarationDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const ValueFormat format = declarationColumnFormat(index.column());
    option->displayAlignment = valueAlignment(format);
    if (!index.data(DeclarationTableModel::LoadedRole).toBool()) {
        option->text = QStringLiteral("…");
        option->features |= QStyleOptionViewItem::HasDisplay;
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    // The view's option locale omits group separators; amounts need them.
    QLocale locale = option->locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    option->text = formatValue(index.data(Qt::DisplayRole), format, locale);
}

bool DeclarationDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int available =
            view->visualRect(index).width() -
            2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        if (!opt.text.isEmpty() && opt.fontMetrics.horizontalAdvance(opt.text) > available) {
            QToolTip::showText(event->globalPos(), opt.text.toHtmlEscaped(), view);
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace clearsight::ui
