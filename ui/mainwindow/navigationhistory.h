#pragma once

#include <QString>
#include <QVariantMap>

#include <vector>

namespace clearsight::ui
{

// One place the analyst has been: a tab's key ("declarations", "trader:TR300") and what its
// view showed there (WorkspaceView::navigationState(): filters, selection).
struct NavigationEntry {
    QString key;
    QVariantMap state;

    bool operator==(const NavigationEntry &) const = default;
};

// The back/forward list of the main window, as in a web browser: visiting a place drops the
// places ahead of the current one. Plain values, no widgets.
class NavigationHistory
{
public:
    explicit NavigationHistory(int capacity = 100);

    // Makes `entry` the current place, after the current one. Nothing happens when it is the
    // current place already (same key, same state).
    void visit(const NavigationEntry &entry);
    // The current place's view changed its filters in place: remember them there.
    void updateCurrent(const QVariantMap &state);

    bool isEmpty() const { return m_entries.empty(); }
    int size() const { return int(m_entries.size()); }
    int currentIndex() const { return m_current; }
    const NavigationEntry *current() const;
    const NavigationEntry &at(int index) const { return m_entries.at(size_t(index)); }

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < size(); }
    // Moves one place back (forward) and returns the new current place; the list is unchanged.
    // Only call when canGoBack() (canGoForward()).
    const NavigationEntry &back();
    const NavigationEntry &forward();

    void clear();

private:
    std::vector<NavigationEntry> m_entries;
    int m_current = -1;
    int m_capacity;
};

} // namespace clearsight::ui
