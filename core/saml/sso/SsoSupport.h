#pragma once

// Internal helpers of the SAML Web Browser SSO implementation (not part of the engine contract).

#include "core/util/Result.h"
#include "core/xmldsig/XmlDocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gatehouse::core::saml::sso::support {

// Largest inflated AuthnRequest accepted (zip-bomb guard).
inline constexpr qsizetype kMaxInflatedBytes = qsizetype(256) * 1024;
// Largest decoded SAML message accepted.
inline constexpr qsizetype kMaxMessageBytes = qsizetype(4) * 1024 * 1024;

inline constexpr char kStatusSuccess[] = "urn:oasis:names:tc:SAML:2.0:status:Success";
inline constexpr char kBearer[] = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
inline constexpr char kRsaSha256[] = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
inline constexpr char kRsaSha512[] = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
inline constexpr char kEcdsaSha256[] = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";

// "_" followed by 32 hex digits of CSPRNG output: a valid xs:ID, unguessable.
QString randomId();
// xs:dateTime in UTC with second precision ("2026-11-27T12:00:00Z").
QString xsdDateTime(const QDateTime& time);
// Escapes text for element content and double-quoted attribute values.
QString esc(const QString& text);

// Raw DEFLATE (RFC 1951, windowBits -15), as the HTTP-Redirect binding requires.
QByteArray deflateRaw(const QByteArray& data);
// Inflates raw DEFLATE data; error code saml.request-malformed when corrupt or larger than maxBytes.
Result<QByteArray> inflateRaw(const QByteArray& data, qsizetype maxBytes = kMaxInflatedBytes);

// The SigAlg URI signDetached uses for this key (error code saml.sign-key when it is not an RSA or EC PEM key).
Result<QString> signatureAlgorithmFor(const QByteArray& privateKeyPem);
// Signs data with an unencrypted PEM private key: rsa-sha256 for RSA keys, ecdsa-sha256 for EC keys
// (ECDSA signatures in the XML-DSig r||s form). Returns the SigAlg URI with the signature.
Result<QPair<QString, QByteArray>> signDetached(const QByteArray& data, const QByteArray& privateKeyPem);
// Verifies a detached signature (rsa-sha256/512, ecdsa-sha256) with any of the DER certificates.
bool verifyDetached(const QByteArray& data,
                    const QString& sigAlg,
                    const QByteArray& signature,
                    const QList<QByteArray>& certificatesDer);

// Base64 text (no PEM armour, no line breaks) of the first certificate in a PEM text; empty when none.
QString certificateBase64(const QByteArray& pem);

// The document serialized as UTF-8 with an XML declaration.
QByteArray serialize(const xml::XmlDocument& doc);
// The subtree of node serialized (with the in-scope namespace declarations it uses).
QByteArray serializeNode(xmlNode* node);

} // namespace gatehouse::core::saml::sso::support
