#pragma once

#include "importsession.h"

#include <QWizard>

namespace clearsight::ui
{

class ImportFilePage;
class ImportMappingPage;
class ImportProgressPage;
class ImportSettingsPage;
class ImportSummaryPage;

// Imports a declaration file into a workspace, step by step: the file, how to read it (with a
// preview), the mapping when no profile fits, the import itself with progress and Cancel, and
// a summary. All file work runs off the UI thread.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    // Starts on the settings page when `filePath` names a file (a file dropped on the window).
    explicit ImportWizard(const QString &workspacePath, const QString &filePath = {},
                          QWidget *parent = nullptr);
    ~ImportWizard() override;

    const ImportSession &session() const { return m_session; }
    bool isImporting() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportSettingsPage *settingsPage() const { return m_settingsPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportProgressPage *progressPage() const { return m_progressPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }

    // While the import runs, Cancel, Escape and closing the window cancel the import (which
    // rolls back) instead of closing.
    void reject() override;

Q_SIGNALS:
    // The store changed: views showing the workspace should read it again.
    void imported(const clearsight::ImportSummary &summary);
    // The user asked for the quality view of the new batch; the wizard has closed.
    void qualityRequested(qint64 batchId);

private:
    void returnToSettings();

    ImportSession m_session;
    ImportFilePage *m_filePage = nullptr;
    ImportSettingsPage *m_settingsPage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportProgressPage *m_progressPage = nullptr;
    ImportSummaryPage *m_summaryPage = nullptr;
};

} // namespace clearsight::ui
