#include "numberdelegate.h"

namespace clearsight::ui
{

NumberDelegate::NumberDelegate(Style style, QObject *parent)
    : QStyledItemDelegate(parent), m_style(style)
{
}

QString NumberDelegate::format(const QVariant &value, Style style, const QLocale &locale)
{
    if (value.isNull() || !value.isValid())
        return {};
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value.toString();
    switch (style) {
    case Style::Count:
        return locale.toString(qint64(number));
    case Style::Money:
        return locale.toString(number, 'f', 2);
    case Style::Score:
        return locale.toString(number, 'f', 1);
    case Style::Percent:
        return tr("%1 %").arg(locale.toString(100.0 * number, 'f', 1));
    }
    return value.toString();
}

QString NumberDelegate::displayText(const QVariant &value, const QLocale &viewLocale) const
{
    // Item views hand out their locale without group separators; figures read better with.
    QLocale locale = viewLocale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return format(value, m_style, locale);
}

void NumberDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

} // namespace clearsight::ui
