#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace clearsight
{
struct ImportPreview;
}

namespace clearsight::ui
{

struct ImportSession;
class BusyIndicator;
class ImportPreviewTable;
class PreviewJob;

// How to read the file: encoding, separator and profile, each detected and open to change,
// and the first records as they would be stored. Every change reads a new preview off the UI
// thread. Leads to the mapping page when no profile fits (or the user wants to map), else
// straight to the import.
class ImportSettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportSettingsPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isBusy() const;
    ImportPreviewTable *previewTable() const { return m_table; }

private:
    void loadProfiles();
    void fillProfiles();
    void readChoices();
    void refresh();
    void showPreview(const ImportPreview &preview);
    void showFailure(const QString &message);
    void showProfileStatus();
    void updateCommit();

    ImportSession *m_session = nullptr;
    PreviewJob *m_job = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_separator = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_profileStatus = nullptr;
    QLabel *m_rowsStatus = nullptr;
    QLabel *m_error = nullptr;
    BusyIndicator *m_busy = nullptr;
    ImportPreviewTable *m_table = nullptr;
    bool m_loadingProfiles = false;
    bool m_failed = false;
    QString m_detectedProfile; // title of the profile detection chose, empty: none fits
};

} // namespace clearsight::ui
