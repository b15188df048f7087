#pragma once

#include "charttheme.h"
#include "common/result.h"

#include <QtCharts/QChartView>

#include <functional>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace clearsight::ui
{

// The widget every chart of the workbench is shown in. It holds how to build its chart rather
// than the chart itself, so that a palette change rebuilds the chart in the new colours; it
// shows a placeholder text while it has nothing to draw, and offers to save the chart as PNG
// or SVG from its context menu.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    // Builds a chart in the given theme; the view takes ownership of it.
    using Builder = std::function<QChart *(const ChartTheme &theme)>;
    // Adds actions for the element under the pointer to the context menu, before the view's
    // own; `value` is the pointer's position in the values of the chart's first series.
    using ContextMenuHook = std::function<void(QMenu *menu, const QPointF &value)>;

    explicit ChartView(QWidget *parent = nullptr);

    void setContent(Builder builder);
    // No chart: `placeholder` in the middle of the view instead.
    void clearContent(const QString &placeholder);
    bool hasContent() const { return bool(m_builder); }
    void setContextMenuHook(ContextMenuHook hook) { m_contextMenuHook = std::move(hook); }
    QString placeholder() const { return m_placeholder; }
    ChartTheme theme() const;

    // PNG, or SVG when `file` ends in .svg. The error names the file.
    Status saveImage(const QString &file);
    // Asks for a file name, then saves (errors in a message box).
    void saveImageWithDialog();

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();

    Builder m_builder;
    ContextMenuHook m_contextMenuHook;
    QString m_placeholder;
};

} // namespace clearsight::ui
