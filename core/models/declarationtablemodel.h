#pragma once

#include "store/declarationquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>

#include <list>
#include <vector>

namespace clearsight
{

class DeclarationFetcher;

// The declarations of a workspace as a table: canonical columns, then findings, batch and
// source line. Rows are fetched in pages by a worker thread with its own connection; filtering
// and sorting are done in SQL, so a store of ten million rows opens at once. Until its page
// arrives a row shows empty cells and pageArrived() later reports it with dataChanged().
// Display and edit roles give raw values (numbers as double, dates as ISO text); formatting is
// the view's job.
class DeclarationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int RowIdRole = Qt::UserRole + 1;
    static constexpr int RawValueRole = Qt::UserRole + 2;
    static constexpr int LoadedRole = Qt::UserRole + 3;

    explicit DeclarationTableModel(QObject *parent = nullptr);
    ~DeclarationTableModel() override;

    // Opens the workspace (read-only) in the worker and shows its declarations.
    void setWorkspace(const QString &path);
    void setFilter(const DeclarationFilter &filter);
    const DeclarationFilter &filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // True while a count or page request is outstanding.
    bool isBusy() const { return m_pendingCount || !m_requested.isEmpty(); }
    // Total rows matching the filter (clamped to INT_MAX for the view).
    qint64 matchingRows() const { return m_rows; }

    static int pageSize() { return 256; }

Q_SIGNALS:
    void matchingRowsChanged(qint64 rows);
    void busyChanged(bool busy);
    void errorOccurred(const QString &message);

    // Internal: requests queued to the worker thread.
    void requestOpen(const QString &path);
    void requestCount(quint64 generation, const clearsight::DeclarationFilter &filter);
    void requestPage(quint64 generation, const clearsight::DeclarationFilter &filter,
                     const clearsight::DeclarationSort &sort, int pageIndex, int pageSize);

private:
    void restart();
    void onCounted(quint64 generation, qint64 rows);
    void onFailed(const QString &message);
    void onFetched(quint64 generation, int pageIndex,
                   const std::vector<clearsight::DeclarationRecordRow> &rows);
    const DeclarationRecordRow *rowAt(int row) const;

    QThread m_thread;
    DeclarationFetcher *m_fetcher = nullptr;
    DeclarationFilter m_filter;
    DeclarationSort m_sort;
    quint64 m_generation = 0;
    qint64 m_rows = 0;
    bool m_pendingCount = false;
    QHash<int, std::vector<DeclarationRecordRow>> m_pages;
    mutable std::list<int> m_recentPages; // most recent first, for eviction
    mutable QSet<int> m_requested;
};

} // namespace clearsight
