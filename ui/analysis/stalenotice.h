#pragma once

#include "analysisstate.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace clearsight::ui
{

// A band across an analysis view saying that its results are missing or older than the
// data, with a button that runs the analyses. Hidden while the results are current.
class StaleNotice : public QFrame
{
    Q_OBJECT
public:
    explicit StaleNotice(QWidget *parent = nullptr);

    void setState(const AnalysisState &state);
    QString text() const;

Q_SIGNALS:
    void runRequested();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace clearsight::ui
