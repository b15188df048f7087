#include "mainwindow.h"

#include "analysis/analysisrunaction.h"
#include "app/workspacedialogs.h"
#include "declarations/declarationsview.h"
#include "importing/importfilepage.h"
#include "importing/importwizard.h"
#include "navigationpanel.h"
#include "recentworkspaces.h"
#include "report/statsreport.h"
#include "searchbox.h"
#include "store/workspace.h"
#include "viewnavigator.h"
#include "viewtabs.h"
#include "welcomepage.h"
#include "workspaceopenjob.h"
#include "workspacestatus.h"
#include "workspaceview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace clearsight::ui
{

MainWindow::MainWindow(ViewRegistry registry, Options options, QWidget *parent)
    : QMainWindow(parent), m_registry(std::move(registry)), m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_tabs = new ViewTabs(m_registry, this);
    m_navigator = new ViewNavigator(m_tabs, this);
    connect(m_tabs, &ViewTabs::viewCreated, this, &MainWindow::wireView);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_navigator, &ViewNavigator::historyChanged, this, &MainWindow::updateHistoryActions);

    m_search = new SearchBox(this);
    connect(m_search, &SearchBox::traderChosen, this, &MainWindow::openTrader);
    connect(m_search, &SearchBox::declarationChosen, this, [this](const QString &reference) {
        DeclarationFilter filter;
        filter.declarationId = reference;
        showDeclarations(filter, tr("Declaration %1").arg(reference));
    });
    connect(m_search, &SearchBox::hsCodeChosen, this, &MainWindow::showHsCode);

    createActions();

    m_navigation = new NavigationPanel(this);
    for (const ViewDescriptor &descriptor : m_registry.views())
        m_navigation->addView(descriptor.key, descriptor.translatedTitle(), descriptor.icon());
    m_navigation->setEnabled(false);
    connect(m_navigation, &NavigationPanel::viewSelected, this, &MainWindow::showView);

    m_welcome = new WelcomePage({m_openAction, m_newAction, m_demoAction}, this);
    m_noTabs = new QLabel(this);
    m_noTabs->setObjectName(QStringLiteral("noTabs"));
    m_noTabs->setAlignment(Qt::AlignCenter);
    m_noTabs->setWordWrap(true);
    m_noTabs->setMargin(fontMetrics().height() * 2);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_noTabs);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_status = new WorkspaceStatus(statusBar());
    connect(m_status, &WorkspaceStatus::reportReady, this, &MainWindow::distributeReport);

    createMenus();
    createToolBar();
    updateTitle();
    // The mouse's back and forward buttons, over any widget of the window.
    qApp->installEventFilter(this);

    if (m_options.persistent) {
        if (!restoreGeometry(appsettings::windowGeometry())) {
            const QSize available = screen()->availableSize();
            resize(std::min(available.width() * 9 / 10, 1440),
                   std::min(available.height() * 9 / 10, 900));
        }
        restoreState(appsettings::windowState());
        m_savedSession = appsettings::session();
        const QString legacyView = appsettings::currentView();
        if (m_savedSession.tabs.empty() && m_registry.resolve(legacyView)) {
            m_savedSession.workspace = appsettings::lastWorkspace();
            m_savedSession.tabs.push_back({legacyView, {}});
        }
    }
    updateCentralPage();
    updateHistoryActions();
}

MainWindow::~MainWindow() = default;

Status MainWindow::openWorkspace(const QString &path)
{
    const Result<WorkspaceInfo> info = openWorkspaceWithProgress(this, path);
    if (!info)
        return info.error();
    m_workspace = QFileInfo(path).absoluteFilePath();
    m_status->setWorkspace(m_workspace);
    for (int index = 0; index < m_tabs->count(); ++index)
        m_tabs->viewAt(index)->setWorkspace(m_workspace);
    m_search->setWorkspace(m_workspace);
    m_recent->add(m_workspace);
    if (m_options.persistent)
        appsettings::setLastWorkspace(m_workspace);
    m_navigation->setEnabled(true);
    m_viewActions->setEnabled(true);
    m_importAction->setEnabled(true);
    m_exportAction->setEnabled(true);
    m_searchAction->setEnabled(true);
    m_analysisRun->setWorkspace(m_workspace);
    updateTitle();
    if (m_tabs->count() == 0)
        openFirstTabs();
    else
        m_navigator->resetHistory(); // the steps were places in the other workspace
    updateCentralPage();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(m_workspace).fileName()), 5000);
    return Done{};
}

void MainWindow::openFirstTabs()
{
    std::vector<NavigationEntry> tabs;
    int current = 0;
    if (m_savedSession.workspace == m_workspace) {
        for (const appsettings::SavedTab &tab : m_savedSession.tabs) {
            if (m_registry.resolve(tab.key))
                tabs.push_back({tab.key, tab.state});
        }
        current = std::clamp(m_savedSession.current, 0, std::max(0, int(tabs.size()) - 1));
    }
    m_savedSession = {};
    if (!m_requestedView.isEmpty()) {
        const auto requested = std::find_if(tabs.begin(), tabs.end(), [this](const auto &tab) {
            return tab.key == m_requestedView;
        });
        current = int(requested - tabs.begin());
        if (requested == tabs.end())
            tabs.push_back({m_requestedView, {}});
        m_requestedView.clear();
    }
    if (tabs.empty() && !m_registry.isEmpty())
        tabs.push_back({m_registry.views().front().key, {}});
    m_navigator->openSession(tabs, current);
}

bool MainWindow::showView(const QString &key)
{
    if (!m_registry.resolve(key))
        return false;
    if (m_workspace.isEmpty()) {
        m_requestedView = key;
        return true;
    }
    return m_navigator->show(key) != nullptr;
}

QString MainWindow::currentViewKey() const
{
    return m_tabs->currentKey();
}

WorkspaceView *MainWindow::currentView() const
{
    return m_tabs->currentView();
}

WorkspaceView *MainWindow::view(const QString &key) const
{
    return m_tabs->view(key);
}

void MainWindow::wireView(WorkspaceView *view)
{
    connect(view, &WorkspaceView::declarationsRequested, this, &MainWindow::showDeclarations);
    connect(view, &WorkspaceView::traderRequested, this, &MainWindow::openTrader);
    connect(view, &WorkspaceView::analysesRequested, m_analysisRun, &AnalysisRunAction::run);
    view->setWorkspace(m_workspace);
    if (m_status->report())
        view->setWorkspaceReport(*m_status->report());
}

void MainWindow::currentTabChanged()
{
    // The kind of view shown ("trader" for "trader:TR300") is highlighted.
    const QString name = ViewKey::parse(m_tabs->currentKey()).name;
    {
        // Follows the tabs; its own selection would ask for the view again.
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentViewKey(name);
    }
    for (QAction *action : m_viewActions->actions())
        action->setChecked(action->data().toString() == name);
    m_closeTabAction->setEnabled(m_tabs->count() > 0);
    m_nextTabAction->setEnabled(m_tabs->count() > 1);
    m_previousTabAction->setEnabled(m_tabs->count() > 1);
    updateFindShortcut();
    updateCentralPage();
}

void MainWindow::updateCentralPage()
{
    if (m_workspace.isEmpty()) {
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    if (m_tabs->count() > 0) {
        m_stack->setCurrentWidget(m_tabs);
        return;
    }
    m_noTabs->setText(tr("No view is open. Choose one in the list on the left, or search the "
                         "workspace with %1.")
                          .arg(m_searchAction->shortcut().toString(QKeySequence::NativeText)));
    m_stack->setCurrentWidget(m_noTabs);
}

bool MainWindow::isSettled() const
{
    if (m_status->isReading())
        return false;
    const WorkspaceView *current = currentView();
    return !current || current->isSettled();
}

void MainWindow::distributeReport(const WorkspaceReport &report)
{
    for (int index = 0; index < m_tabs->count(); ++index)
        m_tabs->viewAt(index)->setWorkspaceReport(report);
}

void MainWindow::updateTitle()
{
    // Ends with the application name, so platforms that append it do not repeat it.
    const QString app = QGuiApplication::applicationDisplayName();
    setWindowTitle(
        m_workspace.isEmpty() ? app : tr("%1 — %2").arg(QFileInfo(m_workspace).fileName(), app));
    setWindowFilePath(m_workspace);
}

void MainWindow::openOrWarn(const QString &path)
{
    const Status opened = openWorkspace(path);
    if (!opened && opened.error().code != Error::Code::Cancelled)
        showWorkspaceError(this, path, opened.error().message);
}

void MainWindow::newWorkspace()
{
    const QString path = askNewWorkspace(this);
    if (!path.isEmpty())
        openOrWarn(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = askWorkspaceToOpen(this);
    if (!path.isEmpty())
        openOrWarn(path);
}

void MainWindow::openDemoWorkspace()
{
    const QString path = prepareDemoWorkspace(this);
    if (!path.isEmpty())
        openOrWarn(path);
}

ImportWizard *MainWindow::startImport(const QString &filePath)
{
    if (m_workspace.isEmpty())
        return nullptr;
    if (m_importWizard) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return m_importWizard;
    }
    m_importWizard = new ImportWizard(m_workspace, filePath, this);
    m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    m_importWizard->setWindowModality(Qt::WindowModal);
    connect(m_importWizard, &ImportWizard::imported, this, &MainWindow::refreshWorkspace);
    connect(m_importWizard, &ImportWizard::qualityRequested, this, &MainWindow::showQuality);
    m_importWizard->show();
    return m_importWizard;
}

void MainWindow::refreshWorkspace()
{
    if (m_workspace.isEmpty())
        return;
    m_status->setWorkspace(m_workspace);
    for (int index = 0; index < m_tabs->count(); ++index)
        m_tabs->viewAt(index)->setWorkspace(m_workspace);
}

void MainWindow::analysesFinished(const AnalysisSummary &summary)
{
    refreshWorkspace();
    statusBar()->showMessage(analysisSummaryText(summary), 10000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned: the source application is not kept waiting on a dialog.
    QMetaObject::invokeMethod(
        this, [this, path] { openDroppedFile(path); }, Qt::QueuedConnection);
}

void MainWindow::openDroppedFile(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1StringView("clearsight"), Qt::CaseInsensitive) ==
        0) {
        openOrWarn(path);
        return;
    }
    if (m_workspace.isEmpty()) {
        QMessageBox::information(this, tr("Import declarations"),
                                 tr("Open or create a workspace first, then drop the file "
                                    "again to import it."));
        return;
    }
    startImport(path);
}

void MainWindow::saveSession() const
{
    if (!m_options.persistent || m_workspace.isEmpty())
        return;
    appsettings::SavedSession session;
    session.workspace = m_workspace;
    for (const NavigationEntry &tab : m_navigator->session())
        session.tabs.push_back({tab.key, tab.state});
    session.current = std::max(0, m_tabs->currentIndex());
    appsettings::setSession(session);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A running import is cancelled (it rolls back); its wizard closes with the window.
    if (m_importWizard)
        m_importWizard->reject();
    if (m_options.persistent) {
        appsettings::setWindowGeometry(saveGeometry(), saveState());
        saveSession();
    }
    QMainWindow::closeEvent(event);
}

} // namespace clearsight::ui
