#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QWidget;

namespace clearsight::ui {

class WorkspaceView;

// One view the navigation panel offers.
struct ViewDescriptor {
    QString key;       // stable name, for --view and the settings: "declarations"
    const char *title; // English, marked with QT_TRANSLATE_NOOP("ViewRegistry", ...)
    QString iconPath;  // resource path of the icon, ":/icons/<key>.svg"
    std::function<WorkspaceView *(QWidget *parent)> create;

    QString translatedTitle() const;
    QIcon icon() const;
};

// The views of the main window, in navigation order. A view is listed only once it works: an
// analysis still being written is simply not registered.
class ViewRegistry
{
public:
    void add(ViewDescriptor view);

    const std::vector<ViewDescriptor> &views() const { return m_views; }
    const ViewDescriptor *find(const QString &key) const;
    QStringList keys() const;
    bool isEmpty() const { return m_views.empty(); }

private:
    std::vector<ViewDescriptor> m_views;
};

// The views this build ships.
ViewRegistry standardViews();

} // namespace clearsight::ui
