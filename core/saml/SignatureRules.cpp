#include "core/saml/SignatureRules.h"

#include "core/xmldsig/SignatureVerifier.h"

#include <QCryptographicHash>

namespace gatehouse::core::saml::rules {

namespace {

bool isMd5(const QString& uri)
{
    return uri.contains(QLatin1String("md5"), Qt::CaseInsensitive);
}

bool isSha1(const QString& uri)
{
    return uri.endsWith(QLatin1String("sha1"), Qt::CaseInsensitive);
}

// Trusted certificates: the configured PEM certificates plus KeyInfo certificates pinned by fingerprint.
QList<QByteArray> trustedCertificates(const xml::SignatureInfo& info, const ValidationPolicy& policy)
{
    QList<QByteArray> trusted;
    for (const QByteArray& pem : policy.trustedCertsPem) {
        auto certs = x509::parsePem(pem);
        if (certs.ok()) {
            for (const auto& c : certs.value()) {
                trusted.append(c.der);
            }
        }
    }
    for (const QByteArray& der : info.keyInfoCertificatesDer) {
        const QByteArray sha256 = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
        const QByteArray sha1 = QCryptographicHash::hash(der, QCryptographicHash::Sha1);
        if (policy.trustedFingerprints.contains(sha256) || policy.trustedFingerprints.contains(sha1)) {
            trusted.append(der);
        }
    }
    return trusted;
}

// Returns false when the algorithms are forbidden outright (nothing further is checked then).
bool reportAlgorithms(const xml::SignatureInfo& info, const Location& where, RuleContext& ctx)
{
    if (isMd5(info.signatureMethod) || isMd5(info.digestMethod)) {
        ctx.add("signature.algorithm-forbidden", Severity::Error,
                QStringLiteral("The metadata signature uses MD5 (%1, %2).").arg(info.signatureMethod, info.digestMethod),
                QStringLiteral("The publisher must re-sign with RSA-SHA256 and a SHA-256 digest."), where);
        return false;
    }
    if (isSha1(info.signatureMethod) || isSha1(info.digestMethod)) {
        ctx.add("signature.weak-algorithm", Severity::Warning,
                QStringLiteral("The metadata signature uses SHA-1 (%1, %2).").arg(info.signatureMethod, info.digestMethod),
                QStringLiteral("Ask the publisher to sign with RSA-SHA256 and a SHA-256 digest; SHA-1 is deprecated."),
                where);
    }
    return true;
}

void reportFailure(const Error& error, const Location& where, RuleContext& ctx)
{
    static const QStringList structural = {
        QStringLiteral("dsig.not-direct-child"), QStringLiteral("dsig.multiple-signatures"),
        QStringLiteral("dsig.malformed"),        QStringLiteral("dsig.reference-count"),
        QStringLiteral("dsig.reference-uri"),    QStringLiteral("dsig.duplicate-id"),
        QStringLiteral("dsig.transform-forbidden")};
    if (structural.contains(error.code)) {
        ctx.add("signature.structure", Severity::Error,
                QStringLiteral("The metadata signature is not acceptable (%1): %2").arg(error.code, error.message),
                QStringLiteral("The signature must be a direct child of the root, with one Reference to the root's "
                               "ID and only the enveloped and exclusive-c14n transforms; anything else may be a "
                               "signature-wrapping attack. Get the metadata from the publisher again."),
                where);
    } else if (error.code == QLatin1String("dsig.algorithm-forbidden")) {
        ctx.add("signature.algorithm-forbidden", Severity::Error,
                QStringLiteral("The metadata signature uses a forbidden algorithm: %1").arg(error.message),
                QStringLiteral("The publisher must re-sign with RSA-SHA256 or ECDSA-SHA256."), where);
    } else {
        ctx.add("signature.invalid", Severity::Error,
                QStringLiteral("The metadata signature does not verify with the trusted certificate(s) (%1): %2")
                    .arg(error.code, error.message),
                QStringLiteral("The metadata was altered or signed by another key. Check that you trust the right "
                               "signing certificate, and download the metadata again."),
                where);
    }
}

void reportSigner(const QByteArray& signerDer, const Location& where, RuleContext& ctx)
{
    auto signer = x509::parseDer(signerDer);
    if (!signer.ok()) {
        return;
    }
    const auto& c = signer.value();
    if ((c.keyType == x509::KeyType::Rsa && c.keyBits < 2048) || (c.keyType == x509::KeyType::Ec && c.keyBits < 256)) {
        ctx.add("signature.signer-weak-key", Severity::Error,
                QStringLiteral("The metadata is signed with a weak %1 key of %2 bits.").arg(c.keyTypeName).arg(c.keyBits),
                QStringLiteral("The publisher must sign with RSA 2048 bits or more, or EC P-256 or stronger."), where);
    }
    ctx.add("signature.valid", Severity::Info,
            QStringLiteral("The metadata signature verifies with \"%1\" (SHA-256 %2).")
                .arg(c.subject, x509::CertificateInfo::formatFingerprint(c.sha256Fingerprint)),
            QStringLiteral("Nothing to do."), where);
}

} // namespace

void checkSignature(const xml::XmlDocument& document, const Metadata& metadata, RuleContext& ctx)
{
    const ValidationPolicy& policy = ctx.policy;
    const bool trustConfigured = !policy.trustedCertsPem.isEmpty() || !policy.trustedFingerprints.isEmpty();
    if (!metadata.hasSignature) {
        if (trustConfigured || policy.requireSignature) {
            ctx.add("signature.missing", Severity::Error,
                    QStringLiteral("The metadata is not signed, but a signature is required."),
                    QStringLiteral("Get signed metadata from the publisher (federations always sign theirs)."),
                    metadata.location);
        }
        return;
    }
    auto inspected = xml::SignatureVerifier::inspect(metadata.rootNode);
    if (!inspected.ok()) {
        reportFailure(inspected.error(), metadata.location, ctx);
        return;
    }
    if (!reportAlgorithms(inspected.value(), metadata.location, ctx)) {
        return;
    }
    if (!trustConfigured) {
        ctx.add("signature.unverified", Severity::Warning,
                QStringLiteral("The metadata is signed, but no trusted signer certificate was given, so the signature "
                               "was not checked."),
                QStringLiteral("Pass the publisher's signing certificate (--trust) or its fingerprint "
                               "(--fingerprint)."),
                metadata.location);
        return;
    }
    const QList<QByteArray> trusted = trustedCertificates(inspected.value(), policy);
    xml::VerifyPolicy verifyPolicy;
    verifyPolicy.allowSha1 = true; // reported above as a warning, not a failure
    auto verified = xml::SignatureVerifier::verify(document, metadata.rootNode, trusted, verifyPolicy);
    if (!verified.ok()) {
        reportFailure(verified.error(), metadata.location, ctx);
        return;
    }
    reportSigner(verified.value().signerCertificateDer, metadata.location, ctx);
}

} // namespace gatehouse::core::saml::rules
