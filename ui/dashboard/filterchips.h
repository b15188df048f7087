#pragma once

#include "dashboardfilter.h"

#include <QWidget>

#include <vector>

class QHBoxLayout;
class QLabel;

namespace clearsight::ui
{

// The active criteria of the dashboard as a row of chips; clicking a chip removes its
// criterion. With no criterion it says that all declarations are shown.
class FilterChips : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChips(QWidget *parent = nullptr);

    void setCriteria(const std::vector<FilterCriterion> &criteria);
    const std::vector<FilterCriterion> &criteria() const { return m_criteria; }

Q_SIGNALS:
    // The chip of criterion `key` was clicked.
    void removeRequested(const QString &key);

private:
    std::vector<FilterCriterion> m_criteria;
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_none = nullptr;
    std::vector<QWidget *> m_chips;
};

} // namespace clearsight::ui
