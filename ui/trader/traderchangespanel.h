#pragma once

#include "report/traderprofilereport.h"

#include <QGroupBox>

class QLabel;

namespace clearsight::ui
{

// "What changed": the signals of the comparison of the two halves in words, and how far each
// mix moved (total variation distance).
class TraderChangesPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit TraderChangesPanel(QWidget *parent = nullptr);

    void showReport(const TraderReport &report);
    void clear();
    QString text() const;

private:
    QLabel *m_halves = nullptr;
    QLabel *m_signals = nullptr;
    QLabel *m_mixes = nullptr;
};

} // namespace clearsight::ui
