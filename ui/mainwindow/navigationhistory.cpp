#include "navigationhistory.h"

#include <QtGlobal>

#include <algorithm>

namespace clearsight::ui
{

NavigationHistory::NavigationHistory(int capacity) : m_capacity(std::max(2, capacity)) {}

void NavigationHistory::visit(const NavigationEntry &entry)
{
    if (const NavigationEntry *here = current(); here && *here == entry)
        return;
    m_entries.resize(size_t(m_current + 1));
    m_entries.push_back(entry);
    if (size() > m_capacity)
        m_entries.erase(m_entries.begin());
    m_current = size() - 1;
}

void NavigationHistory::updateCurrent(const QVariantMap &state)
{
    if (m_current >= 0)
        m_entries[size_t(m_current)].state = state;
}

const NavigationEntry *NavigationHistory::current() const
{
    return m_current >= 0 ? &m_entries[size_t(m_current)] : nullptr;
}

const NavigationEntry &NavigationHistory::back()
{
    Q_ASSERT(canGoBack());
    return m_entries[size_t(--m_current)];
}

const NavigationEntry &NavigationHistory::forward()
{
    Q_ASSERT(canGoForward());
    return m_entries[size_t(++m_current)];
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_current = -1;
}

} // namespace clearsight::ui
