#include "traderscoremodel.h"

#include <QJsonObject>
#include <QLocale>

namespace clearsight::ui
{

QString TraderScoreModel::reasonsText(const QJsonArray &reasons, const QLocale &locale)
{
    QStringList parts;
    for (const QJsonValue &value : reasons) {
        const QJsonObject reason = value.toObject();
        const QString key = reason.value(QLatin1StringView("kind")).toString();
        const std::optional<FlagKind> kind = flagKindByKey(key);
        const qint64 count = reason.value(QLatin1StringView("count")).toInteger();
        const double revenue = reason.value(QLatin1StringView("revenue")).toDouble();
        const QString title = kind ? flagTitle(*kind) : key;
        QString part = count == 1 ? tr("%1: 1 flag").arg(title)
                                  : tr("%1: %2 flags").arg(title, locale.toString(count));
        if (revenue > 0)
            part += tr(", %1 at stake").arg(locale.toString(revenue, 'f', 2));
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

void TraderScoreModel::setTraders(std::vector<TraderScoreRecord> traders)
{
    beginResetModel();
    m_traders = std::move(traders);
    endResetModel();
}

int TraderScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_traders.size());
}

int TraderScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant TraderScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraderScoreRecord &t = m_traders[size_t(index.row())];
    if (role == TraderIdRole)
        return t.traderId;
    if (role == Qt::ToolTipRole) {
        if (index.column() == TopReasons)
            return reasonsText(t.topReasons, QLocale());
        if (index.column() == HitRate)
            return tr("%1 inspected, %2 illicit; smoothed toward the rate of all traders")
                .arg(QLocale().toString(t.inspected), QLocale().toString(t.illicit));
        if (index.column() == TraderId || index.column() == Name)
            return tr("Double-click to see this trader's declarations");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Rank:
        return t.rank;
    case TraderId:
        return t.traderId;
    case Name:
        return t.traderName;
    case RiskScore:
        return t.riskScore;
    case Declarations:
        return t.declarations;
    case Flags:
        return t.flags;
    case FlaggedItems:
        return t.flaggedItems;
    case RevenueAtStake:
        return t.revenueAtStake;
    case HitRate:
        return t.hitRate ? QVariant(*t.hitRate) : QVariant();
    case TopReasons:
        return reasonsText(t.topReasons, QLocale());
    case Count:
        break;
    }
    return {};
}

QVariant TraderScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case RiskScore:
            return tr("0-100: how much more often than others the trader's items are flagged "
                      "and its inspections hit, with the revenue at stake");
        case HitRate:
            return QString(tr("Hit rate") + QLatin1Char('\n') +
                           tr("Illicit outcomes among the trader's inspected items"));
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Rank:
        return tr("Rank");
    case TraderId:
        return tr("Trader ID");
    case Name:
        return tr("Name");
    case RiskScore:
        return tr("Risk score");
    case Declarations:
        return tr("Declarations");
    case Flags:
        return tr("Flags");
    case FlaggedItems:
        return tr("Flagged items");
    case RevenueAtStake:
        return tr("Revenue at stake");
    case HitRate:
        return tr("Hit rate");
    case TopReasons:
        return tr("Top reasons");
    case Count:
        break;
    }
    return {};
}

} // namespace clearsight::ui
