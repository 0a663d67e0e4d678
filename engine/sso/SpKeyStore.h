#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace gatehouse::engine {

struct EngineContext;

// The environment's SAML SP key pairs ("cer_…" in saml_sp_keys): self-signed RSA-2048 certificates, valid 10
// years, published in every connection's SP metadata for signing (AuthnRequests when want_request_signed) and
// encryption (EncryptedAssertion). The private keys are sealed with the at-rest key (SecretBox, context = the key
// id). The active key is created on first use; with several instances the oldest active key wins.
// Rotation (docs/engine.md "SP certificate rotation"): startRotation() adds a 'next' key that SP metadata
// publishes next to the active one but that signs nothing yet; completeRotation() makes it active and keeps the
// former one as 'previous', which still decrypts assertions encrypted for it; retirePrevious() ends that.
// Every change is one transaction with conditional updates, and every read goes to the database (another engine
// may have rotated), so several engines sharing PostgreSQL agree on the active key.
class SpKeyStore
{
public:
    struct KeyPair
    {
        QString id;
        QByteArray certificatePem;
        QByteArray privateKeyPem;
    };

    struct KeyInfo
    {
        QString id;
        QString status; // active, next, previous, retired
        QByteArray certificatePem;
        qint64 createdAt = 0;
        qint64 notAfter = 0;
        qint64 retiredAt = 0;
    };

    explicit SpKeyStore(EngineContext& context);

    core::Result<KeyPair> active();
    // The key of the last completed rotation, for decryption only (none once retired).
    core::Result<std::optional<KeyPair>> previous();
    // Certificates of keys published ahead of use ('next').
    core::Result<QList<QByteArray>> upcomingCertificates();
    core::Result<QList<KeyInfo>> list();

    // Errors: failed_precondition (a rotation is already under way / nothing to complete or retire).
    core::Result<KeyInfo> startRotation();
    core::Result<void> completeRotation();
    core::Result<void> retirePrevious();

private:
    core::Result<std::optional<KeyPair>> load(const QString& status);
    core::Result<KeyPair> generate(const QString& status);

    EngineContext& m_context;
    QMutex m_mutex;
    KeyPair m_cached; // the last key opened (decrypting is the costly part)
};

} // namespace gatehouse::engine
