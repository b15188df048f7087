#pragma once

#include "store/qualityrepository.h"

#include <QAbstractTableModel>

namespace clearsight::ui
{

// Findings by kind and column, most frequent first: the finding's translated title, the
// column it concerns and the number of rows. FindingKeyRole gives the stable key
// ("net_above_gross") a filter needs.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Finding, ColumnName, Rows, Count };
    static constexpr int FindingKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const std::vector<FindingCount> &findings);
    const FindingCount &findingAt(int row) const { return m_findings[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<FindingCount> m_findings;
};

// The translated title of a canonical column given by its name; the name itself when it is
// not canonical, "—" when empty.
QString columnTitleByName(const QString &name);

} // namespace clearsight::ui
