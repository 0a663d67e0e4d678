// The entities/certificates tree: structure, validity marking relative to an injected "now", fingerprints.
#include "ui/validator/CertificateTree.h"

#include <QTest>

using namespace gatehouse::core::saml;
using gatehouse::ui::CertificateTree;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

KeyCertificate certificate(const QString& subject, const QDateTime& notAfter)
{
    KeyCertificate cert;
    cert.parsed = true;
    cert.info.subject = subject;
    cert.info.issuer = subject;
    cert.info.notBefore = notAfter.addYears(-2);
    cert.info.notAfter = notAfter;
    cert.info.keyTypeName = QStringLiteral("RSA");
    cert.info.keyBits = 2048;
    cert.info.sha256Fingerprint = QByteArray::fromHex("0102ff");
    cert.info.sha1Fingerprint = QByteArray::fromHex("a0b0");
    return cert;
}

Metadata sampleMetadata()
{
    KeyDescriptor signing;
    signing.use = QStringLiteral("signing");
    signing.certificates = {certificate(QStringLiteral("CN=expired"), kNow.addDays(-1)),
                            certificate(QStringLiteral("CN=expiring"), kNow.addDays(10)),
                            certificate(QStringLiteral("CN=fine"), kNow.addDays(400))};
    KeyCertificate broken;
    broken.error = QStringLiteral("not base64");
    KeyDescriptor encryption;
    encryption.use = QStringLiteral("encryption");
    encryption.certificates = {broken};

    Role idp;
    idp.kind = RoleKind::IdentityProvider;
    idp.elementName = QStringLiteral("IDPSSODescriptor");
    idp.keys = {signing, encryption};
    Role sp;
    sp.kind = RoleKind::ServiceProvider;
    sp.elementName = QStringLiteral("SPSSODescriptor");

    EntityDescriptor entity;
    entity.entityId = QStringLiteral("https://idp.example.org/");
    entity.roles = {idp, sp};
    Metadata metadata;
    metadata.entities = {entity, EntityDescriptor{}};
    return metadata;
}

} // namespace

class TestCertificateTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure();
    void validityMarking();
    void fingerprintsAsChildren();
    void replacesPreviousContents();
};

void TestCertificateTree::structure()
{
    CertificateTree tree;
    tree.setMetadata(sampleMetadata(), kNow, 30);
    QCOMPARE(tree.topLevelItemCount(), 2);
    QCOMPARE(tree.topLevelItem(0)->text(0), QStringLiteral("https://idp.example.org/"));
    QCOMPARE(tree.topLevelItem(1)->text(0), QStringLiteral("(no entity ID)"));
    QTreeWidgetItem* idp = tree.topLevelItem(0)->child(0);
    QCOMPARE(idp->text(0), QStringLiteral("IDPSSODescriptor"));
    QCOMPARE(idp->childCount(), 4);
    QCOMPARE(tree.topLevelItem(0)->child(1)->text(CertificateTree::StatusColumn), QStringLiteral("No certificates"));
    QCOMPARE(idp->child(3)->text(0), QStringLiteral("Encryption: unreadable certificate"));
    QCOMPARE(idp->child(3)->text(CertificateTree::StatusColumn), QStringLiteral("not base64"));
}

void TestCertificateTree::validityMarking()
{
    CertificateTree tree;
    tree.setMetadata(sampleMetadata(), kNow, 30);
    QTreeWidgetItem* idp = tree.topLevelItem(0)->child(0);
    QCOMPARE(idp->child(0)->text(0), QStringLiteral("Signing: CN=expired"));
    QCOMPARE(idp->child(0)->text(CertificateTree::StatusColumn), QStringLiteral("Expired"));
    QVERIFY(!idp->child(0)->icon(CertificateTree::StatusColumn).isNull());
    QVERIFY(idp->child(1)->text(CertificateTree::StatusColumn).startsWith(QStringLiteral("Expires in 10 day")));
    QCOMPARE(idp->child(2)->text(CertificateTree::StatusColumn), QStringLiteral("Valid"));
    QVERIFY(idp->child(2)->icon(CertificateTree::StatusColumn).isNull());
    QVERIFY(idp->child(2)->text(CertificateTree::KeyColumn).startsWith(QStringLiteral("RSA, 2048 bit")));

    tree.setMetadata(sampleMetadata(), kNow, 5); // a shorter window: 10 days away is no longer "expiring"
    QCOMPARE(tree.topLevelItem(0)->child(0)->child(1)->text(CertificateTree::StatusColumn), QStringLiteral("Valid"));
}

void TestCertificateTree::fingerprintsAsChildren()
{
    CertificateTree tree;
    tree.setMetadata(sampleMetadata(), kNow, 30);
    QTreeWidgetItem* cert = tree.topLevelItem(0)->child(0)->child(2);
    QStringList details;
    for (int i = 0; i < cert->childCount(); ++i) {
        details.append(cert->child(i)->text(0));
    }
    QVERIFY2(details.contains(QStringLiteral("SHA-256 01:02:FF")), qPrintable(details.join(u'|')));
    QVERIFY(details.contains(QStringLiteral("SHA-1 A0:B0")));
    QVERIFY(details.contains(QStringLiteral("Issuer CN=fine")));
}

void TestCertificateTree::replacesPreviousContents()
{
    CertificateTree tree;
    tree.setMetadata(sampleMetadata(), kNow, 30);
    tree.setMetadata(Metadata{}, kNow, 30);
    QCOMPARE(tree.topLevelItemCount(), 0);
}

QTEST_MAIN(TestCertificateTree)
#include "TestCertificateTree.moc"
