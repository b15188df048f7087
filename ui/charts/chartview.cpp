#include "chartview.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>

namespace clearsight::ui
{

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::StyledPanel);
    setMinimumSize(fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 10);
    clearContent(QString());
}

QSize ChartView::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 20};
}

ChartTheme ChartView::theme() const
{
    return ChartTheme::fromPalette(palette(), font());
}

void ChartView::setContent(Builder builder)
{
    m_builder = std::move(builder);
    m_placeholder.clear();
    rebuild();
}

void ChartView::clearContent(const QString &placeholder)
{
    m_builder = nullptr;
    m_placeholder = placeholder;
    rebuild();
}

void ChartView::rebuild()
{
    const ChartTheme look = theme();
    QChart *chart = nullptr;
    if (m_builder) {
        chart = m_builder(look);
    } else {
        chart = new QChart;
        look.apply(chart);
        chart->legend()->hide();
    }
    QChart *previous = this->chart();
    setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete previous;
    setBackgroundBrush(look.background);
    viewport()->update();
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_builder || m_placeholder.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(theme().mutedText);
    painter->setFont(font());
    const int margin = fontMetrics().averageCharWidth() * 3;
    painter->drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                      Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    painter->restore();
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_builder) {
        QChartView::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    if (m_contextMenuHook && chart()) {
        const QPointF scene = mapToScene(event->pos());
        m_contextMenuHook(&menu, chart()->mapToValue(chart()->mapFromScene(scene)));
        if (!menu.isEmpty())
            menu.addSeparator();
    }
    menu.addAction(tr("Save chart as image…"), this, &ChartView::saveImageWithDialog);
    menu.exec(event->globalPos());
}

Status ChartView::saveImage(const QString &file)
{
    const bool svg =
        QFileInfo(file).suffix().compare(QLatin1StringView("svg"), Qt::CaseInsensitive) == 0;
    bool saved = false;
    if (svg) {
        QSvgGenerator generator;
        generator.setFileName(file);
        generator.setSize(size());
        generator.setViewBox(rect());
        generator.setTitle(chart() ? chart()->title() : QString());
        QPainter painter;
        saved = painter.begin(&generator);
        if (saved) {
            render(&painter);
            saved = painter.end();
        }
    } else {
        saved = grab().save(file, "PNG");
    }
    if (!saved) {
        return makeError(Error::Code::FileUnreadable,
                         tr("Cannot write the chart to %1.").arg(QDir::toNativeSeparators(file)));
    }
    return Done{};
}

void ChartView::saveImageWithDialog()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save chart"), QDir::homePath(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (file.isEmpty())
        return;
    const Status saved = saveImage(file);
    if (!saved)
        QMessageBox::warning(this, tr("Save chart"), saved.error().message);
}

} // namespace clearsight::ui
