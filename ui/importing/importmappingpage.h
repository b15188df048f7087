#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clearsight
{
struct ImportPreview;
}

namespace clearsight::ui
{

struct ImportSession;
class BusyIndicator;
class ImportPreviewTable;
class MappingEditor;
class PreviewJob;

// The user's own mapping, when no profile fits the file (or the user wants to map): a source
// column per canonical column, the live preview of the records read that way, and a name under
// which the mapping is saved in the workspace (imports and `--profile NAME` then find it).
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportMappingPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    MappingEditor *editor() const { return m_editor; }
    ImportPreviewTable *previewTable() const { return m_table; }
    QLineEdit *profileNameEdit() const { return m_name; }
    bool isBusy() const;

private:
    void refresh();
    void showPreview(const ImportPreview &preview);
    void showNameStatus();
    void saveProfile();
    QString profileName() const;
    QString nameProblem() const;

    ImportSession *m_session = nullptr;
    PreviewJob *m_job = nullptr;
    MappingEditor *m_editor = nullptr;
    ImportPreviewTable *m_table = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_previewStatus = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_nameStatus = nullptr;
    QStringList m_header; // the header the editor was set up for
    bool m_saving = false;
};

} // namespace clearsight::ui
