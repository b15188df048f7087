#include "qualityvaluedelegate.h"

#include "declarations/declarationcolumns.h"

namespace clearsight::ui
{

QualityValueDelegate::QualityValueDelegate(int canonicalColumnRole, QObject *parent)
    : QStyledItemDelegate(parent), m_canonicalColumnRole(canonicalColumnRole)
{
}

void QualityValueDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(Qt::DisplayRole);
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    if (value.isNull())
        return;
    QLocale locale = option->locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    if (m_canonicalColumnRole < 0) {
        option->text = locale.toString(value.toLongLong());
        return;
    }
    const int column = index.data(m_canonicalColumnRole).toInt();
    option->text = formatValue(value, declarationColumnFormat(column), locale);
}

} // namespace clearsight::ui
