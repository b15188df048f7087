#pragma once

#include "common/result.h"
#include "viewregistry.h"

#include <QMainWindow>
#include <QPointer>

#include <map>

class QActionGroup;
class QStackedWidget;

namespace clearsight {
struct AnalysisSummary;
struct DeclarationFilter;
struct WorkspaceReport;
}

namespace clearsight::ui {

class AnalysisRunAction;
class ImportWizard;
class NavigationPanel;
class RecentWorkspaces;
class WelcomePage;
class WorkspaceStatus;
class WorkspaceView;

struct MainWindowOptions {
    // Remember geometry, current view, last and recent workspaces in the settings. Off for
    // screenshots and tests.
    bool persistent = true;
};

// The frame: navigation on the left, the current view in the centre, workspace figures in the
// status bar, File/View/Help menus. It wires views and actions and holds no analysis logic.
// Files dropped on it are imported (a workspace file is opened).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Options = MainWindowOptions;

    explicit MainWindow(ViewRegistry registry, Options options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Checks and opens the workspace at `path` (core's workspace::open) and shows it in every
    // view. On error the window is unchanged and the error returned; nothing is shown.
    Status openWorkspace(const QString &path);
    QString workspacePath() const { return m_workspace; }

    // Selects a registered view; false for an unknown key.
    bool showView(const QString &key);
    QString currentViewKey() const { return m_currentView; }
    WorkspaceView *currentView() const;
    // A view already created (views are created when first shown); nullptr otherwise.
    WorkspaceView *view(const QString &key) const;
    NavigationPanel *navigation() const { return m_navigation; }

    // True when the status figures are read and the current view shows its data on screen.
    bool isSettled() const;

    // The File menu's commands, with their dialogs; errors are shown in message boxes.
    void openOrWarn(const QString &path);
    void newWorkspace();
    void openWorkspaceDialog();
    void openDemoWorkspace();
    // Opens the import wizard on the open workspace, on `filePath` if given (or raises the one
    // already open). nullptr when no workspace is open.
    ImportWizard *startImport(const QString &filePath = {});
    // Reads the workspace again in the status bar and every view (after an import).
    void refreshWorkspace();
    // The declarations view, showing only the rows in `scope`.
    void showDeclarations(const clearsight::DeclarationFilter &scope, const QString &description);
    // The quality view of one import batch (0: the whole store).
    void showQuality(qint64 batchId);
    // The valuation view on the peer group of declaration row `rowId`.
    void showValuation(qint64 rowId);
    // Analysis > Run analyses: runs them off the UI thread with a progress dialog, then reads
    // every view again.
    AnalysisRunAction *analysisRun() const { return m_analysisRun; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    WorkspaceView *ensureView(const ViewDescriptor &descriptor);
    void showCurrentPage();
    void distributeReport(const WorkspaceReport &report);
    void updateTitle();
    void openDroppedFile(const QString &path);
    void analysesFinished(const clearsight::AnalysisSummary &summary);

    ViewRegistry m_registry;
    Options m_options;
    NavigationPanel *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    WorkspaceStatus *m_status = nullptr;
    RecentWorkspaces *m_recent = nullptr;
    std::map<QString, WorkspaceView *> m_views;
    QString m_workspace;
    QString m_currentView;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_viewActions = nullptr;
    AnalysisRunAction *m_analysisRun = nullptr;
    QPointer<ImportWizard> m_importWizard;
};

} // namespace clearsight::ui
