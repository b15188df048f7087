#pragma once

#include "ingest/importer.h"
#include "ingest/importprofile.h"

#include <QObject>

#include <memory>
#include <optional>

namespace clearsight::ui
{

// One import (core's importFile) in a QtConcurrent task. Progress is read from shared atomics
// (the worker never touches a widget); cancel() asks the import to stop, after which it rolls
// back and reports Error::Code::Cancelled. A profile made in the wizard is saved first, in the
// same task, because the import finds profiles by name.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void start(const QString &workspacePath, const QString &filePath, const ImportOptions &options,
               const std::optional<ImportProfile> &profileToSave = std::nullopt);
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelRequested() const;
    qint64 doneBytes() const;
    qint64 totalBytes() const;

Q_SIGNALS:
    void finished(const clearsight::Result<clearsight::ImportSummary> &result);

private:
    struct State;
    std::shared_ptr<State> m_state;
    bool m_running = false;
};

} // namespace clearsight::ui
