#pragma once

#include "common/result.h"
#include "domain/canonicalschema.h"

#include <QString>

#include <optional>
#include <vector>

namespace clearsight
{

class Connection;

// Data-quality profile of one import batch or of the whole store (DOMAIN.md, "Data quality
// and lineage"): completeness per column, validity and consistency findings, duplicates,
// value ranges and rejects.
struct ColumnQuality {
    CanonicalColumn column;
    qint64 filled = 0;             // rows with a value
    std::optional<double> minimum; // numeric columns only
    std::optional<double> maximum;
    std::optional<double> mean;
};

struct FindingCount {
    QString kind;   // finding key, e.g. "net_above_gross"
    QString column; // canonical column it concerns
    qint64 rows = 0;
};

struct RejectCount {
    QString column; // empty: the record could not be split into fields
    qint64 records = 0;
    QString example; // the first reason, as stored
};

struct QualityReport {
    qint64 batchId = 0; // 0: the whole store
    qint64 rows = 0;
    qint64 rowsWithFindings = 0;
    qint64 rejected = 0;
    std::vector<ColumnQuality> columns; // every canonical column, in order
    std::vector<FindingCount> findings; // most frequent first
    std::vector<RejectCount> rejects;   // most frequent first
};

class QualityRepository
{
public:
    explicit QualityRepository(const Connection &connection) : m_connection(connection) {}

    // batchId 0 reports on the whole store. Fails if the batch does not exist.
    Result<QualityReport> report(qint64 batchId = 0) const;

private:
    const Connection &m_connection;
};

} // namespace clearsight
