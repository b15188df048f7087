#include "traderheader.h"

#include "analysis/traderscoremodel.h"

#include "common/valueformat.h"
#include "report/flagreport.h"
#include "tradervaluedelegate.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace clearsight::ui
{

namespace
{
QString changeText(const HalfChange &change, const QLocale &locale, bool estimate = false)
{
    if (!change.relative)
        return QObject::tr("—");
    const QString value =
        TraderValueDelegate::format(*change.relative, TraderValueDelegate::Style::Change, locale);
    // A month cut by the halves' split was shared out from a sample (TraderSampling).
    return estimate ? TraderHeader::tr("%1 in the 2nd half (estimate)").arg(value)
                    : TraderHeader::tr("%1 in the 2nd half").arg(value);
}
} // namespace

TraderHeader::TraderHeader(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("traderTitle"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_standing = new QLabel(this);
    m_standing->setObjectName(QStringLiteral("traderStanding"));
    m_standing->setWordWrap(true);

    auto *tiles = new QHBoxLayout;
    const QStringList captions{tr("Items"),         tr("Declarations"),
                               tr("Customs value"), tr("Duties and taxes"),
                               tr("Flags"),         tr("Revenue recovered")};
    for (const QString &caption : captions) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        Tile tile;
        tile.caption = new QLabel(caption, frame);
        tile.value = new QLabel(frame);
        QFont valueFont = font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.25);
        valueFont.setBold(true);
        tile.value->setFont(valueFont);
        tile.change = new QLabel(frame);
        tile.change->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(tile.caption);
        layout->addWidget(tile.value);
        layout->addWidget(tile.change);
        tiles->addWidget(frame, 1);
        m_tiles.push_back(tile);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_standing);
    layout->addLayout(tiles);
}

void TraderHeader::setTile(int index, const QString &value, const QString &change)
{
    m_tiles[size_t(index)].value->setText(value);
    m_tiles[size_t(index)].change->setText(change);
}

void TraderHeader::clear()
{
    m_title->clear();
    m_details->clear();
    m_standing->clear();
    for (int i = 0; i < int(m_tiles.size()); ++i)
        setTile(i, QString(), QString());
}

void TraderHeader::showReport(const TraderReport &report)
{
    const QLocale locale;
    const TraderProfile &p = report.profile;
    const TraderIdentity &id = p.identity;
    m_title->setText(id.name.isEmpty() ? id.traderId : id.name);
    QStringList details{tr("ID %1").arg(id.traderId)};
    if (!id.address.isEmpty())
        details << id.address;
    QStringList flows;
    for (const TextCount &flow : id.flows)
        flows << (flow.text == QLatin1StringView("EX") ? tr("exports") : tr("imports"));
    if (!flows.isEmpty())
        details << flows.join(QStringLiteral(", "));
    details << tr("active %1 – %2")
                   .arg(formatValue(id.firstDate, ValueFormat::Date, locale),
                        formatValue(id.lastDate, ValueFormat::Date, locale));
    QString text = details.join(QStringLiteral(" · "));
    QStringList others;
    for (const TextCount &name : id.names) {
        if (name.text != id.name)
            others << name.text;
    }
    if (!others.isEmpty())
        text +=
            QLatin1Char('\n') + tr("Also declared as: %1").arg(others.join(QStringLiteral("; ")));
    m_details->setText(text);

    const TraderStanding &s = p.standing;
    if (s.ranked) {
        QString standing = tr("Rank %1 of %2 by risk, riskier than %3 % of traders · risk score "
                              "%4")
                               .arg(locale.toString(s.rank), locale.toString(s.rankedTraders),
                                    locale.toString(std::floor(s.percentile * 10) / 10, 'f', 1),
                                    locale.toString(s.riskScore, 'f', 1));
        if (!s.topReasons.isEmpty())
            standing +=
                tr(" · top reasons: %1").arg(TraderScoreModel::reasonsText(s.topReasons, locale));
        if (s.stale)
            standing += tr(" (results older than the data)");
        m_standing->setText(standing);
    } else {
        m_standing->setText(s.analysed ? tr("Not ranked: the trader has no score in the last "
                                            "analysis run.")
                                       : tr("Not ranked yet: the analyses have not been run on "
                                            "this workspace."));
    }

    const TraderBehaviour &b = report.behaviour;
    using Style = TraderValueDelegate::Style;
    const auto format = [&](double value, Style style) -> QString {
        return TraderValueDelegate::format(value, style, locale);
    };
    setTile(0, format(double(p.total.items), Style::Count), changeText(b.volume.items, locale));
    const bool estimate = !p.sampling.halvesExact; // item counts stay exact
    setTile(1, format(double(p.total.declarations), Style::Count),
            changeText(b.volume.declarations, locale, estimate));
    setTile(2, format(p.total.customsValue, Style::Money),
            changeText(b.volume.customsValue, locale, estimate));
    setTile(3, format(p.total.dutyPaid, Style::Money),
            changeText(b.volume.dutyPaid, locale, estimate));
    double atStake = 0;
    for (const FlagRecord &f : p.flags)
        atStake += f.revenueAtStake.value_or(0.0);
    setTile(4, format(double(p.flags.size()), Style::Count),
            tr("%1 at stake").arg(format(atStake, Style::Money)));
    setTile(5, format(p.total.revenueRecovered, Style::Money),
            tr("%1 inspected").arg(format(double(p.total.inspected), Style::Count)));
}

QString TraderHeader::title() const
{
    return m_title->text();
}

QString TraderHeader::standingText() const
{
    return m_standing->text();
}

QString TraderHeader::figureText(int index) const
{
    return index >= 0 && size_t(index) < m_tiles.size() ? m_tiles[size_t(index)].value->text()
                                                        : QString();
}

} // namespace clearsight::ui
