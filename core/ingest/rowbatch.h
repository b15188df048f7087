#pragma once

#include "ingest/rownormaliser.h"
#include "store/declarationwriter.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace clearsight
{

// Normalised rows, their findings and the rejects of a stretch of a file, with their own copy
// of the text: handed from the reading thread to the writing thread of an import.
class RowBatch
{
public:
    void clear();
    void addRow(const DeclarationRow &row, const std::vector<PendingFinding> &findings);
    void addReject(qint64 line, QByteArrayView column, QByteArrayView raw, const QString &reason);

    size_t rowCount() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.empty() && m_rejects.empty(); }

    // Stores everything in the batch; rowStored is called with each row's new id.
    Status write(DeclarationWriter &writer, qint64 batchId, qint64 &firstRowId,
                 qint64 &lastRowId) const;

private:
    struct Span {
        quint32 offset = 0;
        quint32 length = 0;
    };
    // 16 bytes: the kind says which member holds the value.
    struct Value {
        StoredValue::Kind kind = StoredValue::Kind::Null;
        union {
            Span text;
            qint64 integer;
            double real;
        };
        Value() : integer(0) {}
    };
    struct Row {
        qint64 sourceLine = 0;
        int findingsMask = 0;
        std::array<Value, canonicalColumnCount> values;
        Span extra;
        quint32 firstFinding = 0;
        quint32 findingCount = 0;
    };
    struct Finding {
        FindingKind kind;
        CanonicalColumn column;
        Span detail;
    };
    struct Reject {
        qint64 line;
        Span column;
        Span raw;
        QByteArray reason;
    };

    Span keep(QByteArrayView text);
    QByteArrayView view(Span span) const
    {
        return QByteArrayView(m_text.data() + span.offset, span.length);
    }

    std::string m_text;
    std::vector<Row> m_rows;
    std::vector<Finding> m_findings;
    std::vector<Reject> m_rejects;
};

} // namespace clearsight
