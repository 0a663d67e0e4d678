#include "core/xmldsig/XmlDocument.h"
#include "core/xmldsig/XmlNodes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse::core;
using namespace gatehouse::core::xml;

class TestXmlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormed();
    void refused_data();
    void refused();
    void externalFileNotRead();
    void sizeLimit();
    void depthLimit();
    void bigLineNumbers();
    void locationPath();
};

void TestXmlDocument::wellFormed()
{
    auto doc = XmlDocument::parse("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
                                  "entityID=\"https://idp.example.com\"/>");
    QVERIFY(doc.ok());
    QVERIFY(isElement(doc.value().root(), kNsMetadata, "EntityDescriptor"));
    QCOMPARE(attribute(doc.value().root(), "entityID"), QStringLiteral("https://idp.example.com"));
}

void TestXmlDocument::refused_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray("  \n") << "xml.empty";
    QTest::newRow("garbage") << QByteArray("not xml at all") << "xml.malformed";
    QTest::newRow("unclosed") << QByteArray("<a><b></a>") << "xml.malformed";
    QTest::newRow("two-roots") << QByteArray("<a/><b/>") << "xml.malformed";
    QTest::newRow("doctype-plain") << QByteArray("<!DOCTYPE a><a/>") << "xml.dtd-forbidden";
    QTest::newRow("xxe-file") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM "
                                            "\"file:///etc/passwd\">]><a>&x;</a>")
                              << "xml.dtd-forbidden";
    QTest::newRow("xxe-http") << QByteArray("<!DOCTYPE a SYSTEM \"http://127.0.0.1:1/x.dtd\"><a/>")
                              << "xml.dtd-forbidden";
    QTest::newRow("billion-laughs") << QByteArray("<!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">"
                                                  "<!ENTITY c \"&b;&b;&b;&b;\">]><l>&c;&c;&c;</l>")
                                    << "xml.dtd-forbidden";
    QTest::newRow("undeclared-entity") << QByteArray("<a>&x;</a>") << "xml.malformed";
}

void TestXmlDocument::refused()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, code);
    auto doc = XmlDocument::parse(xml);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().code, code);
}

void TestXmlDocument::externalFileNotRead()
{
    // Even a DOCTYPE-free document cannot pull in files: XInclude is not processed and nothing is loaded.
    QTemporaryDir dir;
    QFile secret(dir.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOPSECRET");
    secret.close();
    const QByteArray xml = QByteArray("<a xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file://")
                           + secret.fileName().toUtf8() + QByteArray("\" parse=\"text\"/></a>");
    auto doc = XmlDocument::parse(xml);
    QVERIFY(doc.ok());
    QVERIFY(!text(doc.value().root()).contains(QStringLiteral("TOPSECRET")));
}

void TestXmlDocument::sizeLimit()
{
    ParseLimits limits;
    limits.maxBytes = 100;
    const QByteArray big = QByteArray("<a>") + QByteArray(200, 'x') + QByteArray("</a>");
    auto doc = XmlDocument::parse(big, limits);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().code, QStringLiteral("xml.too-large"));
}

void TestXmlDocument::depthLimit()
{
    QByteArray xml;
    for (int i = 0; i < 100; ++i) {
        xml += "<a>";
    }
    for (int i = 0; i < 100; ++i) {
        xml += "</a>";
    }
    auto doc = XmlDocument::parse(xml);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().code, QStringLiteral("xml.too-deep"));
    ParseLimits generous;
    generous.maxDepth = 128;
    QVERIFY(XmlDocument::parse(xml, generous).ok());
}

void TestXmlDocument::bigLineNumbers()
{
    const QByteArray xml = QByteArray("<a>") + QByteArray(70000, '\n') + QByteArray("<b/></a>");
    auto doc = XmlDocument::parse(xml);
    QVERIFY(doc.ok());
    QCOMPARE(line(firstChild(doc.value().root(), nullptr, "b")), 70001);
}

void TestXmlDocument::locationPath()
{
    auto doc = XmlDocument::parse("<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\">"
                                  "<md:EntityDescriptor entityID=\"a\"/><m:EntityDescriptor "
                                  "xmlns:m=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"b\"/>"
                                  "</md:EntitiesDescriptor>");
    QVERIFY(doc.ok());
    const auto entities = xml::children(doc.value().root(), kNsMetadata, "EntityDescriptor");
    QCOMPARE(entities.size(), 2);
    QCOMPARE(path(entities.at(1)), QStringLiteral("/md:EntitiesDescriptor/md:EntityDescriptor[2]"));
}

QTEST_GUILESS_MAIN(TestXmlDocument)
#include "TestXmlDocument.moc"
