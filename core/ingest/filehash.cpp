#include "filehash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace clearsight {

Result<QString> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Import", "%1: cannot be read: %2")
                             .arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Import", "%1: read error: %2")
                             .arg(path, file.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace clearsight
