#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

namespace gatehouse::engine {

struct EngineContext;

// The environment's SAML SP key pair (one for all connections, "cer_…" in saml_sp_keys): a self-signed RSA-2048
// certificate, valid 10 years, published in every connection's SP metadata for signing (AuthnRequests when
// want_request_signed) and encryption (EncryptedAssertion). The private key is sealed with the at-rest key
// (SecretBox, context = the key id). Created on first use; with several instances the oldest active key wins.
class SpKeyStore
{
public:
    struct KeyPair
    {
        QString id;
        QByteArray certificatePem;
        QByteArray privateKeyPem;
    };

    explicit SpKeyStore(EngineContext& context);

    core::Result<KeyPair> active();

private:
    core::Result<bool> loadExisting();

    EngineContext& m_context;
    QMutex m_mutex;
    KeyPair m_cached;
};

} // namespace gatehouse::engine
