#include "engine/crypto/SecretHasher.h"

#include "core/util/Encoding.h"

#include <QMessageAuthenticationCode>

namespace gatehouse::engine {

SecretHasher::SecretHasher(QByteArray pepper)
    : m_pepper(std::move(pepper))
{}

QString SecretHasher::hash(const QString& secret) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(secret.toUtf8(), m_pepper, QCryptographicHash::Sha256);
    return QStringLiteral("hmac-sha256:") + QString::fromLatin1(core::encoding::base64Url(mac));
}

bool SecretHasher::matches(const QString& secret, const QString& storedHash) const
{
    return core::encoding::constantTimeEquals(hash(secret).toLatin1(), storedHash.toLatin1());
}

} // namespace gatehouse::engine
