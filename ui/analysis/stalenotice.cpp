#include "stalenotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace clearsight::ui
{

StaleNotice::StaleNotice(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("staleNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The tooltip colours: a gentle, theme-aware "note" background on every platform.
    QPalette notePalette = palette();
    notePalette.setColor(QPalette::Window, notePalette.color(QPalette::ToolTipBase));
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::ToolTipText));
    setPalette(notePalette);

    m_icon = new QLabel(this);
    const int side = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_run = new QPushButton(tr("Run analyses"), this);
    m_run->setToolTip(tr("Run every analysis on the workspace now (Ctrl+R)"));

    auto *layout = new QHBoxLayout(this);
    const int margin = fontMetrics().height() / 3;
    layout->setContentsMargins(margin * 2, margin, margin, margin);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_run);
    connect(m_run, &QPushButton::clicked, this, &StaleNotice::runRequested);
    hide();
}

void StaleNotice::setState(const AnalysisState &state)
{
    if (!state.hasRun) {
        m_text->setText(tr("No analysis has been run on this workspace yet: run the analyses to "
                           "see flags and rankings."));
    } else {
        m_text->setText(tr("The results are stale: declarations were imported or thresholds "
                           "changed after the last analysis run. Run the analyses to update "
                           "them."));
    }
    setVisible(state.stale || !state.hasRun);
}

QString StaleNotice::text() const
{
    return m_text->text();
}

} // namespace clearsight::ui
