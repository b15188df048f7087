#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <optional>

namespace clearsight
{

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Latin1, Windows1252 };

// What the first bytes of a file say about it.
struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    bool binary = false; // NUL bytes outside a UTF-16 pattern, or mostly control characters
};

// Detects the encoding from the start of a file: a BOM, the NUL pattern of UTF-16, valid UTF-8,
// and otherwise Windows-1252 (the superset of Latin-1 that spreadsheets on Windows write).
EncodingGuess detectEncoding(QByteArrayView head);

// "utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "latin1", "iso-8859-1", "windows-1252",
// "cp1252" (case ignored); nullopt for anything else.
std::optional<TextEncoding> encodingByName(const QString &name);
QString encodingName(TextEncoding encoding);

// Reads another device and delivers its text as UTF-8, converting chunk by chunk (memory does
// not grow with the file). Skips a BOM. Read-only and sequential.
class Utf8DecodingDevice : public QIODevice
{
public:
    Utf8DecodingDevice(QIODevice *source, TextEncoding encoding);

    bool isSequential() const override { return true; }
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool refill();

    QIODevice *m_source;
    TextEncoding m_encoding;
    QByteArray m_pending; // decoded bytes not yet handed out
    qsizetype m_pendingPos = 0;
    QByteArray m_carry; // an incomplete UTF-16 unit or surrogate pair from the last chunk
    bool m_started = false;
    bool m_sourceDone = false;
};

} // namespace clearsight
