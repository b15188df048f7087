#include "mainwindow.h"

#include "analysis/analysisrunaction.h"
#include "analysis/valuationview.h"
#include "app/workspacedialogs.h"
#include "common/appsettings.h"
#include "declarations/declarationfilterbar.h"
#include "declarations/declarationsview.h"
#include "importing/importfilepage.h"
#include "importing/importwizard.h"
#include "navigationpanel.h"
#include "quality/qualityview.h"
#include "recentworkspaces.h"
#include "report/statsreport.h"
#include "store/workspace.h"
#include "welcomepage.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace clearsight::ui {

MainWindow::MainWindow(ViewRegistry registry, Options options, QWidget *parent)
    : QMainWindow(parent), m_registry(std::move(registry)), m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createActions();

    m_navigation = new NavigationPanel(this);
    for (const ViewDescriptor &descriptor : m_registry.views())
        m_navigation->addView(descriptor.key, descriptor.translatedTitle(), descriptor.icon());
    m_navigation->setEnabled(false);

    m_welcome = new WelcomePage({m_openAction, m_newAction, m_demoAction}, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);

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
    connect(m_navigation, &NavigationPanel::viewSelected, this, &MainWindow::showView);

    createMenus();
    updateTitle();

    if (!m_registry.isEmpty())
        m_currentView = m_registry.views().front().key;
    if (m_options.persistent) {
        if (!restoreGeometry(appsettings::windowGeometry())) {
            const QSize available = screen()->availableSize();
            resize(std::min(available.width() * 9 / 10, 1440),
                   std::min(available.height() * 9 / 10, 900));
        }
        restoreState(appsettings::windowState());
        if (m_registry.find(appsettings::currentView()))
            m_currentView = appsettings::currentView();
    }
    m_navigation->setCurrentViewKey(m_currentView);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon(QStringLiteral(":/icons/workspace-new.svg")),
                              tr("&New workspace…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create an empty workspace file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction = new QAction(QIcon(QStringLiteral(":/icons/workspace-open.svg")),
                               tr("&Open workspace…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_demoAction = new QAction(QIcon(QStringLiteral(":/icons/clearsight.svg")),
                               tr("Open &demo workspace"), this);
    m_demoAction->setStatusTip(tr("Open the demo workspace, building it first if needed"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoWorkspace);

    m_importAction = new QAction(QIcon(QStringLiteral(":/icons/import.svg")),
                                 tr("&Import declarations…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import a declaration file into the open workspace"));
    m_importAction->setEnabled(false);
    connect(m_importAction, &QAction::triggered, this, [this] { startImport(); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About ClearSight"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAboutDialog(this); });

    m_analysisRun = new AnalysisRunAction(this);
    connect(m_analysisRun, &AnalysisRunAction::finished, this, &MainWindow::analysesFinished);

    m_viewActions = new QActionGroup(this);
    m_viewActions->setExclusive(true);
    int number = 1;
    for (const ViewDescriptor &descriptor : m_registry.views()) {
        QAction *action = m_viewActions->addAction(descriptor.icon(), descriptor.translatedTitle());
        action->setCheckable(true);
        action->setData(descriptor.key);
        if (number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        ++number;
        const QString key = descriptor.key;
        connect(action, &QAction::triggered, this, [this, key] { showView(key); });
    }
    m_viewActions->setEnabled(false);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    QMenu *recentMenu = file->addMenu(tr("&Recent workspaces"));
    m_recent = new RecentWorkspaces(recentMenu, m_options.persistent, this);
    connect(m_recent, &RecentWorkspaces::openRequested, this, &MainWindow::openOrWarn);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewActions->actions());

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(m_analysisRun->action());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

Status MainWindow::openWorkspace(const QString &path)
{
    const Result<WorkspaceInfo> info = workspace::open(path);
    if (!info)
        return info.error();
    m_workspace = QFileInfo(path).absoluteFilePath();
    m_status->setWorkspace(m_workspace);
    for (const auto &[key, view] : m_views)
        view->setWorkspace(m_workspace);
    m_recent->add(m_workspace);
    if (m_options.persistent)
        appsettings::setLastWorkspace(m_workspace);
    m_navigation->setEnabled(true);
    m_viewActions->setEnabled(true);
    m_importAction->setEnabled(true);
    m_analysisRun->setWorkspace(m_workspace);
    updateTitle();
    showCurrentPage();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(m_workspace).fileName()), 5000);
    return Done{};
}

bool MainWindow::showView(const QString &key)
{
    const ViewDescriptor *descriptor = m_registry.find(key);
    if (!descriptor)
        return false;
    m_currentView = key;
    if (m_navigation->currentViewKey() != key)
        m_navigation->setCurrentViewKey(key);
    for (QAction *action : m_viewActions->actions())
        action->setChecked(action->data().toString() == key);
    showCurrentPage();
    return true;
}

void MainWindow::showCurrentPage()
{
    const ViewDescriptor *descriptor = m_registry.find(m_currentView);
    if (m_workspace.isEmpty() || !descriptor) {
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    m_stack->setCurrentWidget(ensureView(*descriptor));
}

WorkspaceView *MainWindow::ensureView(const ViewDescriptor &descriptor)
{
    if (WorkspaceView *existing = view(descriptor.key))
        return existing;
    WorkspaceView *created = descriptor.create(m_stack);
    created->setObjectName(descriptor.key + QStringLiteral("View"));
    m_stack->addWidget(created);
    m_views.emplace(descriptor.key, created);
    connect(created, &WorkspaceView::declarationsRequested, this, &MainWindow::showDeclarations);
    connect(created, &WorkspaceView::analysesRequested, m_analysisRun, &AnalysisRunAction::run);
    created->setWorkspace(m_workspace);
    if (m_status->report())
        created->setWorkspaceReport(*m_status->report());
    return created;
}

WorkspaceView *MainWindow::view(const QString &key) const
{
    const auto it = m_views.find(key);
    return it == m_views.end() ? nullptr : it->second;
}

WorkspaceView *MainWindow::currentView() const
{
    return view(m_currentView);
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
    for (const auto &[key, view] : m_views)
        view->setWorkspaceReport(report);
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
    if (!opened)
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
    for (const auto &[key, view] : m_views)
        view->setWorkspace(m_workspace);
}

void MainWindow::showDeclarations(const DeclarationFilter &scope, const QString &description)
{
    if (!showView(QStringLiteral("declarations")))
        return;
    auto *declarations = qobject_cast<DeclarationsView *>(currentView());
    if (!declarations)
        return;
    declarations->showScope(scope, description);
}

void MainWindow::analysesFinished(const AnalysisSummary &summary)
{
    refreshWorkspace();
    statusBar()->showMessage(analysisSummaryText(summary), 10000);
}

void MainWindow::showQuality(qint64 batchId)
{
    if (!showView(QStringLiteral("quality")))
        return;
    if (auto *quality = qobject_cast<QualityView *>(currentView()))
        quality->showBatch(batchId);
}

void MainWindow::showValuation(qint64 rowId)
{
    if (!showView(QStringLiteral("valuation")))
        return;
    if (auto *valuation = qobject_cast<ValuationView *>(currentView()))
        valuation->showItem(rowId);
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
    QMetaObject::invokeMethod(this, [this, path] { openDroppedFile(path); }, Qt::QueuedConnection);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A running import is cancelled (it rolls back); its wizard closes with the window.
    if (m_importWizard)
        m_importWizard->reject();
    if (m_options.persistent) {
        appsettings::setWindowGeometry(saveGeometry(), saveState());
        appsettings::setCurrentView(m_currentView);
    }
    QMainWindow::closeEvent(event);
}

} // namespace clearsight::ui
