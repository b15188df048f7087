#include "charttheme.h"

#include <QLocale>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

namespace clearsight::ui
{

namespace
{
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

ChartTheme ChartTheme::fromPalette(const QPalette &palette, const QFont &font)
{
    ChartTheme theme;
    theme.background = palette.color(QPalette::Base);
    theme.text = palette.color(QPalette::Text);
    theme.dark = theme.background.lightnessF() < 0.5;
    theme.mutedText = mix(theme.background, theme.text, 0.65);
    theme.grid = mix(theme.background, theme.text, theme.dark ? 0.22 : 0.14);
    theme.primary = palette.color(QPalette::Highlight);
    // Fixed hues for meaning (a flag is red whatever the accent colour), lighter on a dark
    // background so they keep their contrast.
    theme.alert = theme.dark ? QColor(0xff, 0x6b, 0x5e) : QColor(0xc6, 0x28, 0x28);
    theme.caution = theme.dark ? QColor(0xff, 0xb3, 0x47) : QColor(0xd9, 0x7a, 0x00);
    theme.positive = theme.dark ? QColor(0x6f, 0xcf, 0x7f) : QColor(0x2e, 0x7d, 0x32);
    theme.secondary = theme.dark ? QColor(0xb0, 0xa4, 0xe8) : QColor(0x7b, 0x61, 0xb8);
    theme.band = theme.primary;
    theme.band.setAlphaF(theme.dark ? 0.28f : 0.16f);
    theme.font = font;
    theme.smallFont = font;
    if (font.pointSizeF() > 0)
        theme.smallFont.setPointSizeF(font.pointSizeF() * 0.9);
    return theme;
}

QColor ChartTheme::faded(const QColor &colour, double alpha) const
{
    return mix(background, colour, alpha);
}

QColor ChartTheme::colour(ChartRole role) const
{
    switch (role) {
    case ChartRole::Primary:
        return primary;
    case ChartRole::Secondary:
        return secondary;
    case ChartRole::Alert:
        return alert;
    case ChartRole::Caution:
        return caution;
    case ChartRole::Positive:
        return positive;
    case ChartRole::Muted:
        break;
    }
    return mutedText;
}

void ChartTheme::styleAxis(QAbstractAxis *axis) const
{
    axis->setLabelsFont(smallFont);
    axis->setLabelsColor(text);
    axis->setTitleFont(font);
    axis->setTitleBrush(mutedText);
    axis->setLinePenColor(grid);
    axis->setGridLineColor(grid);
    QPen minor(grid);
    minor.setStyle(Qt::DotLine);
    axis->setMinorGridLinePen(minor);
    axis->setShadesVisible(false);
}

void ChartTheme::apply(QChart *chart) const
{
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(text);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setFont(smallFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBackgroundVisible(false);
    for (QAbstractAxis *axis : chart->axes())
        styleAxis(axis);
}

QString legendHtml(const std::vector<std::pair<QColor, QString>> &entries)
{
    QStringList parts;
    for (const auto &[colour, name] : entries) {
        parts << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                     .arg(colour.name(), name.toHtmlEscaped());
    }
    return parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp; "));
}

} // namespace clearsight::ui
