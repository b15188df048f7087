#pragma once

#include "common/result.h"

#include <QString>

#include <map>
#include <vector>

namespace clearsight
{

class Connection;

// Headline figures of a workspace, as `clearsight-cli stats` and the status bar show them.
struct StoreStatistics {
    qint64 items = 0;        // stored declaration items
    qint64 declarations = 0; // distinct declaration references
    qint64 traders = 0;
    qint64 declarants = 0;
    qint64 partners = 0;
    qint64 rejected = 0;
    qint64 rowsWithFindings = 0;
    QString firstDate; // ISO, empty when the store is empty
    QString lastDate;
    double customsValue = 0;         // sum of cif_value, national currency
    double invoiceValueNational = 0; // sum of invoice_value * exchange_rate
    double dutyPaid = 0;
    double revenueRecovered = 0;
    qint64 inspected = 0;
    qint64 illicit = 0;
    std::map<QString, qint64> itemsByFlow;
    std::map<QString, qint64> findingsByKind;
};

class StatsRepository
{
public:
    explicit StatsRepository(const Connection &connection) : m_connection(connection) {}

    // Exact: scans the declarations (seconds on millions of rows; `clearsight-cli stats`).
    // Quick: totals and period from the summary tables, counts from the reference tables, in
    // milliseconds (the status bar); invoiceValueNational stays 0 and `declarations` counts
    // each import batch's declarations (a reference imported twice counts twice).
    enum class Depth { Exact, Quick };
    Result<StoreStatistics> statistics(Depth depth = Depth::Exact) const;
    // Stored items, from the batch ledger (instant even on a very large store).
    Result<qint64> storedItemCount() const;
    Result<bool> hasDeclarations() const;
    // Batches that imported a file of exactly this size (candidates for a repeated import).
    Result<bool> hasBatchWithFileSize(qint64 size) const;

private:
    const Connection &m_connection;
};

} // namespace clearsight
