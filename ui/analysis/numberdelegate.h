#pragma once

#include <QStyledItemDelegate>

namespace clearsight::ui
{

// Formats the raw numbers of the analysis models in the user's locale, right-aligned.
class NumberDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Style {
        Count,   // 12,345
        Money,   // 12,345.67
        Score,   // 87.5
        Percent, // a fraction 0..1 as 12.5 %
    };

    NumberDelegate(Style style, QObject *parent = nullptr);

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    static QString format(const QVariant &value, Style style, const QLocale &locale);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Style m_style;
};

} // namespace clearsight::ui
