// The streaming engine of the metadata validator against the DOM engine: same findings (rule, severity, line,
// entity, in the same order) and the same summary on every metadata fixture and on generated aggregates; its
// exclusive c14n against libxml2's; signatures made by xmlsec verify, and one changed byte never does.

#include "core/saml/MetadataValidator.h"
#include "core/xmldsig/ExcC14nWriter.h"
#include "core/xmldsig/SignatureSigner.h"
#include "core/xmldsig/XmlDocument.h"
#include "core/xmldsig/XmlNodes.h"
#include "tests/unit/core/MetadataStreamingTestData.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <libxml/c14n.h>
#include <libxml/tree.h>

using namespace gatehouse::core;
using namespace gatehouse::core::saml;
using namespace streaming_test_data;

namespace {

const QString kData = QStringLiteral(GATEHOUSE_TEST_DATA "/");
// A moment when every test certificate (issued 2026-11-27, valid 20 years) is valid.
const QDateTime kNow(QDate(2027, 6, 1), QTime(12, 0), Qt::UTC);

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray cert(const char* name)
{
    return readFile(kData + QStringLiteral("metadata/certs/") + QLatin1String(name));
}

QString describe(const ValidationReport& report)
{
    QStringList lines;
    lines.append(QStringLiteral("readable=%1 engine=%2 entities=%3 aggregate=%4 groups=%5 signed=%6 id=%7 "
                                "name=%8 validUntil=%9")
                     .arg(report.readable)
                     .arg(report.engine)
                     .arg(report.metadata.entities.size())
                     .arg(report.metadata.aggregate)
                     .arg(report.metadata.groupCount)
                     .arg(report.metadata.hasSignature)
                     .arg(report.metadata.id, report.metadata.name, report.metadata.validUntil)
                 + QStringLiteral(" publisher=%1 cacheDuration=%2")
                       .arg(report.metadata.publisher, report.metadata.cacheDuration));
    for (const EntityDescriptor& e : report.metadata.entities) {
        lines.append(QStringLiteral("  entity %1 line %2 roles %3 signed %4 until %5")
                         .arg(e.entityId)
                         .arg(e.location.line)
                         .arg(e.roles.size())
                         .arg(e.hasSignature)
                         .arg(e.effectiveValidUntil.toString(Qt::ISODate)));
    }
    for (const Finding& f : report.findings) {
        lines.append(QStringLiteral("  %1 %2 line %3 entity %4 path %5: %6")
                         .arg(severityName(f.severity), f.ruleId)
                         .arg(f.line)
                         .arg(f.entityId, f.path, f.message));
    }
    return lines.join(u'\n');
}

// Everything but the engine, and but libxml2's wording of a well-formedness error (the DOM parser reports the last
// error, the reader stops at the first one; code, severity and line are the same).
QString comparable(const ValidationReport& report)
{
    ValidationReport copy = report;
    copy.engine.clear();
    for (Finding& f : copy.findings) {
        if (f.ruleId == QLatin1String("xml.malformed")) {
            f.message.clear();
        }
    }
    return describe(copy);
}

ValidationPolicy policyNamed(const QString& name, const QByteArray& document)
{
    ValidationPolicy policy;
    policy.now = kNow;
    if (name == QLatin1String("trust")) {
        policy.trustedCertsPem = {cert("good.pem")};
        policy.requireSignature = true;
    } else if (name == QLatin1String("trust-other")) {
        policy.trustedCertsPem = {cert("other.pem"), cert("ec.pem")};
    } else if (name == QLatin1String("idp")) {
        policy.role = ExpectedRole::IdentityProvider;
    } else if (name == QLatin1String("sp-remote")) {
        policy.role = ExpectedRole::ServiceProvider;
        policy.remote = true;
    } else if (name == QLatin1String("one-entity")) {
        const QRegularExpression entityId(QStringLiteral("entityID=\"([^\"]+)\""));
        const auto m = entityId.match(QString::fromUtf8(document));
        policy.entityId = m.hasMatch() ? m.captured(1) : QStringLiteral("urn:nothing");
        policy.trustedCertsPem = {cert("good.pem")};
    }
    return policy;
}

const QStringList kPolicies = {QStringLiteral("plain"),
                               QStringLiteral("trust"),
                               QStringLiteral("trust-other"),
                               QStringLiteral("idp"),
                               QStringLiteral("sp-remote"),
                               QStringLiteral("one-entity")};

QByteArray serialize(const xml::XmlDocument& doc)
{
    xmlChar* out = nullptr;
    int size = 0;
    xmlDocDumpMemory(doc.doc(), &out, &size);
    QByteArray result(reinterpret_cast<const char*>(out), size);
    xmlFree(out);
    return result;
}

// Signs the elements with these IDs (in this order) with good.key, returns the serialized document.
QByteArray sign(const QByteArray& document,
                const QStringList& ids,
                const char* key = "good.key",
                const char* certificate = "good.pem",
                xml::SignatureSigner::Algorithm algorithm = xml::SignatureSigner::Algorithm::RsaSha256)
{
    auto doc = xml::XmlDocument::parse(document);
    if (!doc.ok()) {
        qWarning("not parsed: %s", qPrintable(doc.error().message));
        return {};
    }
    for (const QString& id : ids) {
        xmlNode* target = nullptr;
        for (xmlNode* n = doc.value().root(); n != nullptr && target == nullptr;) {
            if (n->type == XML_ELEMENT_NODE && xml::attribute(n, "ID") == id) {
                target = n;
                break;
            }
            if (n->children != nullptr && n->type == XML_ELEMENT_NODE) {
                n = n->children;
                continue;
            }
            while (n != nullptr && n->next == nullptr) {
                n = n->parent;
            }
            n = n != nullptr ? n->next : nullptr;
        }
        if (target == nullptr) {
            qWarning("no element %s", qPrintable(id));
            return {};
        }
        auto signedOk = xml::SignatureSigner::signEnveloped(
            doc.value(),
            target,
            readFile(kData + QStringLiteral("metadata/certs/") + QLatin1String(key)),
            cert(certificate),
            algorithm);
        if (!signedOk.ok()) {
            qWarning("not signed: %s", qPrintable(signedOk.error().message));
            return {};
        }
    }
    return serialize(doc.value());
}

struct C14nVisible
{
    const xmlNode* top;
};

int visibleBelow(void* data, xmlNodePtr node, xmlNodePtr parent)
{
    const xmlNode* top = static_cast<C14nVisible*>(data)->top;
    const xmlNode* n = node != nullptr && node->type == XML_NAMESPACE_DECL ? parent : node;
    for (; n != nullptr; n = n->parent) {
        if (n == top) {
            return 1;
        }
    }
    return 0;
}

// libxml2's exclusive c14n of the subtree of top.
QByteArray libxmlExcC14n(xmlNode* top, const QByteArray& prefixList)
{
    QList<QByteArray> parts = prefixList.simplified().split(' ');
    parts.removeAll(QByteArray());
    std::vector<xmlChar*> prefixes;
    for (QByteArray& p : parts) {
        prefixes.push_back(reinterpret_cast<xmlChar*>(p.data()));
    }
    prefixes.push_back(nullptr);
    C14nVisible visible{top};
    xmlOutputBufferPtr buffer = xmlAllocOutputBuffer(nullptr);
    const int rc = xmlC14NExecute(top->doc,
                                  visibleBelow,
                                  &visible,
                                  XML_C14N_EXCLUSIVE_1_0,
                                  parts.isEmpty() ? nullptr : prefixes.data(),
                                  0,
                                  buffer);
    QByteArray result;
    if (rc >= 0) {
        result = QByteArray(reinterpret_cast<const char*>(xmlOutputBufferGetContent(buffer)),
                            static_cast<qsizetype>(xmlOutputBufferGetSize(buffer)));
    }
    xmlOutputBufferClose(buffer);
    return result;
}

QByteArray writerExcC14n(xmlNode* top, const QByteArray& prefixList)
{
    QByteArray out;
    xml::ExcC14nWriter writer(
        prefixList, [&out](const char* data, std::size_t size) { out.append(data, static_cast<qsizetype>(size)); });
    writer.subtree(top);
    writer.flush();
    return out;
}

// Both descriptions in full when they differ (QCOMPARE cuts long strings).
bool same(const ValidationReport& streamed, const ValidationReport& dom, QString& message)
{
    const QString a = comparable(streamed);
    const QString b = comparable(dom);
    const QStringList la = a.split(u'\n');
    const QStringList lb = b.split(u'\n');
    QStringList diff;
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        if (la.value(i) != lb.value(i)) {
            diff.append(QStringLiteral("#%1 streaming: %2\n#%1 dom:       %3").arg(i).arg(la.value(i), lb.value(i)));
        }
        if (diff.size() >= 3) {
            break;
        }
    }
    message = diff.join(u'\n');
    return a == b;
}

QStringList rules(const ValidationReport& report)
{
    QStringList ids;
    for (const Finding& f : report.findings) {
        ids.append(f.ruleId);
    }
    return ids;
}

} // namespace

class TestMetadataStreaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFindingsOnEveryFixture_data();
    void sameFindingsOnEveryFixture();
    void sameFindingsOnGeneratedAggregates_data();
    void sameFindingsOnGeneratedAggregates();
    void excC14nMatchesLibxml2_data();
    void excC14nMatchesLibxml2();
    void signedAggregatesVerifyWhileStreaming_data();
    void signedAggregatesVerifyWhileStreaming();
    void oneChangedByteFailsTheSignature_data();
    void oneChangedByteFailsTheSignature();
    void unsupportedShapesGoToTheDom();
    void validateFilePicksTheEngine();
    void progressIsReportedAndCanCancel();
    void progressOfAFile();
};

void TestMetadataStreaming::sameFindingsOnEveryFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("policy");
    QDirIterator it(
        kData + QStringLiteral("metadata"), {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    QVERIFY(files.size() >= 25);
    for (const QString& file : files) {
        for (const QString& policy : kPolicies) {
            QTest::newRow(qPrintable(file.mid(kData.size()) + u' ' + policy)) << file << policy;
        }
    }
}

void TestMetadataStreaming::sameFindingsOnEveryFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, policy);
    const QByteArray document = readFile(file);
    const ValidationPolicy p = policyNamed(policy, document);
    const ValidationReport dom = MetadataValidator::validate(document, p);
    const ValidationReport streamed = MetadataValidator::validateStreaming(document, p);
    QString difference;
    QVERIFY2(same(streamed, dom, difference), qPrintable(difference));
    if (file.contains(QLatin1String("/aggregates/"))) {
        QCOMPARE(streamed.engine, QStringLiteral("streaming")); // the aggregates really were streamed
    }
}

void TestMetadataStreaming::sameFindingsOnGeneratedAggregates_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("policy");
    QByteArray duplicates = plainAggregate(3);
    duplicates.replace("https://idp3.example.org/saml", "https://idp1.example.org/saml");
    duplicates.replace("ID=\"_e2\"", "ID=\"_e1\"");
    QByteArray expired = plainAggregate(2);
    expired.replace("ID=\"_root\"", "ID=\"_root\" validUntil=\"2020-01-01T00:00:00Z\" cacheDuration=\"PT30M\"");
    QByteArray entityExpired = plainAggregate(2);
    entityExpired.replace("validUntil=\"2030-01-01T00:00:00Z\" cacheDuration=\"PT2H\"",
                          "validUntil=\"2021-01-01T00:00:00Z\" cacheDuration=\"P30D\"");
    QByteArray invalid = plainAggregate(60);
    invalid.replace("<md:IDPSSODescriptor", "<md:Bogus/><md:IDPSSODescriptor"); // more than 50 schema errors
    const QByteArray signedEntities = sign(plainAggregate(3), {QStringLiteral("_e1"), QStringLiteral("_e3")});
    QByteArray entityWrapped = signedEntities;
    entityWrapped.replace("ID=\"_e2\"", "ID=\"_e3\""); // a second element with a signed entity's ID, later on
    QByteArray entityTampered = signedEntities;
    entityTampered.replace("https://idp3.example.org/sso", "https://evil.example.org/sso");
    const QByteArray deepEntity =
        entity(9,
               QByteArray(QByteArray("<md:Extensions>") + QByteArray("<x:a xmlns:x=\"urn:x\">").repeated(70)
                          + QByteArray("</x:a>").repeated(70) + QByteArray("</md:Extensions>")));
    const QByteArray tooDeep = plainAggregate(2).replace(
        QByteArray("</md:EntitiesDescriptor>"), QByteArray(deepEntity + QByteArray("</md:EntitiesDescriptor>")));
    const QByteArray nestedTooDeep =
        plainAggregate(1).replace(QByteArray("</md:EntitiesDescriptor>"),
                                  QByteArray(QByteArray("<md:EntitiesDescriptor>").repeated(70)
                                             + QByteArray("</md:EntitiesDescriptor>").repeated(71)));
    const QList<std::pair<const char*, QByteArray>> documents = {
        {"plain", plainAggregate(5)},
        {"tricky", trickyAggregate()},
        {"tricky-signed", sign(trickyAggregate(), {QStringLiteral("_root")})},
        {"duplicates", duplicates},
        {"expired", expired},
        {"entity-expired", entityExpired},
        {"many-schema-errors", invalid},
        {"empty-aggregate", emptyAggregate()},
        {"signed-entities", signedEntities},
        {"signed-entities-and-root", sign(signedEntities, {QStringLiteral("_root")})},
        {"entity-id-wrapped", entityWrapped},
        {"entity-tampered", entityTampered},
        {"ec-signed",
         sign(plainAggregate(2),
              {QStringLiteral("_root")},
              "ec.key",
              "ec.pem",
              xml::SignatureSigner::Algorithm::EcdsaSha256)},
        {"truncated", plainAggregate(4).left(600)},
        {"doctype", QByteArray("<!DOCTYPE x [<!ENTITY a \"b\">]>\n") + plainAggregate(1)},
        {"too-deep", tooDeep},
        {"nested-too-deep", nestedTooDeep},
    };
    for (const auto& [name, document] : documents) {
        QVERIFY2(!document.isEmpty(), name);
        for (const QString& policy : kPolicies) {
            QTest::newRow(qPrintable(QLatin1String(name) + u' ' + policy)) << document << policy;
        }
    }
}

void TestMetadataStreaming::sameFindingsOnGeneratedAggregates()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, policy);
    const ValidationPolicy p = policyNamed(policy, document);
    const ValidationReport dom = MetadataValidator::validate(document, p);
    const ValidationReport streamed = MetadataValidator::validateStreaming(document, p);
    QString difference;
    QVERIFY2(same(streamed, dom, difference), qPrintable(difference));
    if (streamed.readable && document.count("ID=\"_e1\"") + document.count("ID=\"_e3\"") <= 2) {
        QCOMPARE(streamed.engine, QStringLiteral("streaming"));
    } else if (streamed.readable) { // a duplicate ID: the DOM engine takes over
        QVERIFY2(streamed.engine.contains(QLatin1String("an ID value is used more than once")),
                 qPrintable(streamed.engine));
    }
}

void TestMetadataStreaming::excC14nMatchesLibxml2_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("prefixList");
    for (const auto& [name, document, prefixList] : c14nCases()) {
        QTest::newRow(name) << document << prefixList;
    }
}

void TestMetadataStreaming::excC14nMatchesLibxml2()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, prefixList);
    auto doc = xml::XmlDocument::parse(document);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
    xmlNode* root = doc.value().root();
    const QByteArray expected = libxmlExcC14n(root, prefixList);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(writerExcC14n(root, prefixList), expected);
    // Below the apex too (the output ancestors' declarations are not there).
    for (xmlNode* child = root->children; child != nullptr; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            QCOMPARE(writerExcC14n(child, prefixList), libxmlExcC14n(child, prefixList));
        }
    }
}

void TestMetadataStreaming::signedAggregatesVerifyWhileStreaming_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("trust");
    QTest::newRow("tricky rsa") << sign(trickyAggregate(), {QStringLiteral("_root")}) << cert("good.pem");
    QTest::newRow("plain rsa-sha512") << sign(plainAggregate(20),
                                              {QStringLiteral("_root")},
                                              "good.key",
                                              "good.pem",
                                              xml::SignatureSigner::Algorithm::RsaSha512)
                                      << cert("good.pem");
    QTest::newRow("ecdsa") << sign(
        plainAggregate(3), {QStringLiteral("_root")}, "ec.key", "ec.pem", xml::SignatureSigner::Algorithm::EcdsaSha256)
                           << cert("ec.pem");
    QTest::newRow("entities and root") << sign(plainAggregate(4),
                                               {QStringLiteral("_e2"), QStringLiteral("_e4"), QStringLiteral("_root")})
                                       << cert("good.pem");
    QTest::newRow("fixture") << readFile(kData + QStringLiteral("metadata/aggregates/signed-entity.xml"))
                             << cert("good.pem");
}

void TestMetadataStreaming::signedAggregatesVerifyWhileStreaming()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, trust);
    QVERIFY(!document.isEmpty());
    ValidationPolicy policy;
    policy.now = kNow;
    policy.trustedCertsPem = {trust};
    const ValidationReport streamed = MetadataValidator::validateStreaming(document, policy);
    QCOMPARE(streamed.engine, QStringLiteral("streaming"));
    const QStringList ids = rules(streamed);
    QVERIFY2(ids.contains(QStringLiteral("signature.valid")), qPrintable(describe(streamed)));
    QVERIFY2(!ids.contains(QStringLiteral("signature.invalid")), qPrintable(describe(streamed)));
    QVERIFY2(!ids.contains(QStringLiteral("signature.structure")), qPrintable(describe(streamed)));
}

void TestMetadataStreaming::oneChangedByteFailsTheSignature_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected");
    const QByteArray tricky = sign(trickyAggregate(), {QStringLiteral("_root")});
    const QByteArray many = sign(plainAggregate(50), {QStringLiteral("_root")});
    const auto changed = [](QByteArray doc, const QByteArray& from, const QByteArray& to) {
        const qsizetype at = doc.indexOf(from);
        return at < 0 ? QByteArray() : doc.replace(at, from.size(), to);
    };
    QTest::newRow("entity attribute") << changed(many, "idp37.example.org/sso", "idp37.example.org/ssp")
                                      << "signature.invalid";
    QTest::newRow("entity text") << changed(tricky, "undeclared default", "undeclared defaulT") << "signature.invalid";
    QTest::newRow("cdata") << changed(tricky, "&lt;cdata&gt;", "&lt;cdatA&gt;") << "signature.invalid";
    QTest::newRow("escaped text") << changed(tricky, "&amp; &lt;b&gt;", "&amp; &lt;c&gt;") << "signature.invalid";
    QTest::newRow("pi") << changed(tricky, "processing instruction", "processing instructioN") << "signature.invalid";
    QTest::newRow("whitespace between entities")
        << changed(many, "</md:EntityDescriptor>\n", "</md:EntityDescriptor>\n ") << "signature.invalid";
    QTest::newRow("root attribute") << changed(many, "Name=\"urn:example:plain\"", "Name=\"urn:example:plaiN\"")
                                    << "signature.invalid";
    QTest::newRow("namespace") << changed(tricky, "xmlns=\"urn:example:default\"", "xmlns=\"urn:example:defaulT\"")
                               << "signature.invalid";
    QTest::newRow("entity removed") << changed(many, entity(12), QByteArray()) << "signature.invalid";
    QTest::newRow("signed info") << changed(many, "xmldsig-more#rsa-sha256", "xmldsig-more#rsa-sha512")
                                 << "signature.invalid";
    QTest::newRow("signature value") << changed(many, "<ds:SignatureValue>", "<ds:SignatureValue>AAAA")
                                     << "signature.invalid";
    QTest::newRow("comment added (not signed content)")
        << changed(many, "</md:EntityDescriptor>", "</md:EntityDescriptor><!-- c -->") << "signature.valid";
}

void TestMetadataStreaming::oneChangedByteFailsTheSignature()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);
    QVERIFY(!document.isEmpty());
    ValidationPolicy policy;
    policy.now = kNow;
    policy.trustedCertsPem = {cert("good.pem")};
    const ValidationReport streamed = MetadataValidator::validateStreaming(document, policy);
    const ValidationReport dom = MetadataValidator::validate(document, policy);
    QVERIFY2(rules(streamed).contains(expected), qPrintable(describe(streamed)));
    if (expected != QLatin1String("signature.valid")) {
        QVERIFY2(!rules(streamed).contains(QStringLiteral("signature.valid")), qPrintable(describe(streamed)));
    }
    QString difference;
    QVERIFY2(same(streamed, dom, difference), qPrintable(difference));
}

void TestMetadataStreaming::unsupportedShapesGoToTheDom()
{
    ValidationPolicy policy;
    policy.now = kNow;
    policy.trustedCertsPem = {cert("good.pem")};
    const QByteArray signedDoc = sign(plainAggregate(3), {QStringLiteral("_root")});
    QVERIFY(!signedDoc.isEmpty());
    // Only the enveloped transform (implicit inclusive c14n): the streamed digest does not cover it.
    QByteArray envelopedOnly = signedDoc;
    envelopedOnly.replace(excC14nTransform(), "");
    // The signature after the first entity (schema-invalid, but the DOM engine still verifies it).
    auto doc = xml::XmlDocument::parse(signedDoc);
    QVERIFY(doc.ok());
    xmlNode* root = doc.value().root();
    xmlNode* signature = nullptr;
    xmlNode* firstEntity = nullptr;
    for (xmlNode* c = root->children; c != nullptr; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && xmlStrcmp(c->name, reinterpret_cast<const xmlChar*>("Signature")) == 0) {
            signature = c;
        } else if (c->type == XML_ELEMENT_NODE && firstEntity == nullptr) {
            firstEntity = c;
        }
    }
    QVERIFY(signature != nullptr && firstEntity != nullptr);
    xmlUnlinkNode(signature);
    xmlAddNextSibling(firstEntity, signature);
    const QByteArray moved = serialize(doc.value());

    for (const QByteArray& document : {envelopedOnly, moved}) {
        const ValidationReport streamed = MetadataValidator::validateStreaming(document, policy);
        QVERIFY2(streamed.engine.startsWith(QLatin1String("dom (streaming declined")), qPrintable(streamed.engine));
        QCOMPARE(comparable(streamed), comparable(MetadataValidator::validate(document, policy)));
    }
    // A single entity is validated by the DOM engine.
    const QByteArray single = readFile(kData + QStringLiteral("metadata/valid/idp-minimal.xml"));
    QVERIFY(MetadataValidator::validateStreaming(single, policy).engine.contains(QLatin1String("single")));
}

void TestMetadataStreaming::validateFilePicksTheEngine()
{
    const QString small = kData + QStringLiteral("metadata/aggregates/swamid-test.xml");
    ValidationPolicy policy;
    policy.now = kNow;
    QCOMPARE(MetadataValidator::validateFile(small, policy).engine, QStringLiteral("dom"));
    const ValidationReport streamed = MetadataValidator::validateFile(small, policy, ValidationEngine::Streaming);
    QCOMPARE(streamed.engine, QStringLiteral("streaming"));
    QCOMPARE(comparable(streamed), comparable(MetadataValidator::validate(readFile(small), policy)));
    const ValidationReport missing = MetadataValidator::validateFile(kData + QStringLiteral("nope.xml"), policy);
    QVERIFY(!missing.readable);
    QCOMPARE(missing.findings.value(0).ruleId, QStringLiteral("xml.unreadable-file"));
}

// The progress callback: about every 64 KiB, increasing, ending at the document's size; false cancels.
void TestMetadataStreaming::progressIsReportedAndCanCancel()
{
    const QByteArray doc = plainAggregate(2000); // ~1 MB
    QVERIFY(doc.size() > 8 * MetadataValidator::kProgressInterval);
    ValidationPolicy policy;
    policy.now = kNow;
    QList<qint64> seen;
    const ValidationReport report = MetadataValidator::validateStreaming(doc, policy, [&](qint64 done, qint64 total) {
        [&] {
            QCOMPARE(total, qint64(doc.size()));
        }();
        seen.append(done);
        return true;
    });
    QCOMPARE(report.engine, QStringLiteral("streaming"));
    QVERIFY(!report.cancelled);
    QCOMPARE(report.metadata.entities.size(), 2000);
    QCOMPARE(comparable(report), comparable(MetadataValidator::validateStreaming(doc, policy)));
    QVERIFY2(seen.size() >= doc.size() / MetadataValidator::kProgressInterval,
             qPrintable(QString::number(seen.size())));
    QVERIFY(seen.size() <= doc.size() / MetadataValidator::kProgressInterval + 2);
    for (qsizetype i = 1; i < seen.size(); ++i) {
        QVERIFY(seen.at(i) > seen.at(i - 1));
        QVERIFY(seen.at(i) - seen.at(i - 1) <= 2 * MetadataValidator::kProgressInterval);
    }
    QCOMPARE(seen.constLast(), qint64(doc.size()));

    // Returning false stops the validation at once: no further calls, no findings, cancelled.
    int calls = 0;
    const ValidationReport cancelled = MetadataValidator::validateStreaming(doc, policy, [&](qint64 done, qint64) {
        ++calls;
        return done < 3 * MetadataValidator::kProgressInterval;
    });
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.readable);
    QVERIFY(cancelled.findings.isEmpty());
    QVERIFY(cancelled.metadata.entities.size() < 2000);
    QVERIFY2(calls >= 3 && calls <= 4, qPrintable(QString::number(calls)));
}

void TestMetadataStreaming::progressOfAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("aggregate.xml"));
    const QByteArray doc = plainAggregate(500);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(doc), qint64(doc.size()));
    }
    ValidationPolicy policy;
    policy.now = kNow;
    qint64 last = -1;
    int calls = 0;
    const ValidationReport report =
        MetadataValidator::validateFile(path, policy, ValidationEngine::Streaming, [&](qint64 done, qint64 total) {
            [&] {
                QCOMPARE(total, qint64(doc.size()));
                QVERIFY(done > last);
            }();
            last = done;
            ++calls;
            return true;
        });
    QCOMPARE(report.engine, QStringLiteral("streaming"));
    QCOMPARE(last, qint64(doc.size()));
    QVERIFY(calls >= 2);
    // A single entity declines to the DOM engine, which still ends at 100 %.
    last = -1;
    const QByteArray single = readFile(kData + QStringLiteral("metadata/valid/idp-minimal.xml"));
    const ValidationReport dom = MetadataValidator::validateStreaming(single, policy, [&](qint64 done, qint64 total) {
        last = done;
        return total == single.size();
    });
    QVERIFY(dom.engine.startsWith(QLatin1String("dom")));
    QVERIFY(!dom.cancelled);
    QCOMPARE(last, qint64(single.size()));
}

QTEST_GUILESS_MAIN(TestMetadataStreaming)
#include "TestMetadataStreaming.moc"
