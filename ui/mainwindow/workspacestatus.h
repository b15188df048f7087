#pragma once

#include "report/statsreport.h"

#include <QList>
#include <QObject>

#include <optional>

class QLabel;
class QStatusBar;

namespace clearsight::ui {

// The workspace's headline figures in the status bar: declaration items, declarations,
// traders, period, customs value. Read with readWorkspaceReport in a QtConcurrent task, so a
// large workspace never freezes the window.
class WorkspaceStatus : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceStatus(QStatusBar *statusBar);

    // Starts reading the figures of the workspace at `path`; empty clears them.
    void setWorkspace(const QString &path);
    bool isReading() const { return m_reading; }
    const std::optional<WorkspaceReport> &report() const { return m_report; }

Q_SIGNALS:
    void reportReady(const clearsight::WorkspaceReport &report);

private:
    void show(const WorkspaceReport &report);
    void clear();

    QStatusBar *m_statusBar = nullptr;
    QLabel *m_items = nullptr;
    QLabel *m_declarations = nullptr;
    QLabel *m_traders = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_customsValue = nullptr;
    QList<QWidget *> m_fields; // the labels and the separators between them
    QString m_path;
    quint64 m_generation = 0;
    bool m_reading = false;
    std::optional<WorkspaceReport> m_report;
};

} // namespace clearsight::ui
