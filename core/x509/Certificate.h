#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace gatehouse::core::x509 {

enum class KeyType
{
    Rsa,
    Ec,
    Ed25519,
    Dsa,
    Other,
};

// What Gatehouse shows and checks about an X.509 certificate, read with OpenSSL.
struct CertificateInfo
{
    QByteArray der;
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    KeyType keyType = KeyType::Other;
    QString keyTypeName; // "RSA", "EC P-256", …
    int keyBits = 0;
    QString signatureAlgorithm; // OpenSSL long name, e.g. "sha256WithRSAEncryption"
    bool weakSignatureHash = false; // MD5 or SHA-1
    bool md5Signature = false;
    bool selfSigned = false;
    QByteArray sha1Fingerprint;   // raw bytes
    QByteArray sha256Fingerprint; // raw bytes
    QByteArray publicKeyDer;      // SubjectPublicKeyInfo, to compare keys across certificates

    // "AB:CD:…" form used in UIs and docs.
    static QString formatFingerprint(const QByteArray& raw);
};

// Parses DER (error code x509.invalid).
Result<CertificateInfo> parseDer(const QByteArray& der);
// Parses the base64 text of a ds:X509Certificate element (whitespace allowed; error codes x509.base64, x509.invalid).
Result<CertificateInfo> parseBase64(QByteArrayView base64Text);
// Parses one or more PEM certificates (error code x509.invalid when none).
Result<QList<CertificateInfo>> parsePem(const QByteArray& pem);

} // namespace gatehouse::core::x509
