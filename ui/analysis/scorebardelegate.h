#pragma once

#include <QStyledItemDelegate>

namespace clearsight::ui
{

// A 0-100 score as a short bar with the number beside it, so that the riskiest rows stand
// out down the column. The bar turns to the alert colour from `alertFrom` up.
class ScoreBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ScoreBarDelegate(double alertFrom = 75, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    double m_alertFrom;
};

} // namespace clearsight::ui
