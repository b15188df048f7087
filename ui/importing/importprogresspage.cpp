#include "importprogresspage.h"

#include "importjob.h"
#include "importsession.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace clearsight::ui
{

namespace
{
QString clockText(qint64 milliseconds)
{
    const qint64 seconds = milliseconds / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ImportProgressPage::ImportProgressPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Importing"));
    m_job = new ImportJob(this);
    m_poll = new QTimer(this);
    m_poll->setInterval(200);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importProgressStatus"));
    m_status->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, 1000);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("importProgressFigures"));
    m_figures->setWordWrap(true);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("importProgressTime"));
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setToolTip(tr("Stop the import; nothing of this file is stored"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importProgressResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_again = new QPushButton(tr("Import &again anyway"), this);
    m_again->setObjectName(QStringLiteral("importAgainAnyway"));
    m_settings = new QPushButton(tr("Change the &settings"), this);
    m_settings->setObjectName(QStringLiteral("importChangeSettings"));

    auto *cancelRow = new QHBoxLayout;
    cancelRow->addStretch(1);
    cancelRow->addWidget(m_cancel);
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_again);
    retryRow->addWidget(m_settings);
    retryRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_figures);
    layout->addWidget(m_time);
    layout->addLayout(cancelRow);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_result);
    layout->addLayout(retryRow);
    layout->addStretch(1);

    connect(m_poll, &QTimer::timeout, this, &ImportProgressPage::showProgress);
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressPage::cancelImport);
    connect(m_job, &ImportJob::finished, this, &ImportProgressPage::finish);
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_session->force = true;
        start();
    });
    connect(m_settings, &QPushButton::clicked, this, &ImportProgressPage::settingsRequested);
}

void ImportProgressPage::initializePage()
{
    setSubTitle(tr("%1 into %2")
                    .arg(QFileInfo(m_session->filePath).fileName(),
                         QFileInfo(m_session->workspacePath).fileName()));
    start();
}

bool ImportProgressPage::isComplete() const
{
    return m_succeeded;
}

int ImportProgressPage::nextId() const
{
    return SummaryPageId;
}

bool ImportProgressPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportProgressPage::start()
{
    m_succeeded = false;
    m_session->summary.reset();
    m_status->setText(tr("Reading and storing the records…"));
    m_bar->setValue(0);
    m_figures->clear();
    m_time->clear();
    m_result->clear();
    m_again->hide();
    m_settings->hide();
    m_cancel->setEnabled(true);
    m_cancel->show();
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    m_elapsed.start();
    m_job->start(m_session->workspacePath, m_session->filePath, m_session->importOptions(),
                 m_session->profileToSave());
    m_poll->start();
    Q_EMIT completeChanged();
}

void ImportProgressPage::cancelImport()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: undoing what was stored…"));
}

double ImportProgressPage::bytesPerRecord() const
{
    // From the records the preview read: an estimate, as the records further on may differ.
    if (!m_session->preview || m_session->preview->rows.empty())
        return 0;
    qint64 bytes = 0;
    for (const PreviewRow &row : m_session->preview->rows) {
        bytes += qint64(row.source.size()); // separators and the line end
        for (const QString &field : row.source)
            bytes += field.toUtf8().size();
    }
    const double factor =
        m_session->preview->encoding.startsWith(QLatin1StringView("utf-16")) ? 2 : 1;
    return factor * double(bytes) / double(m_session->preview->rows.size());
}

void ImportProgressPage::showProgress()
{
    const qint64 done = m_job->doneBytes();
    const qint64 total = m_job->totalBytes();
    const qint64 elapsed = m_elapsed.elapsed();
    const QLocale locale;
    if (total > 0)
        m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    const double seconds = double(elapsed) / 1000.0;
    const double bytesPerSecond = seconds > 0.2 ? double(done) / seconds : 0;
    QString figures =
        tr("%1 of %2 read").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
    if (bytesPerSecond > 0) {
        figures += tr(" · %1/s").arg(locale.formattedDataSize(qint64(bytesPerSecond)));
        const double perRecord = bytesPerRecord();
        if (perRecord > 0) {
            figures += tr(" · about %1 records/s (estimated from the size of the first records)")
                           .arg(locale.toString(qint64(bytesPerSecond / perRecord)));
        }
    }
    m_figures->setText(figures);
    QString time = tr("Elapsed %1").arg(clockText(elapsed));
    if (total > 0 && done >= total && !m_job->isCancelRequested()) {
        m_status->setText(tr("Finishing: indexes, duplicates and the commit…"));
    } else if (bytesPerSecond > 0 && total > done) {
        time += tr(" · about %1 left")
                    .arg(clockText(qint64(double(total - done) / bytesPerSecond * 1000)));
    }
    m_time->setText(time);
}

void ImportProgressPage::finish(const Result<ImportSummary> &result)
{
    m_poll->stop();
    showProgress();
    m_cancel->hide();
    setButtonText(QWizard::CancelButton, tr("&Close"));
    if (result) {
        m_succeeded = true;
        m_bar->setValue(1000);
        m_status->setText(tr("Imported."));
        m_session->summary = result.value();
        Q_EMIT imported(result.value());
        Q_EMIT completeChanged();
        // On to the summary, once this slot has returned.
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        });
        return;
    }
    const Error &error = result.error();
    m_bar->setValue(0);
    switch (error.code) {
    case Error::Code::Cancelled:
        m_status->setText(tr("Import cancelled."));
        m_result->setText(tr("The import was cancelled and rolled back: nothing was stored."));
        break;
    case Error::Code::AlreadyImported:
        m_status->setText(tr("Not imported: this file was imported before."));
        m_result->setText(tr("%1\nImporting it again stores its records a second time (they are "
                             "marked as duplicates).")
                              .arg(error.message));
        m_again->show();
        break;
    default:
        m_status->setText(tr("The import failed; nothing was stored."));
        m_result->setText(error.message);
        break;
    }
    m_settings->show();
    Q_EMIT completeChanged();
}

} // namespace clearsight::ui
