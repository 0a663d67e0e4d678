#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse::engine {

// CSPRNG bytes from OpenSSL (RAND_bytes).
class Random
{
public:
    static QByteArray bytes(int count);
    // base64url of `count` random bytes: secrets, tokens, jti.
    static QString token(int count = 32);
};

} // namespace gatehouse::engine
