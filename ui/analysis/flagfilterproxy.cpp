#include "flagfilterproxy.h"

#include "flagsmodel.h"

namespace clearsight::ui
{

QString FlagCriteria::describe() const
{
    QStringList parts;
    if (!traderId.isEmpty())
        parts << FlagFilterProxy::tr("trader %1").arg(traderId);
    if (incoterm && mode) {
        parts << FlagFilterProxy::tr("%1 by %2")
                     .arg(incoterm->isEmpty() ? FlagFilterProxy::tr("no Incoterm") : *incoterm,
                          modeTitle(*mode));
    } else if (incoterm) {
        parts << (incoterm->isEmpty() ? FlagFilterProxy::tr("no Incoterm") : *incoterm);
    } else if (mode) {
        parts << FlagFilterProxy::tr("by %1").arg(modeTitle(*mode));
    }
    if (kind)
        parts << flagTitle(*kind);
    return parts.join(QStringLiteral(" · "));
}

void FlagFilterProxy::setCriteria(const FlagCriteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    invalidateRowsFilter();
}

bool FlagFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *flags = qobject_cast<const FlagsModel *>(sourceModel());
    if (!flags || sourceParent.isValid() || m_criteria.isEmpty())
        return true;
    const FlagItem &item = flags->flagAt(sourceRow);
    if (m_criteria.incoterm && item.incoterm != *m_criteria.incoterm)
        return false;
    if (m_criteria.mode && item.mode != *m_criteria.mode)
        return false;
    if (!m_criteria.traderId.isEmpty() && item.record.traderId != m_criteria.traderId)
        return false;
    if (m_criteria.kind && item.record.kind != *m_criteria.kind)
        return false;
    return true;
}

} // namespace clearsight::ui
