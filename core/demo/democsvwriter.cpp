#include "democsvwriter.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace clearsight::demo
{

namespace
{
constexpr size_t kBufferSize = size_t(1) << 20;
} // namespace

DemoCsvWriter::DemoCsvWriter() : m_buffer(kBufferSize) {}

bool DemoCsvWriter::open(const QString &path)
{
    m_file.setFileName(path);
    m_used = 0;
    m_rowStarted = false;
    m_failed = false;
    // Unbuffered: our own buffer already batches the writes.
    m_opened = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered);
    return m_opened;
}

char *DemoCsvWriter::reserve(size_t bytes)
{
    if (m_used + bytes > m_buffer.size()) {
        flush();
        if (bytes > m_buffer.size())
            m_buffer.resize(bytes);
    }
    return m_buffer.data() + m_used;
}

void DemoCsvWriter::flush()
{
    if (m_used == 0)
        return;
    if (!m_failed && m_file.write(m_buffer.data(), qint64(m_used)) != qint64(m_used))
        m_failed = true;
    m_used = 0;
}

void DemoCsvWriter::separator()
{
    if (m_rowStarted) {
        *reserve(1) = ',';
        ++m_used;
    }
    m_rowStarted = true;
}

void DemoCsvWriter::text(std::string_view csvReady)
{
    separator();
    char *out = reserve(csvReady.size());
    std::memcpy(out, csvReady.data(), csvReady.size());
    m_used += csvReady.size();
}

void DemoCsvWriter::escaped(std::string_view raw)
{
    if (raw.find_first_of(",\"\r\n") == std::string_view::npos) {
        text(raw);
        return;
    }
    separator();
    char *out = reserve(raw.size() * 2 + 2);
    char *p = out;
    *p++ = '"';
    for (char c : raw) {
        if (c == '"')
            *p++ = '"';
        *p++ = c;
    }
    *p++ = '"';
    m_used += size_t(p - out);
}

void DemoCsvWriter::money(double value)
{
    separator();
    if (value == 0) // no "-0.00"
        value = 0;
    char *out = reserve(64);
    const auto result = std::to_chars(out, out + 64, value, std::chars_format::fixed, 2);
    m_used += size_t(result.ptr - out);
}

void DemoCsvWriter::decimal(double value, int maxDecimals)
{
    separator();
    if (value == 0)
        value = 0;
    char *out = reserve(64);
    const auto result = std::to_chars(out, out + 64, value, std::chars_format::fixed, maxDecimals);
    char *end = result.ptr;
    if (maxDecimals > 0) {
        while (end[-1] == '0')
            --end;
        if (end[-1] == '.')
            --end;
    }
    if (end - out == 2 && out[0] == '-' && out[1] == '0') { // -0.0001 rounds to "-0"
        out[0] = '0';
        --end;
    }
    m_used += size_t(end - out);
}

void DemoCsvWriter::integer(long long value)
{
    separator();
    char *out = reserve(24);
    const auto result = std::to_chars(out, out + 24, value);
    m_used += size_t(result.ptr - out);
}

void DemoCsvWriter::empty()
{
    separator();
}

void DemoCsvWriter::endRow()
{
    *reserve(1) = '\n';
    ++m_used;
    m_rowStarted = false;
}

bool DemoCsvWriter::finish()
{
    flush();
    const bool ok = !m_failed && m_file.error() == QFileDevice::NoError;
    m_file.close();
    return ok && m_file.error() == QFileDevice::NoError;
}

void DemoCsvWriter::discard()
{
    m_used = 0;
    if (m_file.isOpen())
        m_file.close();
    if (m_opened) // never delete a file we could not open: it is not ours
        m_file.remove();
    m_opened = false;
}

} // namespace clearsight::demo
