#include "flagsmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace clearsight::ui
{

QString modeTitle(const QString &mode)
{
    static const struct {
        const char *code;
        const char *title;
    } modes[] = {
        {"SEA", QT_TRANSLATE_NOOP("TransportMode", "Sea")},
        {"INLAND_WATER", QT_TRANSLATE_NOOP("TransportMode", "Inland waterway")},
        {"RAIL", QT_TRANSLATE_NOOP("TransportMode", "Rail")},
        {"ROAD", QT_TRANSLATE_NOOP("TransportMode", "Road")},
        {"AIR", QT_TRANSLATE_NOOP("TransportMode", "Air")},
        {"POST", QT_TRANSLATE_NOOP("TransportMode", "Post")},
        {"FIXED", QT_TRANSLATE_NOOP("TransportMode", "Fixed installation")},
        {"OTHER", QT_TRANSLATE_NOOP("TransportMode", "Other")},
    };
    if (mode.isEmpty())
        return QCoreApplication::translate("TransportMode", "(none)");
    for (const auto &m : modes) {
        if (mode == QLatin1StringView(m.code))
            return QCoreApplication::translate("TransportMode", m.title);
    }
    return mode;
}

QString modeShortTitle(const QString &mode)
{
    if (mode == QLatin1StringView("INLAND_WATER"))
        return QCoreApplication::translate("TransportMode", "Waterway");
    if (mode == QLatin1StringView("FIXED"))
        return QCoreApplication::translate("TransportMode", "Fixed");
    return modeTitle(mode);
}

std::vector<FlagRecord> flagRecords(const std::vector<FlagItem> &items)
{
    std::vector<FlagRecord> records;
    records.reserve(items.size());
    for (const FlagItem &item : items)
        records.push_back(item.record);
    return records;
}

void FlagsModel::setFlags(std::vector<FlagItem> flags)
{
    beginResetModel();
    m_flags = std::move(flags);
    endResetModel();
}

int FlagsModel::rowOf(qint64 rowId) const
{
    for (size_t i = 0; i < m_flags.size(); ++i) {
        if (m_flags[i].record.rowId == rowId)
            return int(i);
    }
    return -1;
}

int FlagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flags.size());
}

int FlagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant FlagsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlagItem &item = m_flags[size_t(index.row())];
    const FlagRecord &f = item.record;
    if (role == RowIdRole)
        return f.rowId;
    if (role == KindKeyRole)
        return QString::fromLatin1(flagKey(f.kind));
    const auto optional = [](const std::optional<double> &v) {
        return v ? QVariant(*v) : QVariant();
    };
    if (role == Qt::ToolTipRole) {
        if (index.column() == Reason)
            return flagReason(f.kind, f.reason, QLocale());
        if (index.column() == Mode)
            return item.mode;
        if (index.column() == Declaration)
            return tr("Double-click to open this declaration");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Rank:
        return index.row() + 1;
    case Declaration:
        return f.declarationId;
    case Item:
        return f.itemNo;
    case Trader:
        return f.traderId;
    case Kind:
        return flagTitle(f.kind);
    case Incoterm:
        return item.incoterm;
    case Mode:
        return item.mode.isEmpty() && item.incoterm.isEmpty() ? QString() : modeTitle(item.mode);
    case Score:
        return f.score;
    case DeclaredValue:
        return optional(f.declaredValue);
    case ExpectedValue:
        return optional(f.expectedValue);
    case RevenueAtStake:
        return optional(f.revenueAtStake);
    case Reason:
        return flagReason(f.kind, f.reason, QLocale());
    case Count:
        break;
    }
    return {};
}

QVariant FlagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Score:
            return tr("0-100: 50 at the analysis' threshold, higher the further beyond it");
        case ExpectedValue:
            return tr("The customs value the peer group or the lane suggests");
        case RevenueAtStake:
            return tr("Duties and taxes the difference would carry");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Rank:
        return tr("#");
    case Declaration:
        return tr("Declaration");
    case Item:
        return tr("Item");
    case Trader:
        return tr("Trader");
    case Kind:
        return tr("Flag");
    case Incoterm:
        return tr("Incoterm");
    case Mode:
        return tr("Mode");
    case Score:
        return tr("Score");
    case DeclaredValue:
        return tr("Declared value");
    case ExpectedValue:
        return tr("Expected value");
    case RevenueAtStake:
        return tr("Revenue at stake");
    case Reason:
        return tr("Reason");
    case Count:
        break;
    }
    return {};
}

} // namespace clearsight::ui
