#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <string>
#include <vector>

class QIODevice;

namespace clearsight
{

// One logical CSV record. Field views point into the reader's buffers and stay valid until the
// next call to CsvReader::next().
struct CsvRecord {
    qint64 line = 0;       // 1-based physical line where the record starts
    int physicalLines = 1; // lines it spans (quoted fields may hold newlines)
    bool broken = false;   // could not be split into fields (bad quoting); see error
    QString error;         // why it is broken, for a human
    QByteArrayView raw;    // the record's source text (for a broken record, its first line)
    std::vector<QByteArrayView> fields;

    bool isBlank() const { return fields.size() == 1 && fields.front().trimmed().isEmpty(); }
};

struct CsvDialect {
    char separator = ',';
    char quote = '"';
    // A quoted field may span lines, but one that runs on past these limits is taken as an
    // unterminated quote: its record is rejected and reading resumes at the next line.
    int maxRecordLines = 200;
    qsizetype maxRecordBytes = 4 * 1024 * 1024;
};

// A streaming RFC 4180 reader over UTF-8 (or any ASCII-compatible) bytes: quoted fields,
// separators and newlines inside quotes, doubled quotes, CRLF or LF, a UTF-8 BOM. Memory holds
// one chunk plus the current record, never the whole file. Lenient where a person would be:
// a stray quote inside an unquoted field is kept as text. Not thread-safe.
class CsvReader
{
public:
    CsvReader(QIODevice *device, CsvDialect dialect);

    // Reads the next record (blank lines included, see CsvRecord::isBlank); false at the end.
    bool next(CsvRecord &record);

    // Bytes consumed so far, for progress against the file size.
    qint64 bytesConsumed() const { return m_consumedBefore + m_pos; }
    // An I/O error met while reading, empty if none.
    const QString &ioError() const { return m_ioError; }

private:
    enum class Parse { Complete, NeedMore, Broken };
    Parse parseRecord(CsvRecord &record, qsizetype &end);
    bool fill();
    void compact();

    QIODevice *m_device;
    CsvDialect m_dialect;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumedBefore = 0;
    bool m_eof = false;
    bool m_bomChecked = false;
    qint64 m_line = 1;
    // A field is a span of the buffer, or of the arena when it had to be unescaped ("").
    struct Span {
        qsizetype offset;
        qsizetype length;
        bool inArena;
    };
    std::string m_arena;
    std::vector<Span> m_spans;
    QString m_ioError;
};

} // namespace clearsight
