#include "importpreviewdelegate.h"

#include "declarations/declarationcolumns.h"
#include "domain/canonicalschema.h"
#include "importpreviewmodel.h"

namespace clearsight::ui
{

void ImportPreviewDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int canonical = index.data(ImportPreviewModel::CanonicalColumnRole).toInt();
    if (canonical >= 0) {
        const ValueFormat format = declarationColumnFormat(canonical);
        option->displayAlignment = valueAlignment(format);
        if (format != ValueFormat::Date) {
            QLocale locale = option->locale;
            locale.setNumberOptions(QLocale::DefaultNumberOptions);
            option->text = formatValue(index.data(Qt::DisplayRole), format, locale);
        }
    } else if (index.column() == 0) {
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    }
    if (!index.data(ImportPreviewModel::RejectionRole).toString().isEmpty()) {
        // A wash of red over the base colour: readable in light and dark palettes.
        const QColor base = option->palette.color(QPalette::Base);
        const QColor red(220, 50, 47);
        option->backgroundBrush = QColor::fromRgbF(base.redF() * 0.75f + red.redF() * 0.25f,
                                                   base.greenF() * 0.75f + red.greenF() * 0.25f,
                                                   base.blueF() * 0.75f + red.blueF() * 0.25f);
    }
}

} // namespace clearsight::ui
