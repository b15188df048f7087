#pragma once

#include <QWidget>

class QVariantAnimation;

namespace clearsight::ui {

// A small spinning arc, drawn in the palette's highlight colour, shown while a model works.
// Sized from the font, so it scales with the user's text size and screen.
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    bool isRunning() const { return m_running; }
    void setRunning(bool running);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVariantAnimation *m_animation = nullptr;
    bool m_running = false;
    int m_angle = 0;
};

} // namespace clearsight::ui
