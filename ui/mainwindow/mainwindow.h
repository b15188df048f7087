#pragma once

#include "common/appsettings.h"
#include "common/result.h"
#include "viewregistry.h"

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QLabel;
class QStackedWidget;
class QToolBar;

namespace clearsight
{
struct AnalysisSummary;
struct DeclarationFilter;
struct WorkspaceReport;
} // namespace clearsight

namespace clearsight::ui
{

class AnalysisRunAction;
class ImportWizard;
class NavigationPanel;
class RecentWorkspaces;
class SearchBox;
class ViewNavigator;
class ViewTabs;
class WelcomePage;
class WorkspaceStatus;
class WorkspaceView;

struct MainWindowOptions {
    // Remember geometry, open tabs, last and recent workspaces in the settings. Off for
    // screenshots and tests.
    bool persistent = true;
};

// The frame: navigation on the left, the open views in tabs in the centre, back/forward and the
// search box in the toolbar, workspace figures in the status bar, the menus. It wires views and
// actions and holds no analysis logic. Files dropped on it are imported (a workspace file is
// opened).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Options = MainWindowOptions;

    explicit MainWindow(ViewRegistry registry, Options options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Checks and opens the workspace at `path` (core's workspace::open) and shows it in every
    // view. The first workspace opened brings the tabs of the last session (when it was the
    // same workspace) or the first view. On error the window is unchanged and the error
    // returned; nothing is shown.
    Status openWorkspace(const QString &path);
    QString workspacePath() const { return m_workspace; }

    // Opens the tab of a view key ("declarations", "trader:TR300") or switches to it, as a
    // step of the back/forward history. Before a workspace is open the key is remembered and
    // its tab opens with the workspace. False for a key the registry cannot resolve.
    bool showView(const QString &key);
    QString currentViewKey() const;
    WorkspaceView *currentView() const;
    // The view of an open tab; nullptr otherwise.
    WorkspaceView *view(const QString &key) const;
    NavigationPanel *navigation() const { return m_navigation; }
    ViewTabs *tabs() const { return m_tabs; }
    ViewNavigator *navigator() const { return m_navigator; }
    SearchBox *searchBox() const { return m_search; }
    const ViewRegistry &registry() const { return m_registry; }

    // Back and forward through the views and filters shown (Alt+Left, Alt+Right).
    bool goBack();
    bool goForward();
    void closeCurrentTab();
    // Puts the keyboard in the toolbar's search box (Ctrl+K).
    void focusSearch();

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

    // Drill-downs, each a step of the history.
    // The declarations view, showing only the rows in `scope`.
    void showDeclarations(const clearsight::DeclarationFilter &scope, const QString &description);
    // The declarations view searching for the items of an HS code (its prefix).
    void showHsCode(const QString &code);
    // The trader's own view ("trader:<id>") when one is registered, else its declarations.
    void openTrader(const QString &traderId);
    // The quality view of one import batch (0: the whole store).
    void showQuality(qint64 batchId);
    // The valuation view on the peer group of declaration row `rowId`.
    void showValuation(qint64 rowId);

    // Analysis > Run analyses: runs them off the UI thread with a progress dialog, then reads
    // every view again.
    AnalysisRunAction *analysisRun() const { return m_analysisRun; }

    // Help menu.
    void showUserGuide();
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    // The mouse's back and forward buttons, wherever they are pressed in the window.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // mainwindowactions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void updateHistoryActions();
    void updateFindShortcut();

    void wireView(WorkspaceView *view);
    void openFirstTabs();
    void currentTabChanged();
    void updateCentralPage();
    void distributeReport(const WorkspaceReport &report);
    void updateTitle();
    void openDroppedFile(const QString &path);
    void exportCurrentView();
    void analysesFinished(const clearsight::AnalysisSummary &summary);
    void saveSession() const;

    ViewRegistry m_registry;
    Options m_options;
    NavigationPanel *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QLabel *m_noTabs = nullptr;
    ViewTabs *m_tabs = nullptr;
    ViewNavigator *m_navigator = nullptr;
    SearchBox *m_search = nullptr;
    QToolBar *m_toolBar = nullptr;
    WorkspaceStatus *m_status = nullptr;
    RecentWorkspaces *m_recent = nullptr;
    QString m_workspace;
    // What opens with the first workspace: the saved tabs (if of that workspace), then the
    // view asked for.
    appsettings::SavedSession m_savedSession;
    QString m_requestedView;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_viewActions = nullptr;
    AnalysisRunAction *m_analysisRun = nullptr;
    QPointer<ImportWizard> m_importWizard;
};

} // namespace clearsight::ui
