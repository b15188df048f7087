#pragma once

#include "common/result.h"

#include <QStringList>

namespace clearsight
{

class Connection;

// The secondary indexes of the declarations table at the current schema. A bulk load into an
// empty store drops them first and builds them after the load, which is several times faster
// than maintaining them row by row.
QStringList declarationIndexNames();
Status dropDeclarationIndexes(const Connection &connection);
Status createDeclarationIndexes(const Connection &connection);

// Marks every row in [firstRow, lastRow] whose (declaration_id, item_no) was stored before
// (in this batch or an earlier one) with a duplicate_item finding. Returns how many it marked.
Result<qint64> markDuplicateItems(const Connection &connection, qint64 batchId, qint64 firstRow,
                                  qint64 lastRow);

} // namespace clearsight
