#include "incotermmatrixmodel.h"

#include "domain/incoterms.h"
#include "flagsmodel.h"

#include <QLocale>

#include <algorithm>

namespace clearsight::ui
{

namespace
{
// Rules in the order of the Incoterms 2020 table (E, F, C, D), then unknown codes, then none.
int incotermOrder(const QString &code)
{
    if (code.isEmpty())
        return 1000;
    for (int i = 0; i < int(Incoterm::Count); ++i) {
        if (incotermCode(Incoterm(i)) == code)
            return i;
    }
    return 100;
}

int modeOrder(const QString &mode)
{
    static const QStringList order = {QStringLiteral("SEA"),   QStringLiteral("INLAND_WATER"),
                                      QStringLiteral("RAIL"),  QStringLiteral("ROAD"),
                                      QStringLiteral("AIR"),   QStringLiteral("POST"),
                                      QStringLiteral("FIXED"), QStringLiteral("OTHER")};
    if (mode.isEmpty())
        return 1000;
    const qsizetype at = order.indexOf(mode);
    return at >= 0 ? int(at) : 100;
}

template <typename Order> void sortBy(QStringList &list, Order order)
{
    std::sort(list.begin(), list.end(), [&](const QString &a, const QString &b) {
        return std::pair(order(a), a) < std::pair(order(b), b);
    });
}
} // namespace

IncotermMatrixModel::Severity IncotermMatrixModel::severity(const QString &incoterm,
                                                            const QString &mode)
{
    const std::optional<ParsedIncoterm> parsed = parseIncoterm(QStringView(incoterm));
    if (!parsed || !incotermRule(parsed->rule).seaOnly)
        return Severity::None;
    if (mode == QLatin1StringView("AIR") || mode == QLatin1StringView("POST"))
        return Severity::Wrong;
    if (mode == QLatin1StringView("ROAD") || mode == QLatin1StringView("RAIL"))
        return Severity::Doubtful;
    return Severity::None;
}

void IncotermMatrixModel::setCells(const std::vector<IncotermModeCell> &cells)
{
    beginResetModel();
    m_cells.clear();
    m_incoterms.clear();
    m_modes.clear();
    for (const IncotermModeCell &c : cells) {
        auto &[items, flagged] = m_cells[{c.incoterm, c.mode}];
        items += c.items;
        flagged += c.flaggedItems;
        if (!m_incoterms.contains(c.incoterm))
            m_incoterms << c.incoterm;
        if (!m_modes.contains(c.mode))
            m_modes << c.mode;
    }
    sortBy(m_incoterms, incotermOrder);
    sortBy(m_modes, modeOrder);
    endResetModel();
}

std::pair<qint64, qint64> IncotermMatrixModel::cell(int row, int column) const
{
    const QString incoterm = m_incoterms.value(row);
    if (isTotalColumn(column)) {
        std::pair<qint64, qint64> total{0, 0};
        for (const QString &mode : m_modes) {
            const auto it = m_cells.find({incoterm, mode});
            if (it != m_cells.end()) {
                total.first += it->second.first;
                total.second += it->second.second;
            }
        }
        return total;
    }
    const auto it = m_cells.find({incoterm, m_modes.value(column)});
    return it == m_cells.end() ? std::pair<qint64, qint64>{0, 0} : it->second;
}

int IncotermMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incoterms.size());
}

int IncotermMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_incoterms.isEmpty() ? 0 : int(m_modes.size()) + 1;
}

QVariant IncotermMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [items, flagged] = cell(index.row(), index.column());
    const bool total = isTotalColumn(index.column());
    const QString incoterm = m_incoterms.value(index.row());
    const QString mode = total ? QString() : m_modes.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return items > 0 ? QVariant(items) : QVariant();
    case FlaggedRole:
        return items > 0 ? QVariant(flagged) : QVariant();
    case SeverityRole:
        return total ? int(Severity::None) : int(severity(incoterm, mode));
    case IncotermRole:
        return incoterm;
    case ModeRole:
        return total ? QVariant() : QVariant(mode);
    case TotalRole:
        return total;
    case Qt::ToolTipRole: {
        if (items == 0)
            return {};
        const QLocale locale;
        QString text =
            total ? tr("%1, every mode: %2 items, %3 with Incoterm flags")
                        .arg(incoterm.isEmpty() ? tr("No Incoterm") : incoterm,
                             locale.toString(items), locale.toString(flagged))
                  : tr("%1 by %2: %3 items, %4 with Incoterm flags")
                        .arg(incoterm.isEmpty() ? tr("No Incoterm") : incoterm, modeTitle(mode),
                             locale.toString(items), locale.toString(flagged));
        switch (total ? Severity::None : severity(incoterm, mode)) {
        case Severity::Wrong:
            text += QLatin1Char('\n') +
                    tr("%1 is a rule for sea and inland waterway only: always wrong by %2.")
                        .arg(incoterm, modeTitle(mode));
            break;
        case Severity::Doubtful:
            text += QLatin1Char('\n') +
                    tr("%1 is a rule for sea and inland waterway: by %2 only after a sea leg.")
                        .arg(incoterm, modeTitle(mode));
            break;
        case Severity::None:
            break;
        }
        return QString(text + QLatin1Char('\n') + tr("Click to list the flags of these items."));
    }
    default:
        return {};
    }
}

QVariant IncotermMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && !isTotalColumn(section))
        return modeTitle(m_modes.value(section));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        const QString incoterm = m_incoterms.value(section);
        return incoterm.isEmpty() ? tr("(none)") : incoterm;
    }
    if (isTotalColumn(section))
        return tr("Total");
    return modeShortTitle(m_modes.value(section));
}

} // namespace clearsight::ui
