#include "rowbatch.h"

namespace clearsight
{

void RowBatch::clear()
{
    m_text.clear();
    m_rows.clear();
    m_findings.clear();
    m_rejects.clear();
}

RowBatch::Span RowBatch::keep(QByteArrayView text)
{
    const Span span{quint32(m_text.size()), quint32(text.size())};
    m_text.append(text.data(), size_t(text.size()));
    return span;
}

void RowBatch::addRow(const DeclarationRow &row, const std::vector<PendingFinding> &findings)
{
    Row &r = m_rows.emplace_back();
    r.sourceLine = row.sourceLine;
    r.findingsMask = row.findingsMask;
    for (size_t c = 0; c < row.values.size(); ++c) {
        const StoredValue &v = row.values[c];
        Value &out = r.values[c];
        out.kind = v.kind;
        switch (v.kind) {
        case StoredValue::Kind::Null:
            break;
        case StoredValue::Kind::Text:
            out.text = keep(v.text);
            break;
        case StoredValue::Kind::Integer:
            out.integer = v.integer;
            break;
        case StoredValue::Kind::Real:
            out.real = v.real;
            break;
        }
    }
    r.extra = keep(row.extraJson);
    r.firstFinding = quint32(m_findings.size());
    r.findingCount = quint32(findings.size());
    for (const PendingFinding &f : findings)
        m_findings.push_back({f.kind, f.column, keep(f.detail)});
}

void RowBatch::addReject(qint64 line, QByteArrayView column, QByteArrayView raw,
                         const QString &reason)
{
    m_rejects.push_back({line, keep(column), keep(raw), reason.toUtf8()});
}

Status RowBatch::write(DeclarationWriter &writer, qint64 batchId, qint64 &firstRowId,
                       qint64 &lastRowId) const
{
    for (const Reject &reject : m_rejects) {
        if (Status s = writer.insertReject(batchId, reject.line, view(reject.column),
                                           view(reject.raw), reject.reason);
            !s)
            return s;
    }
    DeclarationRow row;
    row.batchId = batchId;
    for (const Row &r : m_rows) {
        row.sourceLine = r.sourceLine;
        row.findingsMask = r.findingsMask;
        for (size_t c = 0; c < r.values.size(); ++c) {
            const Value &v = r.values[c];
            switch (v.kind) {
            case StoredValue::Kind::Null:
                row.values[c] = StoredValue{};
                break;
            case StoredValue::Kind::Text:
                row.values[c] = StoredValue::fromText(view(v.text));
                break;
            case StoredValue::Kind::Integer:
                row.values[c] = StoredValue::fromInteger(v.integer);
                break;
            case StoredValue::Kind::Real:
                row.values[c] = StoredValue::fromReal(v.real);
                break;
            }
        }
        row.extraJson = view(r.extra);
        const Result<qint64> id = writer.insert(row);
        if (!id)
            return id.error();
        if (firstRowId == 0)
            firstRowId = id.value();
        lastRowId = id.value();
        for (quint32 f = r.firstFinding; f < r.firstFinding + r.findingCount; ++f) {
            const Finding &finding = m_findings[f];
            if (Status s =
                    writer.insertFinding(id.value(), batchId, findingKey(finding.kind),
                                         columnInfo(finding.column).name, view(finding.detail));
                !s)
                return s;
        }
    }
    return Done{};
}

} // namespace clearsight
