#pragma once

#include "store/summaryrepository.h"

#include <QAbstractTableModel>

namespace clearsight
{
class CsvTable;
}

namespace clearsight::ui
{

// The groups behind one dashboard chart (or the one row of the KPI tiles), one row per group:
// key, name, items, declarations, customs value, duties, inspections, illicit finds, hit rate,
// recovered revenue, flagged items and share, revenue at stake. Raw values in Display/Edit;
// the table's delegates format them. It is what "Show table" shows and what a chart exports.
class SummaryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Key,
        Name,
        Items,
        Declarations,
        CustomsValue,
        DutyPaid,
        Inspected,
        Illicit,
        HitRate,
        RevenueRecovered,
        Flagged,
        FlaggedShare,
        RevenueAtStake,
        Count
    };
    explicit SummaryTableModel(SummaryDimension dimension, QObject *parent = nullptr);

    SummaryDimension dimension() const { return m_dimension; }
    // Replaces the rows; the dimension may change with them (the time chart's periods).
    void setResult(const SummaryResult &result);
    void clear();
    const std::vector<SummaryRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The rows as a CSV table, with the header the table shows.
    CsvTable toCsvTable() const;

    // What a group is called in the table's Name column: a trader's name, a country's or a
    // chapter's name, a lane or channel in words; empty when the key says it all.
    static QString groupName(SummaryDimension dimension, const SummaryRow &row);
    // What a chart labels a group with: the trader's name (its ID when it has none), "CN ·
    // China", "84 · Electrical machinery…", a lane in words, a period ("Mar 2025").
    static QString chartLabel(SummaryDimension dimension, const SummaryRow &row);
    // The header of the Key column for `dimension` ("Trader ID", "Month").
    static QString keyTitle(SummaryDimension dimension);

private:
    QVariant value(const SummaryRow &row, int column) const;

    SummaryDimension m_dimension;
    std::vector<SummaryRow> m_rows;
};

} // namespace clearsight::ui
