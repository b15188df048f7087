#include "importsettingspage.h"

#include "common/busyindicator.h"
#include "importchoices.h"
#include "importpreviewtable.h"
#include "importsession.h"
#include "previewjob.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clearsight::ui
{

namespace
{
using ProfilesResult = std::optional<Result<std::vector<ImportProfile>>>;

QLabel *createStatusLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ImportSettingsPage::ImportSettingsPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("How to read the file"));
    setSubTitle(tr("ClearSight has detected how the file is written. Change a setting if the "
                   "preview looks wrong: it shows the first records as they will be stored."));
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_job = new PreviewJob(this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    for (const EncodingChoice &choice : encodingChoices())
        m_encoding->addItem(choice.label, choice.name);
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("importSeparator"));
    for (const SeparatorChoice &choice : separatorChoices())
        m_separator->addItem(choice.label, int(choice.separator));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("importProfile"));
    fillProfiles();

    m_profileStatus = createStatusLabel(this, QStringLiteral("importProfileStatus"));
    m_rowsStatus = createStatusLabel(this, QStringLiteral("importRowsStatus"));
    m_error = createStatusLabel(this, QStringLiteral("importPreviewError"));
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(fontMetrics().height() / 3);
    m_error->hide();
    m_busy = new BusyIndicator(this);
    m_table = new ImportPreviewTable(this);
    m_table->setObjectName(QStringLiteral("importSettingsPreview"));

    for (QComboBox *combo : {m_encoding, m_separator, m_profile}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(28);
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(tr("&Profile:"), m_profile);
    auto *status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_rowsStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_profileStatus);
    layout->addWidget(m_error);
    layout->addLayout(status);
    layout->addWidget(m_table, 1);

    for (QComboBox *combo : {m_encoding, m_separator, m_profile}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            readChoices();
            refresh();
        });
    }
    connect(m_job, &PreviewJob::ready, this, &ImportSettingsPage::showPreview);
    connect(m_job, &PreviewJob::failed, this, &ImportSettingsPage::showFailure);
    connect(m_job, &PreviewJob::busyChanged, this, [this](bool busy) {
        m_busy->setRunning(busy);
        if (busy)
            m_rowsStatus->setText(tr("Reading the first records…"));
        Q_EMIT completeChanged();
    });
}

void ImportSettingsPage::initializePage()
{
    {
        const QSignalBlocker b1(m_encoding), b2(m_separator), b3(m_profile);
        selectComboData(m_encoding, m_session->encoding);
        selectComboData(m_separator, int(m_session->separator));
    }
    loadProfiles();
    fillProfiles();
    refresh();
}

bool ImportSettingsPage::isBusy() const
{
    return m_job->isBusy() || m_loadingProfiles;
}

bool ImportSettingsPage::isComplete() const
{
    if (m_job->isBusy() || m_failed || !m_session->preview)
        return false;
    // A profile chosen by name that does not fit the file cannot import it.
    return m_session->needsMapping() || m_session->preview->profileProblem.isEmpty();
}

int ImportSettingsPage::nextId() const
{
    return m_session->needsMapping() ? MappingPageId : ProgressPageId;
}

void ImportSettingsPage::loadProfiles()
{
    if (!m_session->profiles.empty() || m_loadingProfiles)
        return;
    m_loadingProfiles = true;
    auto *watcher = new QFutureWatcher<ProfilesResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_loadingProfiles = false;
        const ProfilesResult result = watcher->result();
        if (result && result->ok())
            m_session->profiles = result->value();
        fillProfiles();
    });
    watcher->setFuture(
        QtConcurrent::run([workspace = m_session->workspacePath]() -> ProfilesResult {
            return availableProfiles(workspace);
        }));
}

void ImportSettingsPage::fillProfiles()
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(m_detectedProfile.isEmpty() ? tr("Detected")
                                                   : tr("Detected: %1").arg(m_detectedProfile),
                       QString());
    for (const ImportProfile &profile : m_session->profiles) {
        const QString title = profile.title.isEmpty() ? profile.name : profile.title;
        m_profile->addItem(profile.builtIn ? title : tr("%1 (saved)").arg(title), profile.name);
    }
    m_profile->addItem(tr("Map columns myself"), QString());
    if (m_session->mapColumns)
        m_profile->setCurrentIndex(m_profile->count() - 1);
    else if (!selectComboData(m_profile, m_session->profileName))
        m_profile->setCurrentIndex(0);
}

void ImportSettingsPage::readChoices()
{
    m_session->encoding = m_encoding->currentData().toString();
    m_session->separator = char(m_separator->currentData().toInt());
    m_session->mapColumns = m_profile->currentIndex() == m_profile->count() - 1;
    m_session->profileName =
        m_session->mapColumns ? QString() : m_profile->currentData().toString();
}

void ImportSettingsPage::refresh()
{
    m_failed = false;
    m_error->hide();
    m_job->request(m_session->workspacePath, m_session->filePath, m_session->previewOptions());
    updateCommit();
}

void ImportSettingsPage::showPreview(const ImportPreview &preview)
{
    m_session->preview = preview;
    m_table->setPreview(preview);
    // The "Detected" entries say what detection found, while the setting is left to it.
    if (m_session->encoding.isEmpty())
        m_encoding->setItemText(0, tr("Detected: %1").arg(preview.encoding));
    if (m_session->separator == 0)
        m_separator->setItemText(0, tr("Detected: %1").arg(separatorLabel(preview.separator)));
    if (m_session->profileName.isEmpty()) {
        m_detectedProfile = preview.profile
                                ? (preview.profile->title.isEmpty() ? preview.profile->name
                                                                    : preview.profile->title)
                                : tr("none fits");
        m_profile->setItemText(0, tr("Detected: %1").arg(m_detectedProfile));
    }
    qsizetype rejected = 0;
    for (const PreviewRow &row : preview.rows)
        rejected += row.rejection.isEmpty() ? 0 : 1;
    if (preview.rows.empty())
        m_rowsStatus->setText(tr("The file has a header but no records."));
    else if (!preview.profile)
        m_rowsStatus->setText(tr("The first records as written in the file:"));
    else if (rejected == 0)
        m_rowsStatus->setText(tr("The first records as they will be stored:"));
    else
        m_rowsStatus->setText(tr("The first records as they will be stored. Rejected records "
                                 "are shaded (%1 of %2; the reason is in their tooltip):")
                                  .arg(rejected)
                                  .arg(preview.rows.size()));
    showProfileStatus();
    updateCommit();
}

void ImportSettingsPage::showFailure(const QString &message)
{
    m_failed = true;
    m_session->preview.reset();
    m_table->clear();
    m_rowsStatus->clear();
    m_profileStatus->clear();
    m_error->setText(tr("The file cannot be read: %1").arg(message));
    m_error->show();
    updateCommit();
}

void ImportSettingsPage::showProfileStatus()
{
    const std::optional<ImportPreview> &preview = m_session->preview;
    if (m_session->mapColumns) {
        m_profileStatus->setText(tr("You map the file's columns on the next page."));
    } else if (preview && !preview->profile) {
        m_profileStatus->setText(tr("No known layout fits this file: you map its columns on the "
                                    "next page."));
        m_profileStatus->setToolTip(preview->profileProblem);
    } else if (preview && !preview->profileProblem.isEmpty()) {
        m_profileStatus->setText(
            tr("The profile does not fit this file: %1").arg(preview->profileProblem));
    } else if (preview) {
        m_profileStatus->setText(tr("The file will be read with the profile “%1” (%2).")
                                     .arg(preview->profile->title, preview->profile->name));
        m_profileStatus->setToolTip({});
    }
}

void ImportSettingsPage::updateCommit()
{
    // Straight to the import when no mapping is needed: the button then says so.
    setCommitPage(!m_session->needsMapping());
    Q_EMIT completeChanged();
}

} // namespace clearsight::ui
