#include "analysisrunaction.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui
{

namespace
{
constexpr int kProgressSteps = 1000;
}

QString analysisSummaryText(const AnalysisSummary &summary)
{
    qint64 flags = 0;
    for (const FlagKindSummary &kind : summary.byKind)
        flags += kind.flags;
    const QLocale locale;
    return AnalysisRunAction::tr("Analyses finished: %1 flags on %2 declaration items, %3 "
                                 "traders ranked, in %4 s")
        .arg(locale.toString(flags), locale.toString(summary.rows),
             locale.toString(summary.traders), locale.toString(summary.seconds, 'f', 1));
}

AnalysisRunAction::AnalysisRunAction(QWidget *window) : QObject(window), m_window(window)
{
    m_action =
        new QAction(QIcon(QStringLiteral(":/icons/run-analyses.svg")), tr("&Run analyses"), this);
    m_action->setObjectName(QStringLiteral("runAnalysesAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_action->setStatusTip(tr("Run every analysis on the workspace: valuation, weight, "
                              "Incoterms and the trader ranking"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &AnalysisRunAction::run);
}

AnalysisRunAction::~AnalysisRunAction()
{
    // A run still going is cancelled and waited for: it writes to the workspace.
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void AnalysisRunAction::setWorkspace(const QString &path)
{
    m_workspace = path;
    m_action->setEnabled(!path.isEmpty() && !isRunning());
}

void AnalysisRunAction::run()
{
    if (m_workspace.isEmpty() || isRunning())
        return;
    m_action->setEnabled(false);
    m_progress =
        new QProgressDialog(tr("Running the analyses…"), tr("Cancel"), 0, kProgressSteps, m_window);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setWindowTitle(tr("Run analyses"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress.data(),
            &QProgressDialog::setValue);
    connect(m_progress.data(), &QProgressDialog::canceled, m_watcher, &QFutureWatcherBase::cancel);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &AnalysisRunAction::onFinished);
    m_watcher->setFuture(QtConcurrent::run([path = m_workspace](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, kProgressSteps);
        Result<AnalysisSummary> result = runAnalyses(path, [&promise](qint64 done, qint64 total) {
            if (promise.isCanceled())
                return false;
            const qint64 scaled = total > 0 ? done * kProgressSteps / total : done;
            promise.setProgressValue(int(std::clamp<qint64>(scaled, 0, kProgressSteps)));
            return true;
        });
        promise.addResult(Outcome(std::move(result)));
    }));
}

void AnalysisRunAction::onFinished()
{
    QFutureWatcher<Outcome> *watcher = m_watcher;
    m_watcher = nullptr;
    watcher->deleteLater();
    const QFuture<Outcome> future = watcher->future();
    const bool cancelledByUser = future.isCanceled() || future.resultCount() == 0;
    const Outcome outcome = cancelledByUser ? Outcome() : future.result();
    if (m_progress) {
        // Closing the dialog reports a cancel: not to the finished job.
        m_progress->disconnect(watcher);
        m_progress->close();
        m_progress->deleteLater();
    }
    m_action->setEnabled(!m_workspace.isEmpty());
    if (cancelledByUser) {
        Q_EMIT cancelled();
        return;
    }
    if (!outcome || !outcome->ok()) {
        if (outcome && outcome->error().code == Error::Code::Cancelled) {
            Q_EMIT cancelled();
            return;
        }
        QMessageBox::warning(m_window, tr("Run analyses"),
                             tr("The analyses could not run: %1")
                                 .arg(outcome ? outcome->error().message : QString()));
        return;
    }
    Q_EMIT finished(outcome->value());
}

} // namespace clearsight::ui
