#pragma once

#include "report/traderprofilereport.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace clearsight::ui
{

// The top of the drill-down: who the trader is (name, ID, address, other spellings, active
// period), its standing among peers, and a row of key figures with their change between the
// halves of the period.
class TraderHeader : public QWidget
{
    Q_OBJECT
public:
    explicit TraderHeader(QWidget *parent = nullptr);

    void showReport(const TraderReport &report);
    void clear();

    QString title() const;
    QString standingText() const;
    // The text of key figure `index` (0 items, 1 declarations, 2 customs value, 3 duties,
    // 4 flags, 5 revenue recovered), as shown.
    QString figureText(int index) const;

private:
    struct Tile {
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *change = nullptr;
    };
    void setTile(int index, const QString &value, const QString &change);

    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_standing = nullptr;
    std::vector<Tile> m_tiles;
};

} // namespace clearsight::ui
