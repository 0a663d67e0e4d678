#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse::engine {

// High-entropy secrets (client secrets, later SCIM tokens and portal-link secrets) are stored as
// HMAC-SHA-256(pepper, secret): fast enough for the token endpoint, useless without the pepper.
class SecretHasher
{
public:
    explicit SecretHasher(QByteArray pepper);

    QString hash(const QString& secret) const;
    bool matches(const QString& secret, const QString& storedHash) const;

private:
    QByteArray m_pepper;
};

} // namespace gatehouse::engine
