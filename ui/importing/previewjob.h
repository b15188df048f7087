#pragma once

#include "ingest/importpreview.h"

#include <QObject>

#include <chrono>

class QTimer;

namespace clearsight::ui
{

// Reads import previews (core's previewImport) in a QtConcurrent task, so the wizard never
// waits for the file. Only the answer to the latest request is delivered: a setting changed
// while a preview was being read makes that preview obsolete.
class PreviewJob : public QObject
{
    Q_OBJECT
public:
    explicit PreviewJob(QObject *parent = nullptr);

    // Reads a preview after `delay` (a quick series of edits becomes one read).
    void request(const QString &workspacePath, const QString &filePath,
                 const PreviewOptions &options,
                 std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    // Drops any outstanding request.
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void ready(const clearsight::ImportPreview &preview);
    void failed(const QString &message);

private:
    void start();
    void setBusy(bool busy);

    QTimer *m_delay = nullptr;
    QString m_workspacePath;
    QString m_filePath;
    PreviewOptions m_options;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace clearsight::ui
