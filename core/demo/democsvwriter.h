#pragma once

#include <QFile>
#include <QString>

#include <string_view>
#include <vector>

namespace clearsight::demo
{

// Writes CSV through a large buffer with std::to_chars number formatting: the demo writes
// millions of rows, and QString/QTextStream formatting would dominate its run time.
// RFC 4180: `,` separators, `\n` line ends, quotes only where a field needs them.
class DemoCsvWriter
{
public:
    DemoCsvWriter();

    bool open(const QString &path);
    QString errorString() const { return m_file.errorString(); }
    QString fileName() const { return m_file.fileName(); }

    void text(std::string_view csvReady);        // already quoted where needed
    void escaped(std::string_view raw);          // quoted here where needed
    void money(double value);                    // 2 decimals
    void decimal(double value, int maxDecimals); // trailing zeros trimmed
    void integer(long long value);
    void empty();
    void endRow();

    // Flushes and closes; false if anything failed to write.
    bool finish();
    // Closes and deletes the file (cancel, or a sibling file failed).
    void discard();

private:
    char *reserve(size_t bytes);
    void separator();
    void flush();

    QFile m_file;
    std::vector<char> m_buffer;
    size_t m_used = 0;
    bool m_rowStarted = false;
    bool m_failed = false;
    bool m_opened = false;
};

} // namespace clearsight::demo
