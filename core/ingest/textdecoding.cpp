#include "textdecoding.h"

#include <cstring>

namespace clearsight
{

namespace
{

// Windows-1252 code points for bytes 0x80..0x9F (others map to themselves, as in Latin-1).
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Length of the valid UTF-8 sequence at p, 0 if invalid; -1 if cut off by the end.
int utf8SequenceLength(const unsigned char *p, qsizetype available)
{
    const unsigned char c = p[0];
    int length = 0;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        length = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        length = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        length = 4;
    else
        return 0;
    if (available < length)
        return -1;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

EncodingGuess detectEncoding(QByteArrayView head)
{
    EncodingGuess guess;
    if (head.startsWith("\xEF\xBB\xBF"))
        return guess;
    if (head.startsWith("\xFF\xFE")) {
        guess.encoding = TextEncoding::Utf16LE;
        return guess;
    }
    if (head.startsWith("\xFE\xFF")) {
        guess.encoding = TextEncoding::Utf16BE;
        return guess;
    }
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(head[i]);
        if (c == 0)
            (i % 2 == 0 ? evenNul : oddNul) += 1;
        else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++controls;
    }
    const qsizetype pairs = head.size() / 2;
    if (pairs > 0 && oddNul > pairs * 3 / 10 && evenNul < pairs / 20) {
        guess.encoding = TextEncoding::Utf16LE;
        return guess;
    }
    if (pairs > 0 && evenNul > pairs * 3 / 10 && oddNul < pairs / 20) {
        guess.encoding = TextEncoding::Utf16BE;
        return guess;
    }
    if (evenNul + oddNul > 0 || controls > head.size() / 20) {
        guess.binary = true;
        return guess;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(head.data());
    for (qsizetype i = 0; i < head.size();) {
        const int length = utf8SequenceLength(p + i, head.size() - i);
        if (length < 0)
            break; // a sequence cut off at the end of the sample
        if (length == 0) {
            guess.encoding = TextEncoding::Windows1252;
            return guess;
        }
        i += length;
    }
    return guess;
}

std::optional<TextEncoding> encodingByName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('_'));
    if (n == QLatin1StringView("utf-8") || n == QLatin1StringView("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1StringView("utf-16") || n == QLatin1StringView("utf16") ||
        n == QLatin1StringView("utf-16le") || n == QLatin1StringView("utf16le"))
        return TextEncoding::Utf16LE;
    if (n == QLatin1StringView("utf-16be") || n == QLatin1StringView("utf16be"))
        return TextEncoding::Utf16BE;
    if (n == QLatin1StringView("latin1") || n == QLatin1StringView("latin-1") ||
        n == QLatin1StringView("iso-8859-1") || n == QLatin1StringView("iso8859-1"))
        return TextEncoding::Latin1;
    if (n == QLatin1StringView("windows-1252") || n == QLatin1StringView("cp1252") ||
        n == QLatin1StringView("win1252"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Latin1:
        return QStringLiteral("iso-8859-1");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

Utf8DecodingDevice::Utf8DecodingDevice(QIODevice *source, TextEncoding encoding)
    : m_source(source), m_encoding(encoding)
{
    open(QIODevice::ReadOnly);
}

bool Utf8DecodingDevice::atEnd() const
{
    return m_sourceDone && m_pendingPos >= m_pending.size() && QIODevice::atEnd();
}

bool Utf8DecodingDevice::refill()
{
    if (m_sourceDone)
        return false;
    const QByteArray fresh = m_source->read(1 << 20);
    if (fresh.isEmpty()) {
        // An odd trailing byte or a lone high surrogate at the very end cannot be decoded.
        m_sourceDone = true;
        if (m_carry.isEmpty())
            return false;
        m_carry.clear();
        m_pending = QByteArray("\xEF\xBF\xBD"); // U+FFFD
        m_pendingPos = 0;
        return true;
    }
    QByteArray chunk = m_carry + fresh;
    m_carry.clear();
    qsizetype start = 0;
    if (!m_started) {
        m_started = true;
        if ((m_encoding == TextEncoding::Utf16LE && chunk.startsWith("\xFF\xFE")) ||
            (m_encoding == TextEncoding::Utf16BE && chunk.startsWith("\xFE\xFF")))
            start = 2;
        else if (m_encoding == TextEncoding::Utf8 && chunk.startsWith("\xEF\xBB\xBF"))
            start = 3;
    }
    m_pending.clear();
    m_pendingPos = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(chunk.constData());
    const qsizetype size = chunk.size();
    switch (m_encoding) {
    case TextEncoding::Utf8:
        m_pending = chunk.mid(start);
        break;
    case TextEncoding::Latin1:
    case TextEncoding::Windows1252:
        m_pending.reserve(size + size / 8);
        for (qsizetype i = start; i < size; ++i) {
            const unsigned char c = p[i];
            if (c < 0x80)
                m_pending.append(char(c));
            else if (c < 0xA0 && m_encoding == TextEncoding::Windows1252)
                appendUtf8(m_pending, kWindows1252High[c - 0x80]);
            else
                appendUtf8(m_pending, c);
        }
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const bool little = m_encoding == TextEncoding::Utf16LE;
        m_pending.reserve(size);
        qsizetype i = start;
        for (; i + 1 < size; i += 2) {
            char32_t unit =
                little ? char32_t(p[i] | (p[i + 1] << 8)) : char32_t((p[i] << 8) | p[i + 1]);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                if (i + 3 >= size)
                    break; // the low surrogate comes with the next chunk
                const char32_t low = little ? char32_t(p[i + 2] | (p[i + 3] << 8))
                                            : char32_t((p[i + 2] << 8) | p[i + 3]);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    i += 2;
                } else {
                    unit = 0xFFFD;
                }
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                unit = 0xFFFD;
            }
            appendUtf8(m_pending, unit);
        }
        if (i < size)
            m_carry = chunk.mid(i);
        break;
    }
    }
    return true;
}

qint64 Utf8DecodingDevice::readData(char *data, qint64 maxSize)
{
    qint64 written = 0;
    while (written < maxSize) {
        if (m_pendingPos >= m_pending.size()) {
            if (!refill())
                break;
            continue;
        }
        const qint64 n = std::min<qint64>(maxSize - written, m_pending.size() - m_pendingPos);
        std::memcpy(data + written, m_pending.constData() + m_pendingPos, size_t(n));
        m_pendingPos += n;
        written += n;
    }
    return written;
}

} // namespace clearsight
