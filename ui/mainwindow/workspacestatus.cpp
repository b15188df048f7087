#include "workspacestatus.h"

#include "common/valueformat.h"

#include <QDate>
#include <QFrame>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui {

namespace {
using ReportResult = std::optional<Result<WorkspaceReport>>;

QLabel *addField(QStatusBar *bar, const QString &objectName, QList<QWidget *> &fields)
{
    if (!fields.isEmpty()) {
        auto *separator = new QFrame(bar);
        separator->setFrameShape(QFrame::VLine);
        separator->setFrameShadow(QFrame::Sunken);
        bar->addPermanentWidget(separator);
        fields << separator;
    }
    auto *label = new QLabel(bar);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int margin = label->fontMetrics().averageCharWidth() / 2;
    label->setContentsMargins(margin, 0, margin, 0);
    bar->addPermanentWidget(label);
    fields << label;
    return label;
}

QString isoToLocal(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, shortDateFormat()) : iso;
}
} // namespace

WorkspaceStatus::WorkspaceStatus(QStatusBar *statusBar) : QObject(statusBar), m_statusBar(statusBar)
{
    m_items = addField(statusBar, QStringLiteral("statusItems"), m_fields);
    m_declarations = addField(statusBar, QStringLiteral("statusDeclarations"), m_fields);
    m_traders = addField(statusBar, QStringLiteral("statusTraders"), m_fields);
    m_period = addField(statusBar, QStringLiteral("statusPeriod"), m_fields);
    m_customsValue = addField(statusBar, QStringLiteral("statusCustomsValue"), m_fields);
    clear();
}

void WorkspaceStatus::setWorkspace(const QString &path)
{
    m_path = path;
    m_report.reset();
    const quint64 generation = ++m_generation;
    clear();
    if (path.isEmpty()) {
        m_reading = false;
        return;
    }
    m_reading = true;
    m_items->setText(tr("Reading the workspace…"));
    m_items->show();
    auto *watcher = new QFutureWatcher<ReportResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another workspace was opened meanwhile
        m_reading = false;
        const ReportResult result = watcher->result();
        if (!result || !result->ok()) {
            clear();
            m_statusBar->showMessage(tr("The workspace figures could not be read: %1")
                                         .arg(result ? result->error().message : QString()));
            return;
        }
        m_report = result->value();
        show(*m_report);
        Q_EMIT reportReady(*m_report);
    });
    watcher->setFuture(
        QtConcurrent::run([path]() -> ReportResult {
            return readWorkspaceReport(path, StatsRepository::Depth::Quick);
        }));
}

void WorkspaceStatus::clear()
{
    for (QLabel *label : {m_items, m_declarations, m_traders, m_period, m_customsValue})
        label->clear();
    for (QWidget *field : std::as_const(m_fields))
        field->hide();
}

void WorkspaceStatus::show(const WorkspaceReport &report)
{
    const QLocale locale;
    const StoreStatistics &s = report.statistics;
    m_items->setText(tr("%1 declaration items").arg(locale.toString(s.items)));
    m_declarations->setText(tr("%1 declarations").arg(locale.toString(s.declarations)));
    m_traders->setText(tr("%1 traders").arg(locale.toString(s.traders)));
    if (s.firstDate.isEmpty())
        m_period->setText(tr("No period"));
    else
        m_period->setText(tr("%1 to %2").arg(isoToLocal(s.firstDate), isoToLocal(s.lastDate)));
    m_period->setToolTip(tr("Period: first and last acceptance date"));
    m_customsValue->setText(tr("Customs value %1 %2")
                                .arg(locale.toString(s.customsValue, 'f', 2),
                                     report.workspace.settings.nationalCurrency));
    m_customsValue->setToolTip(tr("Sum of the customs value of all declaration items"));
    for (QWidget *field : std::as_const(m_fields))
        field->show();
}

} // namespace clearsight::ui
