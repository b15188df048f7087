// MainWindow's moves between views: back and forward, the drill-downs other views and the
// search box ask for, and the Help menu's dialogs.
#include "mainwindow.h"

#include "analysis/valuationview.h"
#include "declarations/declarationsview.h"
#include "help/shortcutsdialog.h"
#include "help/userguidedialog.h"
#include "quality/qualityview.h"
#include "searchbox.h"
#include "viewnavigator.h"
#include "viewtabs.h"
#include "workspaceview.h"

#include <QMenuBar>
#include <QMouseEvent>
#include <QStatusBar>

namespace clearsight::ui
{

bool MainWindow::goBack()
{
    return m_navigator->goBack();
}

bool MainWindow::goForward()
{
    return m_navigator->goForward();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool back = mouse->button() == Qt::BackButton;
        if (back || mouse->button() == Qt::ForwardButton) {
            const auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && widget->window() == this) {
                back ? goBack() : goForward();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeCurrentTab()
{
    m_tabs->closeTab(m_tabs->currentIndex());
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::showDeclarations(const DeclarationFilter &scope, const QString &description)
{
    m_navigator->drillDown(QStringLiteral("declarations"), [&](WorkspaceView *view) {
        if (auto *declarations = qobject_cast<DeclarationsView *>(view))
            declarations->showScope(scope, description);
    });
}

void MainWindow::showHsCode(const QString &code)
{
    m_navigator->drillDown(QStringLiteral("declarations"), [&](WorkspaceView *view) {
        // The declarations' search takes HS code prefixes (and references, trader ids).
        view->restoreNavigationState({{QStringLiteral("search"), code}});
    });
}

void MainWindow::openTrader(const QString &traderId)
{
    if (traderId.isEmpty())
        return;
    const QString key = ViewKey{QStringLiteral("trader"), traderId}.toString();
    if (m_registry.resolve(key)) {
        showView(key);
        return;
    }
    DeclarationFilter filter;
    filter.traderId = traderId;
    showDeclarations(filter, tr("Trader %1").arg(traderId));
}

void MainWindow::showQuality(qint64 batchId)
{
    m_navigator->drillDown(QStringLiteral("quality"), [batchId](WorkspaceView *view) {
        if (auto *quality = qobject_cast<QualityView *>(view))
            quality->showBatch(batchId);
    });
}

void MainWindow::showValuation(qint64 rowId)
{
    m_navigator->drillDown(QStringLiteral("valuation"), [rowId](WorkspaceView *view) {
        if (auto *valuation = qobject_cast<ValuationView *>(view))
            valuation->showItem(rowId);
    });
}

void MainWindow::exportCurrentView()
{
    WorkspaceView *current = currentView();
    if (!current || !current->exportListed())
        statusBar()->showMessage(tr("This view has no list to export."), 5000);
}

void MainWindow::showUserGuide()
{
    auto *guide = findChild<UserGuideDialog *>();
    if (!guide) {
        guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::showShortcuts()
{
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    const QStringList notes{
        tr("%1 finds in the current view when it has a search of its own (the declarations' "
           "filter), and goes to the search box everywhere else.")
            .arg(find),
        tr("The back and forward buttons of a mouse go back and forward as well."),
    };
    ShortcutsDialog dialog(collectShortcuts(menuBar(), actions()), notes, this);
    dialog.exec();
}

} // namespace clearsight::ui
