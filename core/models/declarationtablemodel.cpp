#include "declarationtablemodel.h"

#include "declarationfetcher.h"
#include "domain/findingkind.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace clearsight
{

namespace
{
constexpr int kMaxCachedPages = 64;

void registerTypes()
{
    static const bool registered = [] {
        qRegisterMetaType<DeclarationFilter>();
        qRegisterMetaType<DeclarationSort>();
        qRegisterMetaType<std::vector<DeclarationRecordRow>>();
        return true;
    }();
    Q_UNUSED(registered);
}

QString findingsText(int mask)
{
    QStringList names;
    for (int k = 0; k < int(FindingKind::Count); ++k) {
        if (mask & (1 << k))
            names << findingTitle(FindingKind(k));
    }
    return names.join(QStringLiteral("; "));
}
} // namespace

DeclarationTableModel::DeclarationTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    registerTypes();
    m_fetcher = new DeclarationFetcher;
    m_fetcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(this, &DeclarationTableModel::requestOpen, m_fetcher,
            &DeclarationFetcher::openWorkspace);
    connect(this, &DeclarationTableModel::requestCount, m_fetcher, &DeclarationFetcher::count);
    connect(this, &DeclarationTableModel::requestPage, m_fetcher, &DeclarationFetcher::fetch);
    connect(m_fetcher, &DeclarationFetcher::counted, this, &DeclarationTableModel::onCounted);
    connect(m_fetcher, &DeclarationFetcher::fetched, this, &DeclarationTableModel::onFetched);
    connect(m_fetcher, &DeclarationFetcher::failed, this, &DeclarationTableModel::onFailed);
    m_thread.setObjectName(QStringLiteral("declaration-fetcher"));
    m_thread.start();
}

DeclarationTableModel::~DeclarationTableModel()
{
    m_thread.quit();
    m_thread.wait();
}

void DeclarationTableModel::setWorkspace(const QString &path)
{
    Q_EMIT requestOpen(path);
    restart();
}

void DeclarationTableModel::setFilter(const DeclarationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart();
}

void DeclarationTableModel::sort(int column, Qt::SortOrder order)
{
    const DeclarationSort sort{column, order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    m_sort = sort;
    // Same rows, new order: keep the row count, drop the cached pages.
    Q_EMIT layoutAboutToBeChanged();
    ++m_generation;
    m_pages.clear();
    m_recentPages.clear();
    m_requested.clear();
    Q_EMIT layoutChanged();
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void DeclarationTableModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_rows = 0;
    m_pages.clear();
    m_recentPages.clear();
    m_requested.clear();
    m_pendingCount = true;
    endResetModel();
    Q_EMIT busyChanged(true);
    Q_EMIT requestCount(m_generation, m_filter);
}

void DeclarationTableModel::onCounted(quint64 generation, qint64 rows)
{
    if (generation != m_generation)
        return;
    m_pendingCount = false;
    const int shown = int(std::min<qint64>(rows, INT_MAX));
    if (shown > 0) {
        beginInsertRows({}, 0, shown - 1);
        m_rows = rows;
        endInsertRows();
    } else {
        m_rows = rows;
    }
    Q_EMIT matchingRowsChanged(rows);
    Q_EMIT busyChanged(isBusy());
}

void DeclarationTableModel::onFailed(const QString &message)
{
    // Nothing more will arrive for the outstanding requests: stop waiting for them.
    m_pendingCount = false;
    m_requested.clear();
    Q_EMIT busyChanged(false);
    Q_EMIT errorOccurred(message);
}

void DeclarationTableModel::onFetched(quint64 generation, int pageIndex,
                                      const std::vector<DeclarationRecordRow> &rows)
{
    if (generation != m_generation)
        return;
    m_requested.remove(pageIndex);
    m_pages.insert(pageIndex, rows);
    m_recentPages.remove(pageIndex);
    m_recentPages.push_front(pageIndex);
    while (int(m_recentPages.size()) > kMaxCachedPages) {
        m_pages.remove(m_recentPages.back());
        m_recentPages.pop_back();
    }
    const int first = pageIndex * pageSize();
    const int last = std::min(rowCount() - 1, first + int(rows.size()) - 1);
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

int DeclarationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rows, INT_MAX));
}

int DeclarationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : declarationViewColumnCount;
}

const DeclarationRecordRow *DeclarationTableModel::rowAt(int row) const
{
    const int pageIndex = row / pageSize();
    const auto it = m_pages.constFind(pageIndex);
    if (it == m_pages.constEnd()) {
        if (!m_requested.contains(pageIndex)) {
            m_requested.insert(pageIndex);
            auto *self = const_cast<DeclarationTableModel *>(this);
            Q_EMIT self->requestPage(m_generation, m_filter, m_sort, pageIndex, pageSize());
        }
        return nullptr;
    }
    const size_t offset = size_t(row % pageSize());
    return offset < it->size() ? &(*it)[offset] : nullptr;
}

QVariant DeclarationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole &&
        role != RowIdRole && role != LoadedRole && role != Qt::ToolTipRole)
        return {};
    const DeclarationRecordRow *row = rowAt(index.row());
    if (role == LoadedRole)
        return row != nullptr;
    if (!row)
        return {};
    if (role == RowIdRole)
        return row->rowId;
    const QVariant &value = row->values[size_t(index.column())];
    const bool findingsColumn =
        index.column() == canonicalColumnCount + int(DeclarationExtraColumn::Findings);
    if (findingsColumn && role != RawValueRole) {
        const int mask = value.toInt();
        return mask == 0 ? QVariant() : QVariant(findingsText(mask));
    }
    if (role == Qt::ToolTipRole)
        return {};
    return value;
}

QVariant DeclarationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::TextAlignmentRole && orientation == Qt::Horizontal) {
        // Numbers are right-aligned in their cells; their headers follow.
        const bool numeric = section < canonicalColumnCount &&
                             (canonicalColumns()[size_t(section)].type == ValueType::Real ||
                              canonicalColumns()[size_t(section)].type == ValueType::Integer);
        return numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < canonicalColumnCount)
        return columnTitle(CanonicalColumn(section));
    switch (DeclarationExtraColumn(section - canonicalColumnCount)) {
    case DeclarationExtraColumn::Findings:
        return QCoreApplication::translate("DeclarationTableModel", "Findings");
    case DeclarationExtraColumn::Batch:
        return QCoreApplication::translate("DeclarationTableModel", "Batch");
    case DeclarationExtraColumn::SourceLine:
        return QCoreApplication::translate("DeclarationTableModel", "Source line");
    case DeclarationExtraColumn::Count:
        break;
    }
    return {};
}

} // namespace clearsight
