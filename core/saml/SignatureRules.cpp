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

// Whose signature a finding is about: the document's (root) or one entity's inside an aggregate.
struct Signed
{
    QString what;     // "The metadata signature" or "The signature of entity …"
    QString entityId; // empty for the root
    Location where;
};

// Returns false when the algorithms are forbidden outright (nothing further is checked then).
bool reportAlgorithms(const xml::SignatureInfo& info, const Signed& subject, RuleContext& ctx)
{
    const Location& where = subject.where;
    if (isMd5(info.signatureMethod) || isMd5(info.digestMethod)) {
        ctx.add("signature.algorithm-forbidden",
                Severity::Error,
                QStringLiteral("%1 uses MD5 (%2, %3).").arg(subject.what, info.signatureMethod, info.digestMethod),
                QStringLiteral("The publisher must re-sign with RSA-SHA256 and a SHA-256 digest."),
                where,
                subject.entityId);
        return false;
    }
    if (isSha1(info.signatureMethod) || isSha1(info.digestMethod)) {
        ctx.add("signature.weak-algorithm",
                Severity::Warning,
                QStringLiteral("%1 uses SHA-1 (%2, %3).").arg(subject.what, info.signatureMethod, info.digestMethod),
                QStringLiteral("Ask the publisher to sign with RSA-SHA256 and a SHA-256 digest; SHA-1 is deprecated."),
                where,
                subject.entityId);
    }
    return true;
}

void reportFailure(const Error& error, const Signed& subject, RuleContext& ctx)
{
    const Location& where = subject.where;
    static const QStringList structural = {QStringLiteral("dsig.not-direct-child"),
                                           QStringLiteral("dsig.multiple-signatures"),
                                           QStringLiteral("dsig.malformed"),
                                           QStringLiteral("dsig.reference-count"),
                                           QStringLiteral("dsig.reference-uri"),
                                           QStringLiteral("dsig.duplicate-id"),
                                           QStringLiteral("dsig.transform-forbidden")};
    if (structural.contains(error.code)) {
        ctx.add("signature.structure",
                Severity::Error,
                QStringLiteral("%1 is not acceptable (%2): %3").arg(subject.what, error.code, error.message),
                QStringLiteral("The signature must be a direct child of the signed element, with one Reference to "
                               "that element's ID and only the enveloped and exclusive-c14n transforms; anything "
                               "else may be a signature-wrapping attack. Get the metadata from the publisher again."),
                where,
                subject.entityId);
    } else if (error.code == QLatin1String("dsig.algorithm-forbidden")) {
        ctx.add("signature.algorithm-forbidden",
                Severity::Error,
                QStringLiteral("%1 uses a forbidden algorithm: %2").arg(subject.what, error.message),
                QStringLiteral("The publisher must re-sign with RSA-SHA256 or ECDSA-SHA256."),
                where,
                subject.entityId);
    } else {
        ctx.add("signature.invalid",
                Severity::Error,
                QStringLiteral("%1 does not verify with the trusted certificate(s) (%2): %3")
                    .arg(subject.what, error.code, error.message),
                QStringLiteral("The metadata was altered or signed by another key. Check that you trust the right "
                               "signing certificate, and download the metadata again."),
                where,
                subject.entityId);
    }
}

void reportSigner(const QByteArray& signerDer, const Signed& subject, RuleContext& ctx)
{
    const Location& where = subject.where;
    auto signer = x509::parseDer(signerDer);
    if (!signer.ok()) {
        return;
    }
    const auto& c = signer.value();
    if ((c.keyType == x509::KeyType::Rsa && c.keyBits < 2048) || (c.keyType == x509::KeyType::Ec && c.keyBits < 256)) {
        ctx.add(
            "signature.signer-weak-key",
            Severity::Error,
            QStringLiteral("%1 is made with a weak %2 key of %3 bits.").arg(subject.what, c.keyTypeName).arg(c.keyBits),
            QStringLiteral("The publisher must sign with RSA 2048 bits or more, or EC P-256 or stronger."),
            where,
            subject.entityId);
    }
    ctx.add("signature.valid",
            Severity::Info,
            QStringLiteral("%1 verifies with \"%2\" (SHA-256 %3).")
                .arg(subject.what, c.subject, x509::CertificateInfo::formatFingerprint(c.sha256Fingerprint)),
            QStringLiteral("Nothing to do."),
            where,
            subject.entityId);
}

// Inspects and (when trust is configured) verifies the enveloped signature of `element`.
void checkOne(xmlDoc* document,
              xmlNode* element,
              const Signed& subject,
              bool trustConfigured,
              RuleContext& ctx)
{
    auto inspected = xml::SignatureVerifier::inspect(element);
    if (!inspected.ok()) {
        reportFailure(inspected.error(), subject, ctx);
        return;
    }
    if (!reportAlgorithms(inspected.value(), subject, ctx)) {
        return;
    }
    if (!trustConfigured) {
        ctx.add("signature.unverified",
                Severity::Warning,
                QStringLiteral("%1 was not checked: no trusted signer certificate was given.").arg(subject.what),
                QStringLiteral("Pass the publisher's signing certificate (--trust) or its fingerprint "
                               "(--fingerprint)."),
                subject.where,
                subject.entityId);
        return;
    }
    const QList<QByteArray> trusted = trustedCertificates(inspected.value(), ctx.policy);
    xml::VerifyPolicy verifyPolicy;
    verifyPolicy.allowSha1 = true; // reported above as a warning, not a failure
    auto verified = xml::SignatureVerifier::verify(document, element, trusted, verifyPolicy);
    if (!verified.ok()) {
        reportFailure(verified.error(), subject, ctx);
        return;
    }
    reportSigner(verified.value().signerCertificateDer, subject, ctx);
}

} // namespace

void checkSignature(const xml::XmlDocument& document, const Metadata& metadata, RuleContext& ctx)
{
    const ValidationPolicy& policy = ctx.policy;
    const bool trustConfigured = !policy.trustedCertsPem.isEmpty() || !policy.trustedFingerprints.isEmpty();
    if (!metadata.hasSignature) {
        if (trustConfigured || policy.requireSignature) {
            ctx.add("signature.missing",
                    Severity::Error,
                    QStringLiteral("The metadata is not signed, but a signature is required."),
                    QStringLiteral("Get signed metadata from the publisher (federations always sign theirs)."),
                    metadata.location);
        }
        return;
    }
    checkOne(document.doc(),
             metadata.rootNode,
             Signed{QStringLiteral("The metadata signature"), QString(), metadata.location},
             trustConfigured,
             ctx);
}

void checkEntitySignatures(const xml::XmlDocument& document,
                           const Metadata& metadata,
                           const QList<const EntityDescriptor*>& selected,
                           RuleContext& ctx)
{
    if (!metadata.aggregate) {
        return; // a single entity is the root: checked above
    }
    const ValidationPolicy& policy = ctx.policy;
    const bool trustConfigured = !policy.trustedCertsPem.isEmpty() || !policy.trustedFingerprints.isEmpty();
    for (const EntityDescriptor* entity : selected) {
        if (entity->hasSignature && entity->node != nullptr) {
            checkOne(document.doc(),
                     entity->node,
                     Signed{QStringLiteral("The signature of entity %1").arg(entity->entityId),
                            entity->entityId,
                            entity->location},
                     trustConfigured,
                     ctx);
        }
    }
}

bool checkSignatureStreamed(xmlNode* root, const Metadata& metadata, const xml::StreamedDigest& digest,
                            RuleContext& parent)
{
    const ValidationPolicy& policy = parent.policy;
    const bool trustConfigured = !policy.trustedCertsPem.isEmpty() || !policy.trustedFingerprints.isEmpty();
    RuleContext ctx{policy, parent.now, {}};
    if (!metadata.hasSignature) {
        if (trustConfigured || policy.requireSignature) {
            ctx.add("signature.missing",
                    Severity::Error,
                    QStringLiteral("The metadata is not signed, but a signature is required."),
                    QStringLiteral("Get signed metadata from the publisher (federations always sign theirs)."),
                    metadata.location);
        }
        parent.findings.append(ctx.findings);
        return true;
    }
    const Signed subject{QStringLiteral("The metadata signature"), QString(), metadata.location};
    auto inspected = xml::SignatureVerifier::inspect(root);
    if (!inspected.ok()) {
        reportFailure(inspected.error(), subject, ctx);
        parent.findings.append(ctx.findings);
        return true;
    }
    if (!reportAlgorithms(inspected.value(), subject, ctx)) {
        parent.findings.append(ctx.findings);
        return true;
    }
    if (!trustConfigured) {
        ctx.add("signature.unverified",
                Severity::Warning,
                QStringLiteral("%1 was not checked: no trusted signer certificate was given.").arg(subject.what),
                QStringLiteral("Pass the publisher's signing certificate (--trust) or its fingerprint "
                               "(--fingerprint)."),
                subject.where,
                subject.entityId);
        parent.findings.append(ctx.findings);
        return true;
    }
    const QList<QByteArray> trusted = trustedCertificates(inspected.value(), policy);
    xml::VerifyPolicy verifyPolicy;
    verifyPolicy.allowSha1 = true; // reported above as a warning, not a failure
    auto verified = xml::SignatureVerifier::verifyStreamed(root, digest, trusted, verifyPolicy);
    if (!verified.ok()) {
        if (verified.error().code == QLatin1String("dsig.streaming-unsupported")) {
            return false;
        }
        reportFailure(verified.error(), subject, ctx);
    } else {
        reportSigner(verified.value().signerCertificateDer, subject, ctx);
    }
    parent.findings.append(ctx.findings);
    return true;
}

EntitySignatureOutcome checkEntitySignatureStreamed(xmlDoc* doc, const EntityDescriptor& entity,
                                                    const RuleContext& parent)
{
    EntitySignatureOutcome outcome;
    outcome.id = entity.id;
    const ValidationPolicy& policy = parent.policy;
    const bool trustConfigured = !policy.trustedCertsPem.isEmpty() || !policy.trustedFingerprints.isEmpty();
    RuleContext ctx{policy, parent.now, {}};
    const Signed subject{QStringLiteral("The signature of entity %1").arg(entity.entityId), entity.entityId,
                         entity.location};
    auto inspected = xml::SignatureVerifier::inspect(entity.node);
    if (!inspected.ok()) {
        reportFailure(inspected.error(), subject, ctx);
    } else if (reportAlgorithms(inspected.value(), subject, ctx)) {
        if (!trustConfigured) {
            ctx.add("signature.unverified",
                    Severity::Warning,
                    QStringLiteral("%1 was not checked: no trusted signer certificate was given.").arg(subject.what),
                    QStringLiteral("Pass the publisher's signing certificate (--trust) or its fingerprint "
                                   "(--fingerprint)."),
                    subject.where,
                    subject.entityId);
        } else {
            const QList<QByteArray> trusted = trustedCertificates(inspected.value(), policy);
            xml::VerifyPolicy verifyPolicy;
            verifyPolicy.allowSha1 = true; // reported above as a warning, not a failure
            outcome.idSensitive =
                xml::SignatureVerifier::checkAllowedAlgorithms(inspected.value(), verifyPolicy).ok();
            outcome.verifyFrom = ctx.findings.size();
            if (outcome.idSensitive) {
                RuleContext duplicate{policy, parent.now, {}};
                reportFailure(Error(QStringLiteral("dsig.duplicate-id"),
                                    QStringLiteral("Another element carries the same ID \"%1\" (signature wrapping?).")
                                        .arg(entity.id)),
                              subject, duplicate);
                outcome.duplicateId = duplicate.findings.first();
            }
            auto verified = xml::SignatureVerifier::verify(doc, entity.node, trusted, verifyPolicy);
            if (!verified.ok()) {
                reportFailure(verified.error(), subject, ctx);
            } else {
                reportSigner(verified.value().signerCertificateDer, subject, ctx);
            }
        }
    }
    outcome.findings = std::move(ctx.findings);
    return outcome;
}

} // namespace gatehouse::core::saml::rules
