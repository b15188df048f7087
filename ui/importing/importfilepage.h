#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QMimeData;

namespace clearsight::ui
{

struct ImportSession;

// The first page: which file to import. A file dialog, a path field, or a file dropped on the
// page; shows the file's name and size.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    ImportFilePage(ImportSession *session, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void showFileInfo();

    ImportSession *m_session = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_info = nullptr;
};

// The local file a drag carries, if it carries exactly one; empty otherwise.
QString droppedLocalFile(const QMimeData *mime);

} // namespace clearsight::ui
