#pragma once

#include "common/result.h"
#include "domain/canonicalschema.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace clearsight
{

class Connection;

// What the declarations table shows. Every criterion is bound as a parameter, never spliced.
struct DeclarationFilter {
    QString search;   // declaration reference or trader id prefix, trader name part, HS code prefix
    QString flow;     // "IM", "EX" or empty for both
    QString dateFrom; // ISO, inclusive; empty = open
    QString dateTo;   // ISO, inclusive; empty = open
    QString traderId; // exact
    QString declarationId; // exact declaration reference
    QString office;        // exact customs office
    QString hsChapter;     // two-digit HS chapter ("84"): hs_code starts with it
    QString origin;        // exact ISO alpha-2 origin country
    QString declarantId;   // exact
    QString channel;       // GREEN, YELLOW, RED
    QString transportMode; // exact mode ("SEA"); with origin and office it makes a trade lane
    bool withFindingsOnly = false;
    int findingsMask = 0; // rows carrying any of these finding bits (findingBit()); 0 = any
    qint64 batchId = 0;   // 0 = all batches

    bool isEmpty() const
    {
        return search.isEmpty() && flow.isEmpty() && dateFrom.isEmpty() && dateTo.isEmpty() &&
               traderId.isEmpty() && declarationId.isEmpty() && office.isEmpty() &&
               hsChapter.isEmpty() && origin.isEmpty() && declarantId.isEmpty() &&
               channel.isEmpty() && transportMode.isEmpty() && !withFindingsOnly &&
               findingsMask == 0 && batchId == 0;
    }
    bool operator==(const DeclarationFilter &) const = default;
};

// Columns a view can sort and show beyond the canonical record: lineage and findings.
enum class DeclarationExtraColumn { Findings, Batch, SourceLine, Count };
inline constexpr int declarationViewColumnCount =
    canonicalColumnCount + static_cast<int>(DeclarationExtraColumn::Count);

struct DeclarationSort {
    int column = -1; // view column (canonical, then extra); -1 = storage order
    bool descending = false;
    bool operator==(const DeclarationSort &) const = default;
};

struct DeclarationRecordRow {
    qint64 rowId = 0;
    std::vector<QVariant> values; // declarationViewColumnCount values, null where empty
};

// Filtered, sorted, paged reads of the declarations table for views (chunked row cache).
class DeclarationQuery
{
public:
    explicit DeclarationQuery(const Connection &connection) : m_connection(connection) {}

    Result<qint64> count(const DeclarationFilter &filter) const;
    Result<std::vector<DeclarationRecordRow>> page(const DeclarationFilter &filter,
                                                   const DeclarationSort &sort, qint64 offset,
                                                   int limit) const;

private:
    const Connection &m_connection;
};

} // namespace clearsight
