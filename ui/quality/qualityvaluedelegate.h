#pragma once

#include <QStyledItemDelegate>

namespace clearsight::ui
{

// Numbers of the quality tables in the user's locale, right-aligned: counts with group
// separators, ranges formatted as their canonical column is everywhere else (money, measures,
// rates), given by the model's CanonicalColumnRole.
class QualityValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // canonicalColumnRole: the role giving a row's CanonicalColumn, or -1 for plain counts.
    explicit QualityValueDelegate(int canonicalColumnRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_canonicalColumnRole;
};

} // namespace clearsight::ui
