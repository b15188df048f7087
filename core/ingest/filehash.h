#pragma once

#include "common/result.h"

#include <QString>

namespace clearsight
{

// Hex SHA-256 of a file's bytes, read in chunks (memory does not grow with the file).
Result<QString> sha256OfFile(const QString &path);

} // namespace clearsight
