#pragma once

#include <QStyledItemDelegate>

namespace clearsight::ui
{

// Formats the raw figures of the drill-down's tables in the user's locale, right-aligned, and
// sets in bold the rows a model marks with HighlightRole (the biggest shifts).
class TraderValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int HighlightRole = Qt::UserRole + 10;

    enum class Style {
        Text,      // as it is, left-aligned
        Count,     // 12,345
        Money,     // 12,345.67
        UnitValue, // 430, 5.12, 0.0312: the decimals a price needs
        Share,     // a fraction 0..1 as 12.5 %
        Change,    // a relative change as +12 % (or −40 %)
        Points,    // a change of share as +12.5 pts
    };

    explicit TraderValueDelegate(Style style, QObject *parent = nullptr);

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    static QString format(const QVariant &value, Style style, const QLocale &locale);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Style m_style;
};

} // namespace clearsight::ui
