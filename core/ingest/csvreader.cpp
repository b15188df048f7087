#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace clearsight {

namespace {
constexpr qsizetype kChunk = 1 << 20;
}

CsvReader::CsvReader(QIODevice *device, CsvDialect dialect) : m_device(device), m_dialect(dialect)
{
}

void CsvReader::compact()
{
    if (m_pos == 0)
        return;
    m_buffer.remove(0, m_pos);
    m_consumedBefore += m_pos;
    m_pos = 0;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    compact();
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const qint64 got = m_device->read(m_buffer.data() + old, kChunk);
    if (got < 0) {
        m_ioError = m_device->errorString();
        m_buffer.resize(old);
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + got);
    if (got == 0)
        m_eof = true;
    if (!m_bomChecked && m_buffer.size() >= 3) {
        m_bomChecked = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return got > 0;
}

// Parses one record starting at m_pos. On Complete, `end` is the offset just past the record's
// line ending. Fields are written to m_arena/m_spans.
CsvReader::Parse CsvReader::parseRecord(CsvRecord &record, qsizetype &end)
{
    const char sep = m_dialect.separator;
    const char quote = m_dialect.quote;
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    m_arena.resize(0);
    m_spans.clear();
    int lines = 1;
    qsizetype i = m_pos;
    qsizetype fieldStart = 0;

    auto finishField = [&]() {
        m_spans.emplace_back(fieldStart, m_arena.size() - fieldStart);
        fieldStart = m_arena.size();
    };

    while (true) {
        // Start of a field.
        if (i < size && data[i] == quote) {
            ++i;
            // Quoted field: copy until the closing quote (a doubled quote is one quote).
            while (true) {
                const void *hit = i < size ? std::memchr(data + i, quote, size_t(size - i)) : nullptr;
                const qsizetype stop = hit ? static_cast<const char *>(hit) - data : size;
                for (qsizetype k = i; k < stop; ++k) {
                    if (data[k] == '\n')
                        ++lines;
                }
                m_arena.append(data + i, stop - i);
                if (lines > m_dialect.maxRecordLines || m_arena.size() > m_dialect.maxRecordBytes)
                    return Parse::Broken;
                if (!hit)
                    return m_eof ? Parse::Broken : Parse::NeedMore;
                i = stop + 1;
                if (i >= size && !m_eof)
                    return Parse::NeedMore;
                if (i < size && data[i] == quote) {
                    m_arena.append(quote);
                    ++i;
                    continue;
                }
                break;
            }
            // After the closing quote: text up to the separator is kept as written (lenient).
        }
        // Unquoted field (or the tail after a quoted one).
        qsizetype k = i;
        while (k < size && data[k] != sep && data[k] != '\n')
            ++k;
        if (k >= size && !m_eof)
            return Parse::NeedMore;
        qsizetype textEnd = k;
        if (k < size && data[k] == '\n' && textEnd > i && data[textEnd - 1] == '\r')
            --textEnd;
        if (k >= size && textEnd > i && data[textEnd - 1] == '\r')
            --textEnd;
        m_arena.append(data + i, textEnd - i);
        finishField();
        if (k < size && data[k] == sep) {
            i = k + 1;
            continue;
        }
        end = k < size ? k + 1 : k;
        record.physicalLines = lines;
        return Parse::Complete;
    }
}

bool CsvReader::next(CsvRecord &record)
{
    record.broken = false;
    record.error.clear();
    record.fields.clear();
    if (m_pos >= m_buffer.size()) {
        if (!fill() && m_pos >= m_buffer.size())
            return false;
    }
    while (true) {
        qsizetype end = 0;
        const Parse result = parseRecord(record, end);
        if (result == Parse::NeedMore) {
            fill();
            continue;
        }
        record.line = m_line;
        if (result == Parse::Broken) {
            // Reject the record by its first line and resume just after that line.
            const char *data = m_buffer.constData();
            const void *nl = std::memchr(data + m_pos, '\n', size_t(m_buffer.size() - m_pos));
            const qsizetype lineEnd = nl ? static_cast<const char *>(nl) - data : m_buffer.size();
            record.broken = true;
            record.physicalLines = 1;
            record.error = QCoreApplication::translate(
                "CsvReader", "a quoted field is not closed (unterminated quote); the record "
                             "could not be split into fields");
            qsizetype rawEnd = lineEnd;
            if (rawEnd > m_pos && data[rawEnd - 1] == '\r')
                --rawEnd;
            record.raw = QByteArrayView(data + m_pos, rawEnd - m_pos);
            m_pos = nl ? lineEnd + 1 : lineEnd;
            m_line += 1;
            return true;
        }
        const char *data = m_buffer.constData();
        qsizetype rawEnd = end;
        while (rawEnd > m_pos && (data[rawEnd - 1] == '\n' || data[rawEnd - 1] == '\r'))
            --rawEnd;
        record.raw = QByteArrayView(data + m_pos, rawEnd - m_pos);
        record.fields.reserve(m_spans.size());
        for (const auto &[offset, length] : m_spans)
            record.fields.emplace_back(m_arena.constData() + offset, length);
        m_pos = end;
        m_line += record.physicalLines;
        return true;
    }
}

} // namespace clearsight
