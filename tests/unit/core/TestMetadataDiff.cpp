#include "core/saml/MetadataDiff.h"
#include "core/saml/MetadataValidator.h"
#include "core/x509/Certificate.h"

#include <QFile>
#include <QTest>

using namespace gatehouse::core;
using namespace gatehouse::core::saml;

namespace {

const QString kData = QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray certBase64(const QString& name)
{
    QByteArray out;
    for (const QByteArray& line : readFile(kData + QStringLiteral("certs/") + name).split('\n')) {
        if (!line.startsWith("-----")) {
            out += line.trimmed();
        }
    }
    return out;
}

QByteArray certDer(const QString& name)
{
    return QByteArray::fromBase64(certBase64(name));
}

// The minimal IdP, signing with good.pem (the certificate of idp-minimal.xml is replaced so the tests know it).
QByteArray idp()
{
    QByteArray xml = readFile(kData + QStringLiteral("valid/idp-minimal.xml"));
    const qsizetype from = xml.indexOf("<ds:X509Certificate>") + qsizetype(sizeof("<ds:X509Certificate>") - 1);
    const qsizetype to = xml.indexOf("</ds:X509Certificate>");
    return xml.replace(from, to - from, certBase64(QStringLiteral("good.pem")));
}

QByteArray signingKey(const QString& certName)
{
    return "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>" + certBase64(certName)
           + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>";
}

// idp() with the signing certificate `name` added after the existing one.
QByteArray withExtraSigningCert(QByteArray xml, const QString& name)
{
    const QByteArray key = signingKey(name) + "<md:NameIDFormat>";
    return xml.replace("<md:NameIDFormat>", key);
}

// idp() signing with `name` only.
QByteArray withOnlySigningCert(const QString& name)
{
    QByteArray xml = idp();
    return xml.replace(certBase64(QStringLiteral("good.pem")), certBase64(name));
}

Metadata parse(const QByteArray& xml)
{
    ValidationPolicy policy;
    policy.lab = true;
    const ValidationReport report = MetadataValidator::validate(xml, policy);
    return report.metadata;
}

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        out.append(f.ruleId);
    }
    return out;
}

const Finding* find(const Findings& findings, const QString& id)
{
    for (const Finding& f : findings) {
        if (f.ruleId == id) {
            return &f;
        }
    }
    return nullptr;
}

QByteArray aggregate(const QList<QByteArray>& entities)
{
    QByteArray out = "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
                     "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" Name=\"test\">";
    for (QByteArray e : entities) {
        e.remove(0, e.indexOf("<md:EntityDescriptor"));
        out += e;
    }
    return out + "</md:EntitiesDescriptor>";
}

} // namespace

class TestMetadataDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesAreSound();
    void rules_data();
    void rules();
    void inUseCertificateRemovedIsAnError();
    void newCertificateAlreadyInUseIsNoPendingRollover();
    void aggregatesMatchEntitiesById();
    void entitySelection();
};

void TestMetadataDiff::fixturesAreSound()
{
    const Metadata m = parse(idp());
    QCOMPARE(m.entities.size(), 1);
    QCOMPARE(m.entities.constFirst().entityId, QStringLiteral("https://idp.example.com/saml"));
    QVERIFY(!certDer(QStringLiteral("good.pem")).isEmpty());
    QVERIFY(x509::parseDer(certDer(QStringLiteral("other.pem"))).ok());
}

// previous → current, the rule ids expected (exactly, in any order) and the severity of the first one.
void TestMetadataDiff::rules_data()
{
    QTest::addColumn<QByteArray>("previous");
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("primary");
    const QByteArray base = idp();
    const QByteArray sso = "Location=\"https://idp.example.com/saml/sso\"";
    const int E = int(Severity::Error);
    const int W = int(Severity::Warning);
    const int I = int(Severity::Info);
    QByteArray moved = base;
    moved.replace(sso, "Location=\"https://login.example.net/sso\"");
    QByteArray post = base;
    post.replace("<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>",
                 "<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>"
                 "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" "
                 "Location=\"https://idp.example.com/saml/post\"/>");
    QByteArray renamed = base;
    renamed.replace("entityID=\"https://idp.example.com/saml\"", "entityID=\"https://idp.example.org/other\"");
    QByteArray formats = base;
    formats.replace("nameid-format:emailAddress", "nameid-format:unspecified");
    QByteArray encryption = base;
    const QByteArray encryptionKey =
        "<md:KeyDescriptor use=\"encryption\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
        + certBase64(QStringLiteral("other.pem"))
        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor><md:NameIDFormat>";
    encryption.replace("<md:NameIDFormat>", encryptionKey);
    QByteArray withSp = base;
    withSp.replace("</md:IDPSSODescriptor>",
                   "</md:IDPSSODescriptor><md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:"
                   "2.0:protocol\"><md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:"
                   "HTTP-POST\" Location=\"https://idp.example.com/acs\" index=\"0\"/></md:SPSSODescriptor>");

    QTest::newRow("unchanged") << base << base << QStringList{QStringLiteral("diff.unchanged")} << I
                               << QStringLiteral("diff.unchanged");
    QTest::newRow("entity-id") << base << renamed << QStringList{QStringLiteral("diff.entity-id-changed")} << E
                               << QStringLiteral("diff.entity-id-changed");
    QTest::newRow("rollover") << base << withExtraSigningCert(base, QStringLiteral("other.pem"))
                              << QStringList{QStringLiteral("diff.rollover-pending")} << W
                              << QStringLiteral("diff.rollover-pending");
    QTest::newRow("rollover-done") << withExtraSigningCert(base, QStringLiteral("other.pem"))
                                   << withOnlySigningCert(QStringLiteral("other.pem"))
                                   << QStringList{QStringLiteral("diff.signing-cert-removed")} << W
                                   << QStringLiteral("diff.signing-cert-removed");
    QTest::newRow("replaced") << base << withOnlySigningCert(QStringLiteral("other.pem"))
                              << QStringList{QStringLiteral("diff.signing-cert-added"),
                                             QStringLiteral("diff.signing-cert-removed")}
                              << I << QStringLiteral("diff.signing-cert-added");
    QTest::newRow("endpoint-moved") << base << moved << QStringList{QStringLiteral("diff.endpoint-changed")} << W
                                    << QStringLiteral("diff.endpoint-changed");
    QTest::newRow("endpoint-added") << base << post << QStringList{QStringLiteral("diff.endpoint-added")} << I
                                    << QStringLiteral("diff.endpoint-added");
    QTest::newRow("endpoint-removed") << post << base << QStringList{QStringLiteral("diff.endpoint-removed")} << W
                                      << QStringLiteral("diff.endpoint-removed");
    QTest::newRow("formats") << base << formats << QStringList{QStringLiteral("diff.nameid-formats-changed")} << I
                             << QStringLiteral("diff.nameid-formats-changed");
    QTest::newRow("encryption") << base << encryption << QStringList{QStringLiteral("diff.encryption-cert-changed")}
                                << I << QStringLiteral("diff.encryption-cert-changed");
    QTest::newRow("role-added") << base << withSp
                                << QStringList{QStringLiteral("diff.role-added"), QStringLiteral("diff.endpoint-added")}
                                << I << QStringLiteral("diff.role-added");
    QTest::newRow("role-removed") << withSp << base
                                  << QStringList{QStringLiteral("diff.role-removed"),
                                                 QStringLiteral("diff.endpoint-removed")}
                                  << W << QStringLiteral("diff.role-removed");
}

void TestMetadataDiff::rules()
{
    QFETCH(QByteArray, previous);
    QFETCH(QByteArray, current);
    QFETCH(QStringList, expected);
    QFETCH(int, severity);
    const Findings findings = MetadataDiff::compare(parse(previous), parse(current));
    QStringList got = ids(findings);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    // the severity belongs to the row's first rule id (as written in rules_data)
    QFETCH(QString, primary);
    const Finding* first = find(findings, primary);
    QVERIFY(first != nullptr);
    QCOMPARE(int(first->severity), severity);
    QVERIFY(!first->message.isEmpty());
    QVERIFY(!first->fix.isEmpty());
}

// The certificate that verifies today's responses disappearing is an error (--in-use-cert); the same change
// without that knowledge is a warning.
void TestMetadataDiff::inUseCertificateRemovedIsAnError()
{
    DiffPolicy policy;
    policy.inUseCertificatesDer = {certDer(QStringLiteral("good.pem"))};
    const Findings findings =
        MetadataDiff::compare(parse(idp()), parse(withOnlySigningCert(QStringLiteral("other.pem"))), policy);
    const Finding* removed = find(findings, QStringLiteral("diff.in-use-cert-removed"));
    QVERIFY2(removed != nullptr, qPrintable(ids(findings).join(u',')));
    QCOMPARE(removed->severity, Severity::Error);
    QCOMPARE(removed->entityId, QStringLiteral("https://idp.example.com/saml"));
    QVERIFY(find(findings, QStringLiteral("diff.signing-cert-removed")) == nullptr);
}

// A new certificate that already verifies responses (the IdP switched before the metadata was refreshed) is not
// a pending rollover.
void TestMetadataDiff::newCertificateAlreadyInUseIsNoPendingRollover()
{
    DiffPolicy policy;
    policy.inUseCertificatesDer = {certDer(QStringLiteral("other.pem"))};
    const Findings findings =
        MetadataDiff::compare(parse(idp()), parse(withExtraSigningCert(idp(), QStringLiteral("other.pem"))), policy);
    QCOMPARE(ids(findings), QStringList{QStringLiteral("diff.signing-cert-added")});
}

void TestMetadataDiff::aggregatesMatchEntitiesById()
{
    QByteArray second = idp();
    second.replace("entityID=\"https://idp.example.com/saml\"", "entityID=\"https://idp2.example.com/saml\"");
    second.replace("ID=\"_gatehouse-test-idp\"", "ID=\"_second\"");
    QByteArray third = idp();
    third.replace("entityID=\"https://idp.example.com/saml\"", "entityID=\"https://idp3.example.com/saml\"");
    third.replace("ID=\"_gatehouse-test-idp\"", "ID=\"_third\"");
    QByteArray firstMoved = idp();
    firstMoved.replace("Location=\"https://idp.example.com/saml/sso\"", "Location=\"https://elsewhere.example/sso\"");
    const Metadata before = parse(aggregate({idp(), second}));
    const Metadata after = parse(aggregate({firstMoved, third}));
    QCOMPARE(before.entities.size(), 2);
    QCOMPARE(after.entities.size(), 2);
    const Findings findings = MetadataDiff::compare(before, after);
    QStringList got = ids(findings);
    got.sort();
    QCOMPARE(got,
             (QStringList{QStringLiteral("diff.endpoint-changed"),
                          QStringLiteral("diff.entity-added"),
                          QStringLiteral("diff.entity-removed")}));
    QCOMPARE(find(findings, QStringLiteral("diff.entity-added"))->entityId,
             QStringLiteral("https://idp3.example.com/saml"));
    QCOMPARE(find(findings, QStringLiteral("diff.entity-removed"))->entityId,
             QStringLiteral("https://idp2.example.com/saml"));
    QCOMPARE(find(findings, QStringLiteral("diff.entity-removed"))->severity, Severity::Warning);
    // No entityID-changed error for aggregates: entities are matched by their ids.
    QVERIFY(find(findings, QStringLiteral("diff.entity-id-changed")) == nullptr);
}

void TestMetadataDiff::entitySelection()
{
    QByteArray second = idp();
    second.replace("entityID=\"https://idp.example.com/saml\"", "entityID=\"https://idp2.example.com/saml\"");
    second.replace("ID=\"_gatehouse-test-idp\"", "ID=\"_second\"");
    QByteArray secondMoved = second;
    secondMoved.replace("Location=\"https://idp.example.com/saml/sso\"", "Location=\"https://elsewhere.example/sso\"");
    DiffPolicy policy;
    policy.entityId = QStringLiteral("https://idp.example.com/saml");
    const Findings findings =
        MetadataDiff::compare(parse(aggregate({idp(), second})), parse(aggregate({idp(), secondMoved})), policy);
    QCOMPARE(ids(findings), QStringList{QStringLiteral("diff.unchanged")});
}

QTEST_GUILESS_MAIN(TestMetadataDiff)
#include "TestMetadataDiff.moc"
