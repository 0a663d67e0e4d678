#include "core/saml/RuleContext.h"

#include <QSet>

namespace gatehouse::core::saml::rules {

namespace {

using x509::CertificateInfo;
using x509::KeyType;

QString describe(const CertificateInfo& c)
{
    return QStringLiteral("certificate \"%1\" (SHA-256 %2)")
        .arg(c.subject, CertificateInfo::formatFingerprint(c.sha256Fingerprint));
}

void checkLifetime(const CertificateInfo& c, const Location& where, const QString& entityId, RuleContext& ctx)
{
    const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    if (c.notAfter.isValid() && c.notAfter < ctx.now) {
        ctx.add("cert.expired", Severity::Error,
                QStringLiteral("The %1 expired on %2.").arg(describe(c), c.notAfter.toString(dateFormat)),
                QStringLiteral("Ask the provider for metadata with its current certificate; if the IdP still signs "
                               "with this one, renew it there (many SPs ignore certificate dates, but a renewal is "
                               "due)."),
                where, entityId);
    } else if (c.notAfter.isValid() && c.notAfter < ctx.now.addDays(ctx.policy.expiryWarningDays)) {
        ctx.add("cert.expiring", Severity::Warning,
                QStringLiteral("The %1 expires on %2, in %3 days.")
                    .arg(describe(c), c.notAfter.toString(dateFormat))
                    .arg(ctx.now.daysTo(c.notAfter)),
                QStringLiteral("Plan the rollover: add the new certificate to the metadata before the old one "
                               "expires."),
                where, entityId);
    }
    if (c.notBefore.isValid() && c.notBefore > ctx.now) {
        ctx.add("cert.not-yet-valid", Severity::Warning,
                QStringLiteral("The %1 is valid only from %2.").arg(describe(c), c.notBefore.toString(dateFormat)),
                QStringLiteral("Check the clock of the machine that made it, or wait until it becomes valid."), where,
                entityId);
    }
}

void checkStrength(const CertificateInfo& c, const Location& where, const QString& entityId, RuleContext& ctx)
{
    const bool weakRsa = c.keyType == KeyType::Rsa && c.keyBits < 2048;
    const bool weakEc = c.keyType == KeyType::Ec && c.keyBits < 256;
    if (weakRsa || weakEc || c.keyType == KeyType::Dsa) {
        ctx.add("cert.weak-key", Severity::Error,
                QStringLiteral("The %1 has a weak %2 key of %3 bits.").arg(describe(c), c.keyTypeName).arg(c.keyBits),
                QStringLiteral("Generate a new signing key: RSA 2048 bits or more, or EC P-256 or stronger."), where,
                entityId);
    }
    if (c.weakSignatureHash) {
        ctx.add("cert.weak-signature", Severity::Warning,
                QStringLiteral("The %1 is signed with %2.").arg(describe(c), c.signatureAlgorithm),
                QStringLiteral("SAML trusts the key, not the certificate's signature, so this still works; reissue "
                               "the certificate with SHA-256 when it is next renewed."),
                where, entityId);
    }
    if (c.selfSigned && ctx.singleEntity) { // normal in SAML: worth a note for one provider, noise in a federation
        ctx.add("cert.self-signed", Severity::Info,
                QStringLiteral("The %1 is self-signed (normal for SAML metadata).").arg(describe(c)),
                QStringLiteral("Nothing to do."), where, entityId);
    }
}

void checkRoleKeys(const Role& role, const EntityDescriptor& entity, QSet<QByteArray>& reported, RuleContext& ctx)
{
    QSet<QByteArray> signingCerts;
    bool signingKey = false;
    bool encryptionCert = false;
    for (const KeyDescriptor& key : role.keys) {
        if (key.certificates.isEmpty() && key.hasKeyValue) {
            ctx.add("key.no-certificate", Severity::Warning,
                    QStringLiteral("A KeyDescriptor carries a bare key (ds:KeyValue) without a certificate."),
                    QStringLiteral("Publish the key as an X509Certificate; many tools cannot use bare keys."),
                    key.location, entity.entityId);
        }
        signingKey = signingKey || (key.usableForSigning() && (key.hasKeyValue || !key.certificates.isEmpty()));
        for (const KeyCertificate& cert : key.certificates) {
            if (!cert.parsed) {
                ctx.add("cert.invalid", Severity::Error,
                        QStringLiteral("An X509Certificate cannot be read: %1").arg(cert.error),
                        QStringLiteral("Copy the certificate again from the provider; it must be base64 DER without "
                                       "PEM header lines."),
                        cert.location, entity.entityId);
                continue;
            }
            if (key.usableForSigning()) {
                signingCerts.insert(cert.info.sha256Fingerprint);
            }
            encryptionCert = encryptionCert || key.usableForEncryption();
            if (reported.contains(cert.info.sha256Fingerprint)) {
                continue;
            }
            reported.insert(cert.info.sha256Fingerprint);
            checkLifetime(cert.info, cert.location, entity.entityId, ctx);
            checkStrength(cert.info, cert.location, entity.entityId, ctx);
        }
    }
    if (role.kind == RoleKind::IdentityProvider && !signingKey) {
        ctx.add("key.signing-missing", Severity::Error,
                QStringLiteral("The IdP publishes no signing key (a KeyDescriptor without use, or with "
                               "use=\"signing\")."),
                QStringLiteral("Export the metadata with the IdP's signing certificate, or add the certificate "
                               "manually."),
                role.location, entity.entityId);
    }
    if (signingCerts.size() > 1) {
        ctx.add("cert.rollover", Severity::Info,
                QStringLiteral("%1 signing certificates are published (a rollover may be in progress); responses "
                               "signed with any of them are accepted.")
                    .arg(signingCerts.size()),
                QStringLiteral("Nothing to do; remove the old certificate once the IdP has switched."), role.location,
                entity.entityId);
    }
    if (role.kind == RoleKind::ServiceProvider && !encryptionCert) {
        ctx.add("key.sp-encryption-missing", Severity::Warning,
                QStringLiteral("The SP publishes no encryption certificate, so IdPs cannot encrypt assertions to it."),
                QStringLiteral("Add a KeyDescriptor with use=\"encryption\" if assertions should be encrypted."),
                role.location, entity.entityId);
    }
}

} // namespace

void checkKeys(const EntityDescriptor& entity, RuleContext& ctx)
{
    QSet<QByteArray> reported; // report each certificate once per entity
    for (const Role& role : entity.roles) {
        if (role.kind == RoleKind::Other || !role.supportsSaml2()) {
            continue;
        }
        checkRoleKeys(role, entity, reported, ctx);
    }
}

} // namespace gatehouse::core::saml::rules
