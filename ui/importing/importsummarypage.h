#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace clearsight::ui
{

struct ImportSession;

// What the import did: records read, stored and rejected, items, findings and duplicates, how
// the file was read, its warnings and the time it took; and the way on to the quality view of
// the new batch (which lists the rejects).
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportSummaryPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; }

Q_SIGNALS:
    // The user asked for the quality view of the new batch.
    void qualityRequested(qint64 batchId);

private:
    ImportSession *m_session = nullptr;
    QLabel *m_read = nullptr;
    QLabel *m_stored = nullptr;
    QLabel *m_rejected = nullptr;
    QLabel *m_items = nullptr;
    QLabel *m_findings = nullptr;
    QLabel *m_duplicates = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_time = nullptr;
    QPlainTextEdit *m_warnings = nullptr;
    QPushButton *m_quality = nullptr;
    QPushButton *m_rejects = nullptr;
};

} // namespace clearsight::ui
