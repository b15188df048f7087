// MainWindow's actions, menus and toolbar: every command with its keys, in one place, so
// Help > Keyboard shortcuts can list them from the actions themselves.
#include "mainwindow.h"

#include "analysis/analysisrunaction.h"
#include "help/aboutbox.h"
#include "navigationhistory.h"
#include "recentworkspaces.h"
#include "searchbox.h"
#include "viewnavigator.h"
#include "viewtabs.h"
#include "workspaceview.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

#include <algorithm>

namespace clearsight::ui
{

namespace
{
QAction *newAction(QObject *parent, const QString &iconPath, const QString &text,
                   const QList<QKeySequence> &shortcuts, const QString &statusTip)
{
    auto *action =
        iconPath.isEmpty() ? new QAction(text, parent) : new QAction(QIcon(iconPath), text, parent);
    action->setShortcuts(shortcuts);
    action->setStatusTip(statusTip);
    return action;
}

const QKeySequence kFind(Qt::CTRL | Qt::Key_F);
const QKeySequence kSearch(Qt::CTRL | Qt::Key_K);
} // namespace

void MainWindow::createActions()
{
    m_newAction = newAction(this, QStringLiteral(":/icons/workspace-new.svg"),
                            tr("&New workspace…"), QKeySequence::keyBindings(QKeySequence::New),
                            tr("Create an empty workspace file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction =
        newAction(this, QStringLiteral(":/icons/workspace-open.svg"), tr("&Open workspace…"),
                  QKeySequence::keyBindings(QKeySequence::Open), tr("Open a workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_demoAction =
        newAction(this, QStringLiteral(":/icons/clearsight.svg"), tr("Open &demo workspace"), {},
                  tr("Open the demo workspace, building it first if needed"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoWorkspace);

    m_importAction = newAction(this, QStringLiteral(":/icons/import.svg"),
                               tr("&Import declarations…"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
                               tr("Import a declaration file into the open workspace"));
    m_importAction->setEnabled(false);
    connect(m_importAction, &QAction::triggered, this, [this] { startImport(); });

    m_exportAction =
        newAction(this, QString(), tr("&Export list…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                  tr("Save what the current view lists as a CSV file"));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrentView);

    m_closeTabAction =
        newAction(this, QString(), tr("&Close tab"),
                  {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)},
                  tr("Close the current view"));
    m_closeTabAction->setEnabled(false);
    connect(m_closeTabAction, &QAction::triggered, this, &MainWindow::closeCurrentTab);

    m_quitAction = newAction(this, QString(), tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)},
                             tr("Quit ClearSight"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_backAction = newAction(this, QStringLiteral(":/icons/back.svg"), tr("&Back"),
                             {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)},
                             tr("Go back to the previous view and its filters"));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    m_forwardAction =
        newAction(this, QStringLiteral(":/icons/forward.svg"), tr("&Forward"),
                  {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)},
                  tr("Go forward again"));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    m_nextTabAction =
        newAction(this, QString(), tr("&Next tab"),
                  {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
                  tr("Show the tab on the right"));
    connect(m_nextTabAction, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    m_previousTabAction = newAction(
        this, QString(), tr("&Previous tab"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
        tr("Show the tab on the left"));
    connect(m_previousTabAction, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) %
                                    m_tabs->count());
    });

    m_searchAction = newAction(this, QStringLiteral(":/icons/search.svg"), tr("&Search…"),
                               {kSearch, kFind}, tr("Find a trader, a declaration or an HS code"));
    m_searchAction->setEnabled(false);
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_userGuideAction = newAction(this, QString(), tr("&User guide"), {QKeySequence(Qt::Key_F1)},
                                  tr("Read how to use ClearSight"));
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_shortcutsAction = newAction(this, QString(), tr("&Keyboard shortcuts"), {},
                                  tr("List the keys of every command"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = newAction(this, QString(), tr("&About ClearSight"), {},
                              tr("Version, licence and purpose of ClearSight"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAboutDialog(this); });

    m_analysisRun = new AnalysisRunAction(this);
    connect(m_analysisRun, &AnalysisRunAction::finished, this, &MainWindow::analysesFinished);

    // Ctrl+1..9: the views in navigation order (a view's tab opens or comes forward).
    m_viewActions = new QActionGroup(this);
    m_viewActions->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
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

    // Active wherever the keyboard is in the window, menus shown or not.
    addActions({m_newAction, m_openAction, m_importAction, m_exportAction, m_closeTabAction,
                m_quitAction, m_backAction, m_forwardAction, m_nextTabAction, m_previousTabAction,
                m_searchAction, m_userGuideAction, m_analysisRun->action()});
    addActions(m_viewActions->actions());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    QMenu *recentMenu = file->addMenu(tr("&Recent workspaces"));
    m_recent = new RecentWorkspaces(recentMenu, m_options.persistent, this);
    connect(m_recent, &RecentWorkspaces::openRequested, this, &MainWindow::openOrWarn);
    file->addSeparator();
    file->addAction(m_closeTabAction);
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewActions->actions());
    view->addSeparator();
    view->addAction(m_nextTabAction);
    view->addAction(m_previousTabAction);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_backAction);
    go->addAction(m_forwardAction);
    go->addSeparator();
    go->addAction(m_searchAction);

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(m_analysisRun->action());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_userGuideAction);
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Navigation"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addAction(m_backAction);
    m_toolBar->addAction(m_forwardAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_analysisRun->action());
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_search);
}

void MainWindow::updateHistoryActions()
{
    const NavigationHistory &history = m_navigator->history();
    m_backAction->setEnabled(history.canGoBack());
    m_forwardAction->setEnabled(history.canGoForward());
    const auto tip = [this, &history](int index, const QString &text, const QString &none) {
        if (index < 0 || index >= history.size())
            return none;
        return text.arg(m_tabs->titleFor(history.at(index).key));
    };
    const int current = history.currentIndex();
    m_backAction->setToolTip(tip(current - 1, tr("Back to %1"), tr("Back")));
    m_forwardAction->setToolTip(tip(current + 1, tr("Forward to %1"), tr("Forward")));
}

void MainWindow::updateFindShortcut()
{
    // A view with a search of its own (the declarations' filter) keeps Ctrl+F for it: the same
    // keys on two actions would trigger neither. Ctrl+K always reaches the toolbar's search.
    bool ownFind = false;
    if (const WorkspaceView *view = currentView()) {
        const QList<QAction *> viewActions = view->findChildren<QAction *>();
        ownFind = std::any_of(viewActions.begin(), viewActions.end(), [](const QAction *action) {
            return action->shortcuts().contains(kFind);
        });
    }
    m_searchAction->setShortcuts(ownFind ? QList<QKeySequence>{kSearch}
                                         : QList<QKeySequence>{kSearch, kFind});
}

} // namespace clearsight::ui
