#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kData = QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(GATEHOUSE_CLI_PATH), QStringList{QStringLiteral("validate-metadata")} + args);
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

} // namespace

class TestValidateMetadataCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void jsonShape();
    void summaryOnAggregate();
    void stdinInput();
    void urlGuards_data();
    void urlGuards();
    void previousMetadata();
    void largeFileIsStreamed();
};

void TestValidateMetadataCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString now = QStringLiteral("--now=2027-06-01T00:00:00Z");
    QTest::newRow("clean") << QStringList{now, QStringLiteral("--role=idp"), kData + QStringLiteral("valid/idp-minimal.xml")} << 0;
    QTest::newRow("errors") << QStringList{now, kData + QStringLiteral("invalid/weak-key.xml")} << 1;
    QTest::newRow("sp-as-idp") << QStringList{now, QStringLiteral("--role=idp"), kData + QStringLiteral("invalid/missing-idp-role.xml")} << 1;
    QTest::newRow("dtd") << QStringList{kData + QStringLiteral("invalid/doctype-xxe.xml")} << 2;
    QTest::newRow("not-xml") << QStringList{kData + QStringLiteral("invalid/unparsed.xml")} << 2;
    QTest::newRow("missing-file") << QStringList{kData + QStringLiteral("nope.xml")} << 2;
    QTest::newRow("bad-role") << QStringList{QStringLiteral("--role=admin"), kData + QStringLiteral("valid/idp-minimal.xml")} << 2;
    QTest::newRow("bad-fingerprint") << QStringList{QStringLiteral("--fingerprint=sha256:zz"), kData + QStringLiteral("valid/idp-minimal.xml")} << 2;
    QTest::newRow("trusted-signature") << QStringList{now, QStringLiteral("--trust"), kData + QStringLiteral("certs/good.pem"), kData + QStringLiteral("valid/signed-idp-rsa-sha256.xml")} << 0;
    const QString lifecycle = kData + QStringLiteral("lifecycle/");
    QTest::newRow("previous-rollover") << QStringList{now, QStringLiteral("--previous"), kData + QStringLiteral("valid/idp-minimal.xml"), lifecycle + QStringLiteral("idp-rollover.xml")} << 0;
    QTest::newRow("previous-in-use-removed") << QStringList{now, QStringLiteral("--previous"), lifecycle + QStringLiteral("idp-rollover.xml"), QStringLiteral("--in-use-cert"), lifecycle + QStringLiteral("idp-minimal-signing.pem"), lifecycle + QStringLiteral("idp-new-key.xml")} << 1;
    QTest::newRow("in-use-without-previous") << QStringList{now, QStringLiteral("--in-use-cert"), lifecycle + QStringLiteral("idp-minimal-signing.pem"), lifecycle + QStringLiteral("idp-new-key.xml")} << 2;
    QTest::newRow("previous-missing") << QStringList{now, QStringLiteral("--previous"), kData + QStringLiteral("nope.xml"), lifecycle + QStringLiteral("idp-new-key.xml")} << 2;
    QTest::newRow("previous-not-metadata") << QStringList{now, QStringLiteral("--previous"), kData + QStringLiteral("invalid/unparsed.xml"), lifecycle + QStringLiteral("idp-new-key.xml")} << 2;
    QTest::newRow("wrong-signer") << QStringList{now, QStringLiteral("--trust"), kData + QStringLiteral("certs/other.pem"), kData + QStringLiteral("valid/signed-idp-rsa-sha256.xml")} << 1;
}

void TestValidateMetadataCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = cli(args);
    const QByteArray output = r.out.right(2000) + r.err;
    QVERIFY2(r.exitCode == exitCode, output.constData());
}

void TestValidateMetadataCli::jsonShape()
{
    const Run r = cli({QStringLiteral("--format=json"), QStringLiteral("--now=2027-06-01T00:00:00Z"),
                       kData + QStringLiteral("invalid/weak-key.xml")});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("gatehouse.metadata-validation/1"));
    QVERIFY(json.value(QStringLiteral("errors")).toInt() >= 1);
    bool weak = false;
    for (const QJsonValue& v : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        for (const char* key : {"rule", "severity", "message", "fix", "line"}) {
            QVERIFY2(f.contains(QLatin1String(key)), key);
        }
        weak = weak || f.value(QStringLiteral("rule")).toString() == QLatin1String("cert.weak-key");
    }
    QVERIFY(weak);
}

void TestValidateMetadataCli::summaryOnAggregate()
{
    const Run r = cli({QStringLiteral("--format=json"), QStringLiteral("--summary"),
                       kData + QStringLiteral("invalid/duplicate-entity-ids.xml")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("entities")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("duplicate_entity_ids")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("aggregate")).toBool(), true);
}

// A local file of 4 MiB or more goes through the streaming engine, standard input through the DOM engine: the same
// report either way.
void TestValidateMetadataCli::largeFileIsStreamed()
{
    QByteArray doc("<?xml version=\"1.0\"?>\n<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
                   "Name=\"urn:example:large\">\n");
    const QByteArray sso("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect");
    for (int i = 0; doc.size() < 4600 * 1024; ++i) {
        const QByteArray n = QByteArray::number(i == 100 ? 3 : i); // one duplicate entityID
        doc += "<md:EntityDescriptor entityID=\"https://idp" + n + ".example.org/saml\">"
               "<md:IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
               "<md:SingleSignOnService Binding=\"" + sso + "\" Location=\"https://idp" + n
               + ".example.org/sso\"/></md:IDPSSODescriptor></md:EntityDescriptor>\n";
    }
    doc += "</md:EntitiesDescriptor>\n";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.xml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(doc);
    f.close();
    const QStringList args = {QStringLiteral("--format=json"), QStringLiteral("--summary"),
                              QStringLiteral("--now=2027-06-01T00:00:00Z")};
    const Run streamed = cli(args + QStringList{path});
    const Run dom = cli(args + QStringList{QStringLiteral("-")}, doc);
    QCOMPARE(streamed.exitCode, 1);
    QCOMPARE(dom.exitCode, 1);
    const QJsonObject a = QJsonDocument::fromJson(streamed.out).object();
    const QJsonObject b = QJsonDocument::fromJson(dom.out).object();
    QVERIFY(a.value(QStringLiteral("summary")).toObject().value(QStringLiteral("entities")).toInt() > 10000);
    QCOMPARE(a.value(QStringLiteral("summary")), b.value(QStringLiteral("summary")));
    QCOMPARE(a.value(QStringLiteral("findings")), b.value(QStringLiteral("findings")));
    QVERIFY(streamed.out.contains("aggregate.duplicate-entity"));
}

void TestValidateMetadataCli::stdinInput()
{
    QFile f(kData + QStringLiteral("valid/idp-minimal.xml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Run r = cli({QStringLiteral("--now=2027-06-01T00:00:00Z"), QStringLiteral("-")}, f.readAll());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("OK: 0 error(s)"));
}

void TestValidateMetadataCli::urlGuards_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("http") << "http://example.com/metadata.xml" << QByteArray("fetch.scheme");
    QTest::newRow("loopback") << "https://127.0.0.1:1/metadata.xml" << QByteArray("fetch.blocked-address");
    QTest::newRow("private") << "https://10.1.2.3/metadata.xml" << QByteArray("fetch.blocked-address");
    QTest::newRow("link-local") << "https://169.254.169.254/latest/meta-data" << QByteArray("fetch.blocked-address");
    QTest::newRow("localhost") << "https://localhost:1/metadata.xml" << QByteArray("fetch.blocked-address");
    QTest::newRow("ipv6-loopback") << "https://[::1]:1/metadata.xml" << QByteArray("fetch.blocked-address");
}

void TestValidateMetadataCli::urlGuards()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, code);
    const Run r = cli({url});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(code), r.err.constData());
}

// --previous: the lifecycle findings appear in the JSON report with their rule ids and severities.
void TestValidateMetadataCli::previousMetadata()
{
    const QString lifecycle = kData + QStringLiteral("lifecycle/");
    const Run r = cli({QStringLiteral("--format=json"), QStringLiteral("--now=2027-06-01T00:00:00Z"),
                       QStringLiteral("--previous"), kData + QStringLiteral("valid/idp-minimal.xml"),
                       lifecycle + QStringLiteral("idp-rollover.xml")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QStringList ids;
    QString severity;
    for (const QJsonValue finding : report.value(QStringLiteral("findings")).toArray()) {
        const QString id = finding.toObject().value(QStringLiteral("rule")).toString();
        ids.append(id);
        if (id == QLatin1String("diff.rollover-pending")) {
            severity = finding.toObject().value(QStringLiteral("severity")).toString();
        }
    }
    QVERIFY2(ids.contains(QStringLiteral("diff.rollover-pending")), r.out.constData());
    QCOMPARE(severity, QStringLiteral("warning"));

    const Run swapped = cli({QStringLiteral("--now=2027-06-01T00:00:00Z"), QStringLiteral("--previous"),
                             kData + QStringLiteral("valid/idp-minimal.xml"), lifecycle + QStringLiteral("idp-new-key.xml")});
    QCOMPARE(swapped.exitCode, 0); // removed without --in-use-cert: a warning
    QVERIFY2(swapped.out.contains("diff.signing-cert-removed"), swapped.out.constData());
    QVERIFY2(swapped.out.contains("diff.signing-cert-added"), swapped.out.constData());
}

QTEST_GUILESS_MAIN(TestValidateMetadataCli)
#include "TestValidateMetadataCli.moc"
