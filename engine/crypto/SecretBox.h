#pragma once

#include "core/util/Result.h"

#include <QByteArray>

namespace gatehouse::engine {

// AES-256-GCM for data at rest (private keys, later webhook secrets). Format:
// "v1." + base64url(12-byte nonce | ciphertext | 16-byte tag); `context` is bound as associated data
// (e.g. the key id), so a ciphertext cannot be moved to another row.
class SecretBox
{
public:
    explicit SecretBox(QByteArray key);

    core::Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView context) const;
    core::Result<QByteArray> open(QByteArrayView sealed, QByteArrayView context) const;

private:
    QByteArray m_key;
};

} // namespace gatehouse::engine
