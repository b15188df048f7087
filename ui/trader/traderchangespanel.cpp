#include "traderchangespanel.h"

#include "common/valueformat.h"
#include "tradervaluedelegate.h"

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clearsight::ui
{

TraderChangesPanel::TraderChangesPanel(QWidget *parent) : QGroupBox(tr("What changed"), parent)
{
    setObjectName(QStringLiteral("traderChanges"));
    m_halves = new QLabel(this);
    m_halves->setWordWrap(true);
    m_halves->setForegroundRole(QPalette::PlaceholderText);
    m_signals = new QLabel(this);
    m_signals->setWordWrap(true);
    m_signals->setTextFormat(Qt::RichText);
    m_mixes = new QLabel(this);
    m_mixes->setWordWrap(true);
    // A long list of changes scrolls rather than being cut off.
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_signals);
    listLayout->addWidget(m_mixes);
    listLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    list->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_halves);
    layout->addWidget(scroll, 1);
}

void TraderChangesPanel::clear()
{
    m_halves->clear();
    m_signals->clear();
    m_mixes->clear();
}

void TraderChangesPanel::showReport(const TraderReport &report)
{
    const QLocale locale;
    const TraderProfile &p = report.profile;
    const QDate secondHalf = QDate::fromString(p.secondHalf, Qt::ISODate);
    m_halves->setText(tr("1st half %1 – %2, 2nd half %3 – %4")
                          .arg(formatValue(p.from, ValueFormat::Date, locale),
                               formatValue(secondHalf.addDays(-1).toString(Qt::ISODate),
                                           ValueFormat::Date, locale),
                               formatValue(p.secondHalf, ValueFormat::Date, locale),
                               formatValue(p.to, ValueFormat::Date, locale)));
    const TraderBehaviour &b = report.behaviour;
    if (b.signals.empty()) {
        m_signals->setText(tr("No marked change between the halves."));
    } else {
        QString html = QStringLiteral("<ul style=\"margin-left:-24px\">");
        for (const BehaviourSignal &signal : b.signals)
            html += QStringLiteral("<li>%1</li>")
                        .arg(behaviourSignalText(signal, locale).toHtmlEscaped());
        m_signals->setText(html + QStringLiteral("</ul>"));
    }
    QStringList mixes;
    for (const MixComparison &mix : b.mixes) {
        mixes << QStringLiteral("%1 %2").arg(
            mixDimensionTitle(mix.dimension),
            mix.comparable ? TraderValueDelegate::format(mix.distance,
                                                         TraderValueDelegate::Style::Share, locale)
                           : tr("—"));
    }
    m_mixes->setText(tr("Mix shift between the halves: %1").arg(mixes.join(QStringLiteral(" · "))));
    m_mixes->setToolTip(tr("Total variation distance between the shares of the two halves: 0 % "
                           "for the same mix, 100 % when they have nothing in common"));
}

QString TraderChangesPanel::text() const
{
    return m_signals->text();
}

} // namespace clearsight::ui
