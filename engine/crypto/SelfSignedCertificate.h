#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace gatehouse::engine {

// An RSA key pair with a self-signed X.509 certificate (sha256WithRSAEncryption), as SAML uses them: the SP's
// signing/encryption certificate in its metadata. PEM in, PEM out (OpenSSL).
class SelfSignedCertificate
{
public:
    QByteArray privateKeyPem; // PKCS#8
    QByteArray certificatePem;

    static core::Result<SelfSignedCertificate>
    generate(const QString& commonName, const QDateTime& notBefore, const QDateTime& notAfter, int bits = 2048);
};

} // namespace gatehouse::engine
