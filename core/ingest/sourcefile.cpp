#include "sourcefile.h"

#include "importprofile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

namespace clearsight
{

namespace
{

// The most frequent of , ; tab | @ in the header line.
char detectSeparator(QByteArrayView firstLine)
{
    char best = ',';
    qsizetype bestCount = 0;
    for (char candidate : {',', ';', '\t', '|', '@'}) {
        const qsizetype count = firstLine.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

CsvDialect dialectFor(char separator)
{
    return CsvDialect{separator, '"', 200, 4 * 1024 * 1024};
}

// Reads the header (the first non-blank record) from a reader.
bool readHeader(CsvReader &reader, CsvRecord &header)
{
    while (reader.next(header)) {
        if (header.broken)
            return false;
        if (!header.isBlank())
            return true;
    }
    return false;
}
} // namespace

QString SourceFile::fileName() const
{
    return QFileInfo(m_path).fileName();
}

Result<std::unique_ptr<SourceFile>> SourceFile::open(const QString &path,
                                                     const SourceOverrides &overrides)
{
    std::unique_ptr<SourceFile> source(new SourceFile);
    source->m_path = path;
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return makeError(Error::Code::FileNotFound,
                         QCoreApplication::translate("Import", "%1: no such file.").arg(path));
    source->m_file.setFileName(path);
    if (!source->m_file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Import", "%1: cannot be read: %2")
                             .arg(path, source->m_file.errorString()));
    }
    source->m_size = source->m_file.size();
    if (source->m_size == 0)
        return makeError(
            Error::Code::BadInput,
            QCoreApplication::translate("Import", "%1 is empty: there is nothing to import.")
                .arg(name));

    const QByteArray head = source->m_file.peek(64 * 1024);
    const EncodingGuess guess = detectEncoding(head);
    if (guess.binary && !overrides.encoding) {
        return makeError(Error::Code::BadInput,
                         QCoreApplication::translate(
                             "Import", "%1 is a binary file, not a declaration file (CSV text).")
                             .arg(name));
    }
    source->m_encoding = overrides.encoding.value_or(guess.encoding);

    // The header line as UTF-8, to detect the separator.
    QByteArray headUtf8 = head;
    if (source->m_encoding != TextEncoding::Utf8) {
        QByteArray copy = head;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        Utf8DecodingDevice decoder(&buffer, source->m_encoding);
        headUtf8 = decoder.readAll();
    }
    qsizetype lineStart = 0;
    while (lineStart < headUtf8.size() &&
           (headUtf8[lineStart] == '\n' || headUtf8[lineStart] == '\r'))
        ++lineStart;
    qsizetype lineEnd = headUtf8.indexOf('\n', lineStart);
    if (lineEnd < 0)
        lineEnd = headUtf8.size();
    source->m_separator = overrides.separator.value_or(
        detectSeparator(QByteArrayView(headUtf8).sliced(lineStart, lineEnd - lineStart)));

    QIODevice *device = &source->m_file;
    if (source->m_encoding != TextEncoding::Utf8) {
        source->m_decoder =
            std::make_unique<Utf8DecodingDevice>(&source->m_file, source->m_encoding);
        device = source->m_decoder.get();
    }
    source->m_reader = std::make_unique<CsvReader>(device, dialectFor(source->m_separator));
    CsvRecord header;
    if (!readHeader(*source->m_reader, header))
        return makeError(
            Error::Code::BadInput,
            QCoreApplication::translate("Import", "%1, line 1: no header line could be read.")
                .arg(name));
    for (QByteArrayView field : header.fields) {
        const QString text = QString::fromUtf8(field).trimmed();
        source->m_header << text;
        source->m_normalisedHeader << normalisedHeaderName(text);
    }
    return source;
}

std::vector<std::vector<QByteArray>> SourceFile::sample(int limit) const
{
    std::vector<std::vector<QByteArray>> rows;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    std::unique_ptr<QIODevice> decoder;
    QIODevice *device = &file;
    if (m_encoding != TextEncoding::Utf8) {
        decoder = std::make_unique<Utf8DecodingDevice>(&file, m_encoding);
        device = decoder.get();
    }
    CsvReader reader(device, dialectFor(m_separator));
    CsvRecord record;
    if (!readHeader(reader, record))
        return rows;
    while (int(rows.size()) < limit && reader.next(record)) {
        if (record.broken || record.isBlank())
            continue;
        std::vector<QByteArray> fields;
        for (QByteArrayView f : record.fields)
            fields.push_back(f.toByteArray());
        rows.push_back(std::move(fields));
    }
    return rows;
}

} // namespace clearsight
