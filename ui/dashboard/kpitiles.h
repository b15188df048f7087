#pragma once

#include "store/summaryrepository.h"

#include <QWidget>

#include <array>

class QLabel;

namespace clearsight::ui
{

// The headline figures of the filtered declarations as a row of tiles: declarations, customs
// value, duties, inspections, hit rate, recovered revenue and flagged share. Each tile shows a
// short figure ("1.2 bn EUR") with its exact value in the tooltip; the context menu opens the
// declarations behind the figures.
class KpiTiles : public QWidget
{
    Q_OBJECT
public:
    enum Tile {
        Declarations,
        CustomsValue,
        Duties,
        Inspections,
        HitRate,
        RevenueRecovered,
        FlaggedShare,
        Count
    };

    explicit KpiTiles(QWidget *parent = nullptr);

    void setCurrency(const QString &currency);
    void setFigures(const SummaryFigures &figures);
    // Dashes: nothing read yet, or the read failed.
    void clear();
    bool hasFigures() const { return m_hasFigures; }
    const SummaryFigures &figures() const { return m_figures; }

    QString valueText(Tile tile) const;
    QString detailText(Tile tile) const;
    QString exactText(Tile tile) const; // the tooltip's exact figure

Q_SIGNALS:
    void declarationsRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct TileLabels {
        QWidget *frame = nullptr;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
        QString exact;
    };
    void show(Tile tile, const QString &value, const QString &detail, const QString &exact);
    void updateFonts();
    void refresh();

    std::array<TileLabels, Count> m_tiles;
    SummaryFigures m_figures;
    QString m_currency;
    bool m_hasFigures = false;
};

} // namespace clearsight::ui
