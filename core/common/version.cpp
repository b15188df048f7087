#include "version.h"

namespace clearsight
{

QString applicationVersion()
{
    return QStringLiteral(CLEARSIGHT_VERSION);
}

} // namespace clearsight
