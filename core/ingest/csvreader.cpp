#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace clearsight
{

namespace
{
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
// line ending and m_spans holds its fields. Fields are views of the buffer where possible;
// only a quoted field with doubled quotes (or text after its closing quote) is copied.
CsvReader::Parse CsvReader::parseRecord(CsvRecord &record, qsizetype &end)
{
    const char sep = m_dialect.separator;
    const char quote = m_dialect.quote;
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    m_arena.clear();
    m_spans.clear();
    int lines = 1;
    qsizetype i = m_pos;
    qsizetype recordBytes = 0;

    while (true) {
        if (i < size && data[i] == quote) {
            // Quoted field: up to the closing quote; a doubled quote is one quote.
            const qsizetype start = ++i;
            bool copied = false;
            qsizetype arenaStart = qsizetype(m_arena.size());
            while (true) {
                const void *hit =
                    i < size ? std::memchr(data + i, quote, size_t(size - i)) : nullptr;
                const qsizetype stop = hit ? static_cast<const char *>(hit) - data : size;
                for (qsizetype k = i; k < stop; ++k) {
                    if (data[k] == '\n')
                        ++lines;
                }
                if (copied)
                    m_arena.append(data + i, size_t(stop - i));
                recordBytes += stop - i;
                if (lines > m_dialect.maxRecordLines || recordBytes > m_dialect.maxRecordBytes)
                    return Parse::Broken;
                if (!hit)
                    return m_eof ? Parse::Broken : Parse::NeedMore;
                i = stop + 1;
                if (i >= size && !m_eof)
                    return Parse::NeedMore;
                if (i < size && data[i] == quote) {
                    // A doubled quote: from here on the field is unescaped into the arena.
                    if (!copied) {
                        copied = true;
                        arenaStart = qsizetype(m_arena.size());
                        m_arena.append(data + start, size_t(stop - start));
                    }
                    m_arena.push_back(quote);
                    ++i;
                    continue;
                }
                break;
            }
            const qsizetype closing = i - 1;
            // Text between the closing quote and the separator is kept as written (lenient).
            qsizetype k = i;
            while (k < size && data[k] != sep && data[k] != '\n')
                ++k;
            if (k >= size && !m_eof)
                return Parse::NeedMore;
            qsizetype tailEnd = k;
            if (tailEnd > i && data[tailEnd - 1] == '\r')
                --tailEnd;
            if (tailEnd > i && !copied) {
                copied = true;
                arenaStart = qsizetype(m_arena.size());
                m_arena.append(data + start, size_t(closing - start));
            }
            if (copied) {
                m_arena.append(data + i, size_t(tailEnd - i));
                m_spans.push_back({arenaStart, qsizetype(m_arena.size()) - arenaStart, true});
            } else {
                m_spans.push_back({start, closing - start, false});
            }
            i = k;
        } else {
            qsizetype k = i;
            while (k < size && data[k] != sep && data[k] != '\n')
                ++k;
            if (k >= size && !m_eof)
                return Parse::NeedMore;
            qsizetype textEnd = k;
            if (textEnd > i && data[textEnd - 1] == '\r')
                --textEnd;
            recordBytes += textEnd - i;
            m_spans.push_back({i, textEnd - i, false});
            i = k;
        }
        if (i < size && data[i] == sep) {
            ++i;
            continue;
        }
        end = i < size ? i + 1 : i;
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
        for (const Span &span : m_spans) {
            const char *base = span.inArena ? m_arena.data() : data;
            record.fields.emplace_back(base + span.offset, span.length);
        }
        m_pos = end;
        m_line += record.physicalLines;
        return true;
    }
}

} // namespace clearsight
