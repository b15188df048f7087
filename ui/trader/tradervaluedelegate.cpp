#include "tradervaluedelegate.h"

#include <cmath>

namespace clearsight::ui
{

TraderValueDelegate::TraderValueDelegate(Style style, QObject *parent)
    : QStyledItemDelegate(parent), m_style(style)
{
}

QString TraderValueDelegate::format(const QVariant &value, Style style, const QLocale &locale)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (style == Style::Text)
        return value.toString();
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value.toString();
    const QString sign = number > 0 ? QStringLiteral("+") : QString();
    switch (style) {
    case Style::Text:
        break;
    case Style::Count:
        return locale.toString(qint64(number));
    case Style::Money:
        return locale.toString(number, 'f', 2);
    case Style::UnitValue: {
        const double magnitude = std::abs(number);
        return locale.toString(number, 'f', magnitude >= 100 ? 0 : magnitude >= 1 ? 2 : 4);
    }
    case Style::Share:
        return tr("%1 %").arg(locale.toString(100.0 * number, 'f', 1));
    case Style::Change:
        return tr("%1 %").arg(sign + locale.toString(100.0 * number, 'f', 0));
    case Style::Points:
        return tr("%1 pts").arg(sign + locale.toString(100.0 * number, 'f', 1));
    }
    return value.toString();
}

QString TraderValueDelegate::displayText(const QVariant &value, const QLocale &viewLocale) const
{
    // Item views hand out their locale without group separators; figures read better with.
    QLocale locale = viewLocale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return format(value, m_style, locale);
}

void TraderValueDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = m_style == Style::Text ? Qt::AlignLeft | Qt::AlignVCenter
                                                      : Qt::AlignRight | Qt::AlignVCenter;
    if (index.data(HighlightRole).toBool())
        option->font.setBold(true);
}

} // namespace clearsight::ui
