#pragma once

#include "common/result.h"
#include "store/batchrepository.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace clearsight
{

class Connection;

struct RowFinding {
    QString kind;   // finding key
    QString column; // canonical column
    QString detail; // the source text or figures behind it
};

// Everything known about one stored declaration item: its values, the source columns kept
// with it, its findings, and its lineage (batch, file, mapping, source line).
struct DeclarationDetails {
    qint64 rowId = 0;
    std::vector<QVariant> values; // canonical columns, in order
    QString extraJson;
    qint64 sourceLine = 0;
    ImportBatch batch;
    std::vector<RowFinding> findings;
};

Result<DeclarationDetails> declarationDetails(const Connection &connection, qint64 rowId);

} // namespace clearsight
