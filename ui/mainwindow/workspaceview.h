#pragma once

#include "store/declarationquery.h"

#include <QVariantMap>
#include <QWidget>

namespace clearsight
{
struct WorkspaceReport;
}

namespace clearsight::ui
{

// A view of the open workspace, shown in the main window's central area (declarations,
// later overview, valuation, traders...). Views are created by the view registry and only
// told which workspace to show; they read it through core models off the UI thread.
class WorkspaceView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Shows the workspace at `path`; an empty path closes it.
    virtual void setWorkspace(const QString &path) = 0;
    // Headline figures of the workspace, once the main window has read them (e.g. its period,
    // so date pickers open on months that hold data). Default: unused.
    virtual void setWorkspaceReport(const WorkspaceReport &report);
    // True when the part of the view on screen shows its data (no read outstanding). The
    // screenshot mode waits for it.
    virtual bool isSettled() const { return true; }
    // What back/forward navigation restores: the view's filters and selection, as plain values
    // (also kept in the settings at exit). Default: nothing to keep.
    virtual QVariantMap navigationState() const { return {}; }
    virtual void restoreNavigationState(const QVariantMap &state) { Q_UNUSED(state) }
    // File > Export (Ctrl+E): saves what the view lists to a file, asking where. By default it
    // presses the view's button named "exportButton". False when there is none or it is
    // disabled.
    virtual bool exportListed();

Q_SIGNALS:
    // Asks the main window to show the declaration items that a part of this view stands for
    // (a finding kind, a batch...). `description` names them for the declarations' filter bar.
    void declarationsRequested(const clearsight::DeclarationFilter &filter,
                               const QString &description);
    // Asks the main window to open the drill-down of one trader (view "trader:<id>").
    void traderRequested(const QString &traderId);
    // The view's filters changed in a way back/forward navigation should remember.
    void navigationStateChanged();
    // The data of the view have arrived and are on screen (isSettled() turned true); the
    // screenshot mode and the tests wait for it.
    void loaded();
    // Asks the main window to run the analyses (the view's results are missing or stale).
    void analysesRequested();
};

} // namespace clearsight::ui
