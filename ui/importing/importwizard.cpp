#include "importwizard.h"

#include "importfilepage.h"
#include "importmappingpage.h"
#include "importprogresspage.h"
#include "importsettingspage.h"
#include "importsummarypage.h"

#include <QFileInfo>

namespace clearsight::ui
{

ImportWizard::ImportWizard(const QString &workspacePath, const QString &filePath, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import declarations"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_session.workspacePath = workspacePath;
    m_session.filePath = filePath.isEmpty() ? QString() : QFileInfo(filePath).absoluteFilePath();

    m_filePage = new ImportFilePage(&m_session, this);
    m_settingsPage = new ImportSettingsPage(&m_session, this);
    m_mappingPage = new ImportMappingPage(&m_session, this);
    m_progressPage = new ImportProgressPage(&m_session, this);
    m_summaryPage = new ImportSummaryPage(&m_session, this);
    setPage(FilePageId, m_filePage);
    setPage(SettingsPageId, m_settingsPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);

    // Wide enough for the preview and the mapping table.
    const int charWidth = fontMetrics().averageCharWidth();
    resize(charWidth * 130, fontMetrics().height() * 42);

    connect(m_progressPage, &ImportProgressPage::imported, this, &ImportWizard::imported);
    connect(m_progressPage, &ImportProgressPage::settingsRequested, this,
            &ImportWizard::returnToSettings);
    connect(m_summaryPage, &ImportSummaryPage::qualityRequested, this, [this](qint64 batchId) {
        accept();
        Q_EMIT qualityRequested(batchId);
    });

    if (QFileInfo(m_session.filePath).isFile()) {
        restart();
        next();
    }
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::isImporting() const
{
    return m_progressPage->isRunning();
}

void ImportWizard::reject()
{
    if (isImporting()) {
        m_progressPage->cancelImport();
        return;
    }
    QWizard::reject();
}

void ImportWizard::returnToSettings()
{
    m_session.force = false;
    restart();
    next();
}

} // namespace clearsight::ui
