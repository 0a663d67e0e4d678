// core/x509 describes certificates without OpenSSL 3's provider decoders (see Certificate.cpp). This test holds
// it to what OpenSSL itself says through the default provider: key type, size and curve from EVP_PKEY,
// self-signedness from X509_check_issued, fingerprints from X509_digest — for certificates made here with every
// key kind and the self-issued edge cases, and for every certificate in the test data.
#include "core/x509/Certificate.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace gatehouse::core;

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY* k) const
    {
        EVP_PKEY_free(k);
    }
};
struct CertFree
{
    void operator()(X509* x) const
    {
        X509_free(x);
    }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using CertPtr = std::unique_ptr<X509, CertFree>;

KeyPtr makeKey(const QByteArray& kind)
{
    if (kind.startsWith("RSA")) {
        const auto parts = kind.split(':');
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, parts[0].constData(), nullptr);
        EVP_PKEY* key = nullptr;
        if (ctx == nullptr || EVP_PKEY_keygen_init(ctx) <= 0
            || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, parts[1].toInt()) <= 0 || EVP_PKEY_keygen(ctx, &key) <= 0) {
            key = nullptr;
        }
        EVP_PKEY_CTX_free(ctx);
        return KeyPtr(key);
    }
    if (kind.startsWith("EC:")) {
        return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", kind.mid(3).constData()));
    }
    return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, kind.constData()));
}

struct Extensions
{
    QByteArray keyUsage;        // e.g. "digitalSignature" or "keyCertSign,digitalSignature"
    bool subjectKeyId = false;  // "hash"
    QByteArray authorityKeyId;  // "keyid:always" (from the issuer), or empty
};

// A certificate for `subjectKey` named CN=subject, issued by CN=issuer with `issuerKey` (self-signed when the
// names and keys are the same).
CertPtr makeCert(EVP_PKEY* subjectKey,
                 const char* subject,
                 EVP_PKEY* issuerKey,
                 X509* issuerCert,
                 const char* issuer,
                 const Extensions& ext)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 4242);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600L * 24 * 30);
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME* s = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(s, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(subject), -1, -1, 0);
    X509_NAME* i = X509_get_issuer_name(cert.get());
    X509_NAME_add_entry_by_txt(i, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(issuer), -1, -1, 0);
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuerCert != nullptr ? issuerCert : cert.get(), cert.get(), nullptr, nullptr, 0);
    auto add = [&](int nid, const QByteArray& value) {
        X509_EXTENSION* e = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
        QVERIFY2(e != nullptr, value.constData());
        X509_add_ext(cert.get(), e, -1);
        X509_EXTENSION_free(e);
    };
    if (!ext.keyUsage.isEmpty()) {
        add(NID_key_usage, ext.keyUsage);
    }
    if (ext.subjectKeyId) {
        add(NID_subject_key_identifier, "hash");
    }
    if (!ext.authorityKeyId.isEmpty()) {
        add(NID_authority_key_identifier, ext.authorityKeyId);
    }
    const int id = EVP_PKEY_get_base_id(issuerKey);
    const EVP_MD* md = id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 ? nullptr : EVP_sha256();
    if (X509_sign(cert.get(), issuerKey, md) <= 0) {
        return nullptr;
    }
    return cert;
}

QByteArray derOf(X509* cert)
{
    unsigned char* der = nullptr;
    const int len = i2d_X509(cert, &der);
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

// The same facts, read the way OpenSSL reads them with its default provider.
void compareWithOpenSsl(const QByteArray& der, const QString& what)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    CertPtr oracle(d2i_X509(nullptr, &p, der.size()));
    QVERIFY2(oracle, qPrintable(what));
    auto parsed = x509::parseDer(der);
    QVERIFY2(parsed.ok(), qPrintable(what));
    const x509::CertificateInfo& info = parsed.value();

    EVP_PKEY* key = X509_get0_pubkey(oracle.get());
    QVERIFY2(key != nullptr, qPrintable(what));
    QCOMPARE(info.keyBits, EVP_PKEY_get_bits(key));
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        QCOMPARE(info.keyType, x509::KeyType::Rsa);
        QCOMPARE(info.keyTypeName, QStringLiteral("RSA"));
        break;
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t len = 0;
        EVP_PKEY_get_group_name(key, group, sizeof(group), &len);
        QCOMPARE(info.keyType, x509::KeyType::Ec);
        QCOMPARE(info.keyTypeName, QStringLiteral("EC ") + QString::fromLatin1(group));
        break;
    }
    case EVP_PKEY_ED25519:
        QCOMPARE(info.keyType, x509::KeyType::Ed25519);
        break;
    case EVP_PKEY_DSA:
        QCOMPARE(info.keyType, x509::KeyType::Dsa);
        break;
    default:
        QCOMPARE(info.keyType, x509::KeyType::Other);
        QCOMPARE(info.keyTypeName, QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key))));
        break;
    }
    QCOMPARE(info.selfSigned, X509_check_issued(oracle.get(), oracle.get()) == X509_V_OK);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    X509_digest(oracle.get(), EVP_sha1(), md, &mdLen);
    QCOMPARE(info.sha1Fingerprint, QByteArray(reinterpret_cast<const char*>(md), mdLen));
    X509_digest(oracle.get(), EVP_sha256(), md, &mdLen);
    QCOMPARE(info.sha256Fingerprint, QByteArray(reinterpret_cast<const char*>(md), mdLen));
    unsigned char* spki = nullptr;
    const int spkiLen = i2d_PUBKEY(key, &spki);
    QCOMPARE(info.publicKeyDer, QByteArray(reinterpret_cast<const char*>(spki), spkiLen));
    OPENSSL_free(spki);
    ERR_clear_error();
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKeyKind_data()
    {
        QTest::addColumn<QByteArray>("kind");
        for (const char* kind : {"RSA:1024", "RSA:2048", "RSA:3072", "RSA-PSS:2048", "EC:P-256", "EC:P-384",
                                 "EC:P-521", "EC:secp256k1", "EC:brainpoolP256r1", "EC:brainpoolP512r1",
                                 "EC:secp224r1", "ED25519", "ED448"}) {
            QTest::newRow(kind) << QByteArray(kind);
        }
    }

    void everyKeyKind()
    {
        QFETCH(QByteArray, kind);
        KeyPtr key = makeKey(kind);
        QVERIFY(key);
        CertPtr plain = makeCert(key.get(), "idp", key.get(), nullptr, "idp", {});
        QVERIFY(plain);
        compareWithOpenSsl(derOf(plain.get()), QString::fromLatin1(kind));
        QVERIFY(x509::parseDer(derOf(plain.get())).value().selfSigned);
    }

    void selfIssuedEdgeCases()
    {
        KeyPtr key = makeKey("RSA:2048");
        KeyPtr other = makeKey("RSA:2048");
        KeyPtr ec = makeKey("EC:P-256");
        CertPtr ca = makeCert(other.get(), "ca", other.get(), nullptr, "ca", {"keyCertSign,cRLSign", true, {}});
        QVERIFY(ca);
        struct Case
        {
            const char* name;
            CertPtr cert;
            bool selfSigned;
        };
        Case cases[] = {
            {"no extensions", makeCert(key.get(), "idp", key.get(), nullptr, "idp", {}), true},
            {"key usage with keyCertSign",
             makeCert(key.get(), "idp", key.get(), nullptr, "idp", {"keyCertSign,digitalSignature", true, {}}),
             true},
            {"key usage without keyCertSign",
             makeCert(key.get(), "idp", key.get(), nullptr, "idp", {"digitalSignature", true, {}}),
             false},
            {"own authority key id",
             makeCert(key.get(), "idp", key.get(), nullptr, "idp", {{}, true, "keyid:always"}),
             true},
            {"issued by another key under the same name",
             makeCert(key.get(), "ca", other.get(), ca.get(), "ca", {{}, true, "keyid:always"}),
             false},
            {"issued by a CA", makeCert(key.get(), "idp", other.get(), ca.get(), "ca", {{}, true, "keyid:always"}),
             false},
            {"signature algorithm for another key type",
             makeCert(key.get(), "idp", ec.get(), nullptr, "idp", {}),
             false},
        };
        for (Case& c : cases) {
            QVERIFY2(c.cert, c.name);
            const QByteArray der = derOf(c.cert.get());
            compareWithOpenSsl(der, QString::fromLatin1(c.name));
            QCOMPARE(x509::parseDer(der).value().selfSigned, c.selfSigned);
        }
    }

    // Every certificate in the test data (PEM files and the ds:X509Certificate elements of XML files).
    void testDataCertificates()
    {
        static const QRegularExpression element(
            QStringLiteral("<(?:[A-Za-z0-9_]+:)?X509Certificate[^>]*>([^<]+)</(?:[A-Za-z0-9_]+:)?X509Certificate>"));
        int count = 0;
        QSet<QByteArray> seen;
        for (const QString& root : {QStringLiteral(GATEHOUSE_TEST_DATA), QStringLiteral(GATEHOUSE_SHARED_TESTDATA)}) {
            QDirIterator it(root, {QStringLiteral("*.xml"), QStringLiteral("*.pem"), QStringLiteral("*.crt")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (file.size() > 8 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
                    continue;
                }
                const QByteArray bytes = file.readAll();
                QList<QByteArray> ders;
                if (path.endsWith(QStringLiteral(".xml"))) {
                    auto matches = element.globalMatch(QString::fromUtf8(bytes));
                    while (matches.hasNext()) {
                        const QByteArray text = matches.next().captured(1).toLatin1();
                        ders << QByteArray::fromBase64(text.simplified().replace(' ', ""));
                    }
                } else if (auto pem = x509::parsePem(bytes); pem.ok()) {
                    for (const auto& c : pem.value()) {
                        ders << c.der;
                    }
                }
                for (const QByteArray& der : ders) {
                    if (seen.contains(der)) {
                        continue;
                    }
                    seen.insert(der);
                    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
                    CertPtr check(d2i_X509(nullptr, &p, der.size()));
                    ERR_clear_error();
                    if (!check || X509_get0_pubkey(check.get()) == nullptr) {
                        QVERIFY2(!x509::parseDer(der).ok() || !check, qPrintable(path));
                        continue; // broken on purpose (the validator's negative fixtures)
                    }
                    compareWithOpenSsl(der, path);
                    if (QTest::currentTestFailed()) {
                        return;
                    }
                    ++count;
                }
            }
        }
        qInfo("%d certificates compared", count);
        QVERIFY(count >= 50);
    }

    void garbageIsRefused()
    {
        QCOMPARE(x509::parseDer(QByteArray("\x30\x03\x02\x01\x01", 5)).error().code, QStringLiteral("x509.invalid"));
        QCOMPARE(x509::parseDer(QByteArray()).error().code, QStringLiteral("x509.invalid"));
        KeyPtr key = makeKey("RSA:2048");
        CertPtr cert = makeCert(key.get(), "idp", key.get(), nullptr, "idp", {});
        QByteArray der = derOf(cert.get());
        QCOMPARE(x509::parseDer(der + "x").error().code, QStringLiteral("x509.invalid")); // trailing bytes
        QCOMPARE(x509::parseDer(der.left(der.size() - 1)).error().code, QStringLiteral("x509.invalid"));
    }
};

QTEST_APPLESS_MAIN(TestCertificate)
#include "TestCertificate.moc"
