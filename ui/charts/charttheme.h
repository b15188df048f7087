#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
QT_END_NAMESPACE

namespace clearsight::ui
{

// What a chart element means, which decides its colour.
enum class ChartRole { Primary, Secondary, Alert, Caution, Muted, Positive };

// The one look every chart of the workbench shares, derived from the application palette and
// font, so that charts follow a dark or high-contrast palette like the rest of the window.
// Builders take their colours from here and never name a colour of their own.
struct ChartTheme {
    QColor background; // the chart's own background (the palette's base)
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor primary;   // ordinary records
    QColor secondary; // the comparison (an industry, another family of rules)
    QColor alert;     // flagged records, rules broken outright
    QColor caution;   // lower severity
    QColor positive;  // released without control (a GREEN channel), compliant
    QColor band;      // the translucent "normal" band
    QFont font;
    QFont smallFont;
    bool dark = false;

    static ChartTheme fromPalette(const QPalette &palette, const QFont &font);

    // Background, margins, legend and fonts of `chart`, and every axis already attached.
    void apply(QChart *chart) const;
    void styleAxis(QAbstractAxis *axis) const;
    QColor colour(ChartRole role) const;
    // A colour between the background and `colour`, `alpha` of the way to the colour.
    QColor faded(const QColor &colour, double alpha) const;
};

// A small legend as rich text ("■ name   ■ name"), for a label beside a chart whose own legend
// cannot tell apart elements of one series.
QString legendHtml(const std::vector<std::pair<QColor, QString>> &entries);

} // namespace clearsight::ui
