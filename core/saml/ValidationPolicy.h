#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gatehouse::core::saml {

enum class ExpectedRole
{
    Any,
    IdentityProvider,
    ServiceProvider,
};

// The knobs of the metadata validator.
struct ValidationPolicy
{
    ExpectedRole role = ExpectedRole::Any;
    bool lab = false;                     // lab mode: http and localhost endpoints allowed
    int expiryWarningDays = 30;           // certificates expiring within this window are warned about
    QList<QByteArray> trustedCertsPem;    // trusted signer certificates (PEM)
    QList<QByteArray> trustedFingerprints; // SHA-256 (or SHA-1) fingerprints, raw bytes
    bool requireSignature = false;        // metadata must be signed by a trusted signer
    QString entityId;                     // validate only this entity of an aggregate
    QDateTime now;                        // "now" for every time check; invalid = current time
    bool remote = false;                  // the document was fetched from a URL (validUntil expected)
    int maxValidityDays = 28;             // validUntil further away than this is warned about
};

} // namespace gatehouse::core::saml
