#pragma once

#include "common/result.h"
#include "ingest/csvreader.h"
#include "ingest/textdecoding.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace clearsight
{

// What a user may say about a file instead of letting ClearSight detect it.
struct SourceOverrides {
    std::optional<char> separator;
    std::optional<TextEncoding> encoding;
};

// A declaration file opened for reading: its encoding and separator detected (or given), its
// text delivered as UTF-8, its header read. Refuses, with a message naming the file, what is
// not a text table at all: a missing, empty or binary file, or one with no header line.
class SourceFile
{
public:
    static Result<std::unique_ptr<SourceFile>> open(const QString &path,
                                                    const SourceOverrides &overrides);

    const QString &path() const { return m_path; }
    QString fileName() const;
    qint64 size() const { return m_size; }
    // Source bytes consumed so far, for progress against size().
    qint64 position() const { return m_file.pos(); }
    TextEncoding encoding() const { return m_encoding; }
    char separator() const { return m_separator; }

    // The header's names as written, and normalised for matching (lower case, single spaces).
    const QStringList &header() const { return m_header; }
    const QStringList &normalisedHeader() const { return m_normalisedHeader; }

    // The records after the header.
    CsvReader &reader() { return *m_reader; }

    // Up to `limit` records after the header, read through a second handle so the main
    // reader is untouched (for detecting date and number formats).
    std::vector<std::vector<QByteArray>> sample(int limit) const;

private:
    SourceFile() = default;

    QString m_path;
    QFile m_file;
    std::unique_ptr<QIODevice> m_decoder;
    std::unique_ptr<CsvReader> m_reader;
    qint64 m_size = 0;
    TextEncoding m_encoding = TextEncoding::Utf8;
    char m_separator = ',';
    QStringList m_header;
    QStringList m_normalisedHeader;
};

} // namespace clearsight
