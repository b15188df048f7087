#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QWidget;

namespace clearsight::ui
{

class WorkspaceView;

// One view the main window can open in a tab.
struct ViewDescriptor {
    QString key;       // stable name, for --view and the settings: "declarations"
    const char *title; // English, marked with QT_TRANSLATE_NOOP("ViewRegistry", ...)
    QString iconPath;  // resource path of the icon, ":/icons/<key>.svg"
    std::function<WorkspaceView *(QWidget *parent)> create;
    // A parameterised view shows one thing among many (a trader). "key:argument"
    // ("trader:TR300") opens a tab of its own per argument, whose new view is given the
    // argument as restoreNavigationState({{key, argument}}); its navigationState() should hold
    // it under the same name. The plain key opens the view without one (it offers a choice).
    bool parameterised = false;

    QString translatedTitle() const;
    QIcon icon() const;
};

// What a tab shows, as text: a view's key, then for a parameterised view ':' and its argument
// ("declarations", "trader:TR300"). The argument may itself hold ':'.
struct ViewKey {
    QString name;
    QString argument;

    static ViewKey parse(const QString &text);
    QString toString() const;
    bool operator==(const ViewKey &) const = default;
};

// The views of the main window, in navigation order. A view is listed only once it works: an
// analysis still being written is simply not registered.
class ViewRegistry
{
public:
    void add(ViewDescriptor view);

    const std::vector<ViewDescriptor> &views() const { return m_views; }
    // The view registered under `key` (a name, without argument); nullptr if none.
    const ViewDescriptor *find(const QString &key) const;
    // The view a tab key opens: a view's name alone, or a parameterised view's name with an
    // argument ("trader:TR300"); nullptr for anything else.
    const ViewDescriptor *resolve(const QString &tabKey) const;
    // Every form --view accepts, for messages: "declarations, …, trader, trader:<id>".
    QString keyUsage() const;
    bool isEmpty() const { return m_views.empty(); }

private:
    std::vector<ViewDescriptor> m_views;
};

// The views this build ships.
ViewRegistry standardViews();

} // namespace clearsight::ui
