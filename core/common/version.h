#pragma once

#include <QString>

namespace clearsight
{

// The application version, e.g. "0.1.0".
QString applicationVersion();

} // namespace clearsight
