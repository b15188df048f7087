#pragma once

#include "domain/canonicalschema.h"
#include "ingest/importpreview.h"

#include <QAbstractTableModel>

#include <vector>

namespace clearsight::ui
{

// The first records of a file as the import would store them: the source line, the canonical
// columns the profile fills (raw values: numbers as double, dates as ISO text), then the
// findings or the reason the record would be rejected. Without a profile it shows the source
// fields under the file's own header, so the user sees what there is to map.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Why the record would be rejected; empty when it would be stored. On every cell of a row.
    static constexpr int RejectionRole = Qt::UserRole + 1;
    // The CanonicalColumn (as int) a cell holds; -1 for the line, findings and source fields.
    static constexpr int CanonicalColumnRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const ImportPreview &preview);
    void clear();

    bool showsSourceFields() const { return m_sourceMode; }
    // The model column showing a canonical column; -1 when the profile does not fill it.
    int columnOf(CanonicalColumn column) const;
    int findingsColumn() const { return columnCount() - 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString findingsText(const PreviewRow &row) const;

    std::vector<PreviewRow> m_rows;
    QStringList m_header;                 // source mode
    std::vector<CanonicalColumn> m_shown; // profile mode
    bool m_sourceMode = false;
};

} // namespace clearsight::ui
