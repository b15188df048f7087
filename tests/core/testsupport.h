#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace clearsight::test
{

// The canonical CSV header line (no newline).
QByteArray canonicalHeader();

// One canonical CSV line from column=value pairs; unspecified columns take the values of a
// clean, consistent FOB import by sea (so a test states only what it is about).
QByteArray canonicalLine(const QStringList &assignments);

// Writes bytes to path; fails the test on error.
void writeFile(const QString &path, const QByteArray &bytes);

QByteArray readFile(const QString &path);

} // namespace clearsight::test
