#include "workspacedialogs.h"

#include "common/appsettings.h"
#include "demo/demoworkspace.h"
#include "demoworkspacejob.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace clearsight::ui
{

namespace
{
QString workspaceFileFilter()
{
    return QCoreApplication::translate("WorkspaceDialogs",
                                       "ClearSight workspaces (*.clearsight);;All files (*)");
}

// Where file dialogs start: beside the last workspace, else the documents folder.
QString startFolder()
{
    const QString last = appsettings::lastWorkspace();
    if (!last.isEmpty() && QFileInfo(last).dir().exists())
        return QFileInfo(last).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

FirstStartChoice askFirstStart(QWidget *parent)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(QCoreApplication::translate("WorkspaceDialogs", "Welcome to ClearSight"));
    box.setText(QCoreApplication::translate("WorkspaceDialogs", "No workspace is open yet."));
    box.setInformativeText(
        QCoreApplication::translate(
            "WorkspaceDialogs",
            "The demo workspace holds a year of invented import and export declarations "
            "(%1 declaration items) with planted anomalies: a safe place to try every view. "
            "It is built once, in %2; that takes a minute or two.")
            .arg(QLocale().toString(demoWorkspaceRows),
                 QDir::toNativeSeparators(QFileInfo(defaultDemoWorkspacePath()).absolutePath())));
    QPushButton *demo =
        box.addButton(QCoreApplication::translate("WorkspaceDialogs", "Open the demo workspace"),
                      QMessageBox::AcceptRole);
    QPushButton *open =
        box.addButton(QCoreApplication::translate("WorkspaceDialogs", "Open a workspace…"),
                      QMessageBox::ActionRole);
    box.addButton(QCoreApplication::translate("WorkspaceDialogs", "Not now"),
                  QMessageBox::RejectRole);
    box.setDefaultButton(demo);
    box.exec();
    if (box.clickedButton() == demo)
        return FirstStartChoice::OpenDemo;
    if (box.clickedButton() == open)
        return FirstStartChoice::OpenWorkspace;
    return FirstStartChoice::Later;
}

QString askWorkspaceToOpen(QWidget *parent)
{
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("WorkspaceDialogs", "Open workspace"), startFolder(),
        workspaceFileFilter());
}

QString askNewWorkspace(QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("WorkspaceDialogs", "New workspace"),
        QDir(startFolder())
            .filePath(QCoreApplication::translate("WorkspaceDialogs", "workspace") +
                      QStringLiteral(".clearsight")),
        workspaceFileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".clearsight");
    if (QFileInfo::exists(path)) {
        // Never replace a file: it may be a workspace full of work.
        QMessageBox::warning(
            parent, QCoreApplication::translate("WorkspaceDialogs", "New workspace"),
            QCoreApplication::translate("WorkspaceDialogs",
                                        "%1 already exists. Choose another name, or open it with "
                                        "File > Open workspace.")
                .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    const Result<WorkspaceInfo> created = workspace::create(path);
    if (!created) {
        showWorkspaceError(parent, path, created.error().message);
        return {};
    }
    return path;
}

QString prepareDemoWorkspace(QWidget *parent)
{
    const QString path = defaultDemoWorkspacePath();
    if (QFileInfo::exists(path))
        return path;
    const Result<WorkspaceInfo> built = buildDemoWorkspaceWithProgress(parent, path);
    if (built)
        return path;
    if (built.error().code != Error::Code::Cancelled) {
        QMessageBox box(QMessageBox::Critical,
                        QCoreApplication::translate("WorkspaceDialogs", "Demo workspace"),
                        QCoreApplication::translate("WorkspaceDialogs",
                                                    "The demo workspace could not be built."),
                        QMessageBox::Ok, parent);
        box.setInformativeText(built.error().message);
        box.exec();
    }
    return {};
}

void showWorkspaceError(QWidget *parent, const QString &path, const QString &message)
{
    QMessageBox box(
        QMessageBox::Critical,
        QCoreApplication::translate("WorkspaceDialogs", "Cannot open workspace"),
        QCoreApplication::translate("WorkspaceDialogs", "The workspace %1 cannot be opened.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).fileName())),
        QMessageBox::Ok, parent);
    box.setInformativeText(message);
    box.exec();
}

} // namespace clearsight::ui
