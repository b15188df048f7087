#pragma once

#include "common/result.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace clearsight
{
struct ImportSummary;
}

namespace clearsight::ui
{

struct ImportSession;
class ImportJob;

// Runs the import: progress in bytes, throughput, elapsed time and Cancel (the import then
// rolls back: nothing is stored). On success the wizard moves on to the summary; on failure
// the page says why and offers to import again anyway (a file imported before) or to change
// the settings.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportProgressPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const;
    // Asks the running import to stop; it rolls back.
    void cancelImport();

Q_SIGNALS:
    void imported(const clearsight::ImportSummary &summary);
    // The user wants to go back to the settings (after a failure or a cancel).
    void settingsRequested();

private:
    void start();
    void showProgress();
    void finish(const Result<ImportSummary> &result);
    double bytesPerRecord() const;

    ImportSession *m_session = nullptr;
    ImportJob *m_job = nullptr;
    QTimer *m_poll = nullptr;
    QElapsedTimer m_elapsed;
    QLabel *m_status = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_time = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_settings = nullptr;
    bool m_succeeded = false;
};

} // namespace clearsight::ui
