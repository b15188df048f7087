#include "busyindicator.h"

#include <QPainter>
#include <QVariantAnimation>

namespace clearsight::ui {

BusyIndicator::BusyIndicator(QWidget *parent) : QWidget(parent)
{
    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0);
    m_animation->setEndValue(360);
    m_animation->setDuration(900);
    m_animation->setLoopCount(-1);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_angle = value.toInt();
        update();
    });
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Working"));
}

void BusyIndicator::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    if (running)
        m_animation->start();
    else
        m_animation->stop();
    setToolTip(running ? tr("Reading declarations…") : QString());
    update();
}

QSize BusyIndicator::sizeHint() const
{
    const int side = fontMetrics().height();
    return {side, side};
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    if (!m_running)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height());
    const qreal penWidth = std::max<qreal>(1.5, side / 8.0);
    const QRectF arcRect = QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side)
                               .adjusted(penWidth, penWidth, -penWidth, -penWidth);
    QColor track = palette().color(QPalette::WindowText);
    track.setAlphaF(0.15f);
    painter.setPen(QPen(track, penWidth));
    painter.drawEllipse(arcRect);
    QPen arcPen(palette().color(QPalette::Highlight), penWidth);
    arcPen.setCapStyle(Qt::RoundCap);
    painter.setPen(arcPen);
    // Qt angles are in 1/16 degree, counter-clockwise: spin clockwise.
    painter.drawArc(arcRect, -m_angle * 16, 100 * 16);
}

} // namespace clearsight::ui
