#include "kpitiles.h"

#include "charts/valuescale.h"
#include "common/valueformat.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

namespace clearsight::ui
{

namespace
{
QString percent(double fraction, const QLocale &locale)
{
    return formatTrimmed(100.0 * fraction, 1, locale) + QStringLiteral("\u202F%");
}
} // namespace

KpiTiles::KpiTiles(QWidget *parent) : QWidget(parent)
{
    const QString captions[Count] = {
        tr("Declarations"), tr("Customs value"),     tr("Duties and taxes"), tr("Inspections"),
        tr("Hit rate"),     tr("Revenue recovered"), tr("Flagged share")};
    const QString hints[Count] = {
        tr("Distinct declarations under the filter"),
        tr("Sum of the customs value of the items"),
        tr("Import duties and taxes assessed at clearance"),
        tr("Items with a documentary or physical control with a recorded result"),
        tr("Share of inspected items found illicit"),
        tr("Extra duties and penalties assessed after inspection"),
        tr("Share of items with at least one analysis flag")};
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (int t = 0; t < Count; ++t) {
        TileLabels &tile = m_tiles[size_t(t)];
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setBackgroundRole(QPalette::Base);
        frame->setAutoFillBackground(true);
        frame->setToolTip(hints[t]);
        tile.frame = frame;
        tile.caption = new QLabel(captions[t], frame);
        tile.caption->setForegroundRole(QPalette::PlaceholderText);
        tile.value = new QLabel(frame);
        tile.value->setObjectName(QStringLiteral("kpiValue%1").arg(t));
        tile.detail = new QLabel(frame);
        tile.detail->setForegroundRole(QPalette::PlaceholderText);
        for (QLabel *label : {tile.caption, tile.value, tile.detail}) {
            label->setTextFormat(Qt::PlainText);
            label->setMinimumWidth(0);
            label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        }
        auto *layout = new QVBoxLayout(frame);
        const int margin = fontMetrics().averageCharWidth();
        layout->setContentsMargins(margin * 2, margin, margin * 2, margin);
        layout->setSpacing(0);
        layout->addWidget(tile.caption);
        layout->addWidget(tile.value);
        layout->addWidget(tile.detail);
        row->addWidget(frame, 1);
    }
    updateFonts();
    clear();
}

void KpiTiles::updateFonts()
{
    QFont big = font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.5);
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    for (TileLabels &tile : m_tiles) {
        tile.value->setFont(big);
        tile.caption->setFont(small);
        tile.detail->setFont(small);
    }
}

void KpiTiles::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void KpiTiles::setCurrency(const QString &currency)
{
    m_currency = currency;
    refresh();
}

void KpiTiles::setFigures(const SummaryFigures &figures)
{
    m_figures = figures;
    m_hasFigures = true;
    refresh();
}

void KpiTiles::clear()
{
    m_hasFigures = false;
    m_figures = {};
    refresh();
}

void KpiTiles::show(Tile tile, const QString &value, const QString &detail, const QString &exact)
{
    TileLabels &labels = m_tiles[size_t(tile)];
    labels.value->setText(value);
    labels.detail->setText(detail);
    labels.exact = exact;
    labels.value->setToolTip(exact);
}

void KpiTiles::refresh()
{
    if (!m_hasFigures) {
        for (int t = 0; t < Count; ++t)
            show(Tile(t), QStringLiteral("–"), QString(), QString());
        return;
    }
    const QLocale locale;
    const SummaryFigures &f = m_figures;
    const auto money = [&](double value) { return ValueScale::money(value, m_currency, locale); };
    const auto exactMoney = [&](double value) {
        const QString text = formatValue(value, ValueFormat::Money, locale);
        return m_currency.isEmpty() ? text : text + QLatin1Char(' ') + m_currency;
    };
    show(Declarations, locale.toString(f.declarations),
         tr("%1 items").arg(locale.toString(f.items)), locale.toString(f.declarations));
    show(CustomsValue, money(f.customsValue), QString(), exactMoney(f.customsValue));
    show(Duties, money(f.dutyPaid),
         f.customsValue > 0
             ? tr("%1 of the value").arg(percent(f.dutyPaid / f.customsValue, locale))
             : QString(),
         exactMoney(f.dutyPaid));
    show(Inspections, locale.toString(f.inspected),
         f.items > 0
             ? tr("%1 of the items").arg(percent(double(f.inspected) / double(f.items), locale))
             : QString(),
         locale.toString(f.inspected));
    const std::optional<double> hitRate = f.hitRate();
    show(HitRate, hitRate ? percent(*hitRate, locale) : QStringLiteral("–"),
         tr("%1 illicit").arg(locale.toString(f.illicit)),
         hitRate ? formatTrimmed(100.0 * *hitRate, 4, locale) + QStringLiteral("\u202F%")
                 : tr("No inspections"));
    show(RevenueRecovered, money(f.revenueRecovered), QString(), exactMoney(f.revenueRecovered));
    show(FlaggedShare, f.items > 0 ? percent(f.flaggedShare(), locale) : QStringLiteral("–"),
         tr("%1 flagged items").arg(locale.toString(f.flagged)),
         f.items > 0
             ? formatTrimmed(100.0 * f.flaggedShare(), 4, locale) + QStringLiteral("\u202F%")
             : QString());
}

QString KpiTiles::valueText(Tile tile) const
{
    return m_tiles[size_t(tile)].value->text();
}

QString KpiTiles::detailText(Tile tile) const
{
    return m_tiles[size_t(tile)].detail->text();
}

QString KpiTiles::exactText(Tile tile) const
{
    return m_tiles[size_t(tile)].exact;
}

void KpiTiles::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_hasFigures)
        return;
    QMenu menu(this);
    menu.addAction(tr("Show declarations"), this, &KpiTiles::declarationsRequested);
    menu.exec(event->globalPos());
}

} // namespace clearsight::ui
