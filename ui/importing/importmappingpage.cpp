#include "importmappingpage.h"

#include "common/busyindicator.h"
#include "importpreviewtable.h"
#include "importsession.h"
#include "mappingeditor.h"
#include "previewjob.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui
{

namespace
{
using SaveResult = std::optional<Status>;

// "Déclarations 2024 (export).csv" -> "déclarations-2024-export": a name to start from.
QString suggestedProfileName(const QString &filePath)
{
    QString name = QFileInfo(filePath).completeBaseName().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return name.isEmpty() ? QStringLiteral("my-layout") : name;
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Map the file's columns"));
    setSubTitle(tr("For each ClearSight column, choose the column of the file that holds it. The "
                   "declaration reference and the date are required; columns left unmapped are "
                   "kept with each row as extra source columns."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_job = new PreviewJob(this);
    m_editor = new MappingEditor(this);
    m_editor->setObjectName(QStringLiteral("mappingEditor"));
    m_table = new ImportPreviewTable(this);
    m_table->setObjectName(QStringLiteral("mappingPreview"));
    m_busy = new BusyIndicator(this);
    m_previewStatus = new QLabel(this);
    m_previewStatus->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("mappingProfileName"));
    m_name->setPlaceholderText(tr("Profile name"));
    m_name->setToolTip(tr("The mapping is saved in the workspace under this name: later files "
                          "with the same columns are recognised, and the command line finds it "
                          "with --profile NAME."));
    m_save = new QPushButton(tr("&Save as profile"), this);
    m_save->setObjectName(QStringLiteral("mappingSaveProfile"));
    m_nameStatus = new QLabel(this);
    m_nameStatus->setObjectName(QStringLiteral("mappingProfileStatus"));
    m_nameStatus->setWordWrap(true);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(m_busy);
    previewHeader->addWidget(m_previewStatus, 1);
    previewLayout->addLayout(previewHeader);
    previewLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *nameRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("Profile &name:"), this);
    nameLabel->setBuddy(m_name);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(nameRow);
    layout->addWidget(m_nameStatus);

    connect(m_editor, &MappingEditor::mappingChanged, this, [this] {
        refresh();
        Q_EMIT completeChanged();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        showNameStatus();
        Q_EMIT completeChanged();
    });
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
    connect(m_job, &PreviewJob::ready, this, &ImportMappingPage::showPreview);
    connect(m_job, &PreviewJob::failed, this, [this](const QString &message) {
        m_table->clear();
        m_previewStatus->setText(tr("The file cannot be read: %1").arg(message));
    });
    connect(m_job, &PreviewJob::busyChanged, m_busy, &BusyIndicator::setRunning);
}

void ImportMappingPage::initializePage()
{
    const std::optional<ImportPreview> &preview = m_session->preview;
    if (preview && preview->header != m_header) {
        m_header = preview->header;
        m_editor->setSource(preview->header, preview->normalisedHeader, preview->rows);
        m_editor->startFrom(preview->profile);
    }
    if (m_name->text().isEmpty())
        m_name->setText(suggestedProfileName(m_session->filePath));
    showNameStatus();
    refresh();
}

bool ImportMappingPage::isBusy() const
{
    return m_job->isBusy() || m_saving;
}

QString ImportMappingPage::profileName() const
{
    return m_name->text().trimmed();
}

QString ImportMappingPage::nameProblem() const
{
    if (profileName().isEmpty())
        return tr("Give the mapping a name: it is saved in the workspace before the import.");
    if (builtInProfile(profileName()))
        return tr("“%1” is the name of a built-in profile; choose another.").arg(profileName());
    return {};
}

bool ImportMappingPage::isComplete() const
{
    return m_editor->isMapped(CanonicalColumn::DeclarationId) &&
           m_editor->isMapped(CanonicalColumn::Date) && nameProblem().isEmpty() && !m_saving;
}

bool ImportMappingPage::validatePage()
{
    m_session->mapping = m_editor->profile(profileName());
    return true;
}

int ImportMappingPage::nextId() const
{
    return ProgressPageId;
}

void ImportMappingPage::refresh()
{
    if (m_session->filePath.isEmpty())
        return;
    PreviewOptions options = m_session->previewOptions();
    options.profileName.clear();
    options.profile = m_editor->profile(profileName());
    m_job->request(m_session->workspacePath, m_session->filePath, options,
                   std::chrono::milliseconds(150));
}

void ImportMappingPage::showPreview(const ImportPreview &preview)
{
    m_table->setPreview(preview);
    m_editor->showExamples(preview);
    qsizetype rejected = 0;
    for (const PreviewRow &row : preview.rows)
        rejected += row.rejection.isEmpty() ? 0 : 1;
    if (!m_editor->isMapped(CanonicalColumn::DeclarationId) ||
        !m_editor->isMapped(CanonicalColumn::Date))
        m_previewStatus->setText(tr("Choose the columns holding the declaration reference and "
                                    "the date."));
    else if (rejected > 0)
        m_previewStatus->setText(tr("The first records read with this mapping. Rejected records "
                                    "are shaded (%1 of %2; the reason is in their tooltip):")
                                     .arg(rejected)
                                     .arg(preview.rows.size()));
    else
        m_previewStatus->setText(tr("The first records read with this mapping:"));
}

void ImportMappingPage::showNameStatus()
{
    const QString problem = nameProblem();
    m_save->setEnabled(problem.isEmpty() && !m_saving);
    if (!problem.isEmpty()) {
        m_nameStatus->setText(problem);
        return;
    }
    for (const ImportProfile &profile : m_session->profiles) {
        if (!profile.builtIn && profile.name == profileName()) {
            m_nameStatus->setText(tr("Saving replaces the saved profile “%1”.").arg(profile.name));
            return;
        }
    }
    m_nameStatus->setText(
        tr("The mapping is saved as “%1” when the import starts.").arg(profileName()));
}

void ImportMappingPage::saveProfile()
{
    if (!nameProblem().isEmpty())
        return;
    const ImportProfile profile = m_editor->profile(profileName());
    m_saving = true;
    m_save->setEnabled(false);
    Q_EMIT completeChanged();
    auto *watcher = new QFutureWatcher<SaveResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, profile] {
        watcher->deleteLater();
        m_saving = false;
        const SaveResult result = watcher->result();
        showNameStatus();
        Q_EMIT completeChanged();
        if (!result || !result->ok()) {
            m_nameStatus->setText(tr("The profile could not be saved: %1")
                                      .arg(result ? result->error().message : QString()));
            return;
        }
        std::erase_if(m_session->profiles,
                      [&](const ImportProfile &p) { return !p.builtIn && p.name == profile.name; });
        m_session->profiles.push_back(profile);
        m_nameStatus->setText(tr("Saved as “%1”: later imports recognise files with these "
                                 "columns, and the command line finds it with --profile %1.")
                                  .arg(profile.name));
    });
    watcher->setFuture(
        QtConcurrent::run([workspace = m_session->workspacePath, profile]() -> SaveResult {
            return saveImportProfile(workspace, profile);
        }));
}

} // namespace clearsight::ui
