#pragma once

#include "common/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace clearsight
{

class Connection;

// Lineage of one import: which file, its hash, when, how it was mapped, and what became of
// its records.
struct ImportBatch {
    qint64 id = 0;
    QString fileName;
    QString filePath;
    QString sha256;
    qint64 fileSize = 0;
    QString startedAt;  // ISO 8601 UTC
    QString finishedAt; // empty while the import runs
    QString profile;    // mapping profile name, e.g. "canonical"
    QString mapping;    // the mapping used, as JSON
    qint64 read = 0;    // source records (not counting header and blank lines)
    qint64 stored = 0;
    qint64 rejected = 0;
    qint64 items = 0; // declaration items created (fewer than stored when lines merge)
    qint64 findings = 0;
    qint64 firstRowId = 0;
    qint64 lastRowId = 0;
};

class BatchRepository
{
public:
    explicit BatchRepository(const Connection &connection) : m_connection(connection) {}

    // Inserts the batch (id ignored) and returns its id.
    Result<qint64> create(const ImportBatch &batch) const;
    Status finish(const ImportBatch &batch) const;
    Result<std::vector<ImportBatch>> all() const;
    Result<std::optional<ImportBatch>> byId(qint64 id) const;
    // The earlier batch that imported a file with this content, if any.
    Result<std::optional<ImportBatch>> bySha256(const QString &sha256) const;

private:
    const Connection &m_connection;
};

} // namespace clearsight
