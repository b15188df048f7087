#include "filehash.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace clearsight
{

// OpenSSL's SHA-256 uses the processor's SHA extensions where present: about eight times
// faster than QCryptographicHash in Qt 6.4, which matters when hashing a file of gigabytes.
Result<QString> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Import", "%1: cannot be read: %2")
                             .arg(path, file.errorString()));
    }
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        return makeError(Error::Code::FileUnreadable,
                         QCoreApplication::translate("Import", "SHA-256 is not available."));
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            return makeError(Error::Code::FileUnreadable,
                             QCoreApplication::translate("Import", "%1: read error: %2")
                                 .arg(path, file.errorString()));
        }
        if (got == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer.constData(), size_t(got));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace clearsight
