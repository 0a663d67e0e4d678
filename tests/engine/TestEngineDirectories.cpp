// HTTP-level tests of directories (DirectoryService) and their SCIM secrets. Runs on SQLite, and on
// PostgreSQL when GATEHOUSE_TEST_BACKEND=postgres (ctest entry engine.directories.postgres).
#include "EngineHarness.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

class TestEngineDirectories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lifecycle();
    void validation_data();
    void validation();
    void foreignAndMalformedIds();
    void enableDisable();
    void secretsShownOnceAndHashed();
    void regenerateKeepsOnePreviousForOverlap();
    void deletedWithOrganization();

private:
    QString createOrganization();
    QString createDirectory(const QString& org);
    QString base(const QString& org) const;

    EngineHarness m_h;
};

void TestEngineDirectories::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
}

QString TestEngineDirectories::base(const QString& org) const
{
    return QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/directories");
}

QString TestEngineDirectories::createOrganization()
{
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), R"({"display_name":"Dir org"})");
    return r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
}

QString TestEngineDirectories::createDirectory(const QString& org)
{
    const HttpReply r = m_h.api("POST", base(org), R"({"directory_type":"SCIM","directory_provider":"OKTA"})");
    return r.status == 201 ? r.json()[QStringLiteral("directory")][QStringLiteral("id")].toString() : QString();
}

void TestEngineDirectories::lifecycle()
{
    const QString org = createOrganization();
    HttpReply r = m_h.api("POST", base(org), R"({"directoryType":"SCIM","directoryProvider":"MICROSOFT_AD"})");
    QCOMPARE(r.status, 201);
    const QJsonObject dir = r.json().value(QStringLiteral("directory")).toObject();
    const QString id = dir.value(QStringLiteral("id")).toString();
    QVERIFY(core::IdGenerator::isValid(id, u"dir"));
    QCOMPARE(dir.value(QStringLiteral("name")).toString(), QStringLiteral("Microsoft Entra ID"));
    QCOMPARE(dir.value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(dir.value(QStringLiteral("status")).toString(), QStringLiteral("DRAFT"));
    QCOMPARE(dir.value(QStringLiteral("directory_endpoint")).toString(),
             m_h.baseUrl() + QStringLiteral("/directory/") + id + QStringLiteral("/scim/v2"));
    QCOMPARE(dir.value(QStringLiteral("organization_id")).toString(), org);
    r = m_h.api(
        "PATCH",
        base(org) + u'/' + id,
        R"({"name":"Entra","status":"IN_PROGRESS","mappings":[{"key":"email","map_to":"mail"}],"groups":[{"external_id":"g1","display_name":"Admins"}]})");
    QCOMPARE(r.status, 200);
    const QJsonObject updated = r.json().value(QStringLiteral("directory")).toObject();
    QCOMPARE(updated.value(QStringLiteral("name")).toString(), QStringLiteral("Entra"));
    QCOMPARE(updated.value(QStringLiteral("status")).toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(updated[QStringLiteral("attribute_mappings")][QStringLiteral("attributes")].toArray().size(), 1);
    QCOMPARE(updated.value(QStringLiteral("groups_tracked")).toString(), QStringLiteral("SELECTED"));
    r = m_h.api("GET", base(org));
    QCOMPARE(r.json().value(QStringLiteral("directories")).toArray().size(), 1);
    QCOMPARE(
        m_h.api("GET", base(org) + u'/' + id).json()[QStringLiteral("directory")][QStringLiteral("name")].toString(),
        QStringLiteral("Entra"));
    QCOMPARE(m_h.api("DELETE", base(org) + u'/' + id).status, 200);
    QCOMPARE(m_h.api("GET", base(org) + u'/' + id).status, 404);
    QCOMPARE(m_h.api("DELETE", base(org) + u'/' + id).status, 404);
}

void TestEngineDirectories::validation_data()
{
    QTest::addColumn<QByteArray>("create");
    QTest::addColumn<QByteArray>("update");
    QTest::newRow("type missing") << QByteArray(R"({"directory_provider":"OKTA"})") << QByteArray();
    QTest::newRow("type unspecified") << QByteArray(R"({"directory_type":"DIRECTORY_TYPE_UNSPECIFIED"})")
                                      << QByteArray();
    QTest::newRow("provider unknown") << QByteArray(R"({"directory_type":"SCIM","directory_provider":"ACME"})")
                                      << QByteArray();
    QTest::newRow("unknown field") << QByteArray(R"({"directory_type":"SCIM","token":"x"})") << QByteArray();
    QTest::newRow("name too long") << QByteArray() << QByteArray(R"({"name":")") + QByteArray(257, 'n') + "\"}";
    QTest::newRow("enabled not bool") << QByteArray() << QByteArray(R"({"enabled":"yes"})");
    QTest::newRow("mapping without map_to") << QByteArray() << QByteArray(R"({"mappings":[{"key":"email"}]})");
    QTest::newRow("mapping not object") << QByteArray() << QByteArray(R"({"mappings":["email"]})");
    QTest::newRow("mapping extra key") << QByteArray()
                                       << QByteArray(R"({"mappings":[{"key":"a","map_to":"b","x":1}]})");
    QTest::newRow("status unknown") << QByteArray() << QByteArray(R"({"status":"DONE"})");
}

void TestEngineDirectories::validation()
{
    QFETCH(QByteArray, create);
    QFETCH(QByteArray, update);
    const QString org = createOrganization();
    if (!create.isEmpty()) {
        QCOMPARE(m_h.api("POST", base(org), create).status, 400);
        QCOMPARE(m_h.api("GET", base(org)).json().value(QStringLiteral("directories")).toArray().size(), 0);
        return;
    }
    const QString id = createDirectory(org);
    QCOMPARE(m_h.api("PATCH", base(org) + u'/' + id, update).status, 400);
    QCOMPARE(
        m_h.api("GET", base(org) + u'/' + id).json()[QStringLiteral("directory")][QStringLiteral("name")].toString(),
        QStringLiteral("Okta"));
}

void TestEngineDirectories::foreignAndMalformedIds()
{
    const QString a = createOrganization();
    const QString b = createOrganization();
    const QString id = createDirectory(a);
    QCOMPARE(m_h.api("GET", base(b) + u'/' + id).status, 404);
    QCOMPARE(m_h.api("PATCH", base(b) + u'/' + id, R"({"name":"x"})").status, 404);
    QCOMPARE(m_h.api("POST", base(b) + u'/' + id + QStringLiteral("/secrets")).status, 404);
    QCOMPARE(m_h.api("PATCH", base(b) + u'/' + id + QStringLiteral(":enable")).status, 404);
    QCOMPARE(m_h.api("GET", base(a) + QStringLiteral("/conn_123456789012345678")).status, 400);
    QCOMPARE(m_h.api("POST", base(QStringLiteral("org_123456789012345678")), R"({"directory_type":"SCIM"})").status,
             404);
    QCOMPARE(m_h.api("GET", base(QStringLiteral("org_123456789012345678"))).status, 404);
}

void TestEngineDirectories::enableDisable()
{
    const QString org = createOrganization();
    const QString id = createDirectory(org);
    HttpReply r = m_h.api("PATCH", base(org) + u'/' + id + QStringLiteral(":enable"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("enabled")).toBool(), true);
    QVERIFY(!r.json().contains(QStringLiteral("error_message")));
    r = m_h.api("PATCH", base(org) + u'/' + id + QStringLiteral(":enable"));
    QVERIFY(r.json().contains(QStringLiteral("error_message")));
    QCOMPARE(
        m_h.api("GET", base(org) + u'/' + id).json()[QStringLiteral("directory")][QStringLiteral("enabled")].toBool(),
        true);
    r = m_h.api("PATCH", base(org) + u'/' + id + QStringLiteral(":disable"));
    QCOMPARE(r.json().value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(m_h.api("POST", base(org) + u'/' + id + QStringLiteral(":enable")).status, 405);
    QCOMPARE(m_h.api("PATCH", base(org) + u'/' + id + QStringLiteral(":enable"), R"({"force":true})").status, 400);
}

void TestEngineDirectories::secretsShownOnceAndHashed()
{
    const QString org = createOrganization();
    const QString id = createDirectory(org);
    const HttpReply r = m_h.api("POST", base(org) + u'/' + id + QStringLiteral("/secrets"));
    QCOMPARE(r.status, 201);
    const QString plain = r.json().value(QStringLiteral("plain_secret")).toString();
    QVERIFY(plain.size() >= 40);
    const QJsonObject secret = r.json().value(QStringLiteral("secret")).toObject();
    QVERIFY(secret.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("sec_")));
    QCOMPARE(secret.value(QStringLiteral("secret_suffix")).toString(), plain.right(4));
    QCOMPARE(secret.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    const HttpReply dir = m_h.api("GET", base(org) + u'/' + id);
    QVERIFY(!dir.body.contains(plain.toLatin1()));
    QCOMPARE(dir.json()[QStringLiteral("directory")][QStringLiteral("secrets")].toArray().size(), 1);
    const HttpReply events = m_h.api("POST", QStringLiteral("/api/v1/events?page_size=100"), "{}");
    QVERIFY(!events.body.contains(plain.toLatin1()));
    QCOMPARE(m_h.api("POST", base(org) + u'/' + id + QStringLiteral("/secrets")).status, 201); // second active one
    QCOMPARE(m_h.api("POST", base(org) + u'/' + id + QStringLiteral("/secrets")).status, 412); // at most two
}

void TestEngineDirectories::regenerateKeepsOnePreviousForOverlap()
{
    const QString org = createOrganization();
    const QString id = createDirectory(org);
    const QString secrets = base(org) + u'/' + id + QStringLiteral("/secrets");
    QCOMPARE(m_h.api("POST", secrets).status, 201);
    QCOMPARE(m_h.api("POST", secrets).status, 201);
    const HttpReply r = m_h.api("POST", secrets + QStringLiteral(":regenerate"));
    QCOMPARE(r.status, 201);
    const auto statuses = [&] {
        QStringList out;
        for (const QJsonValue& s : m_h.api("GET", base(org) + u'/' + id)
                                       .json()[QStringLiteral("directory")][QStringLiteral("secrets")]
                                       .toArray()) {
            out << s[QStringLiteral("status")].toString();
        }
        return out;
    };
    // oldest retired at once, the previous one overlaps, the new one is active
    QCOMPARE(statuses(), (QStringList{QStringLiteral("INACTIVE"), QStringLiteral("ACTIVE"), QStringLiteral("ACTIVE")}));
    m_h.clock().advanceSecs(7 * 24 * 3600 + 1);
    m_h.forgetToken();
    const QStringList later = statuses();
    m_h.clock().advanceSecs(-(7 * 24 * 3600 + 1));
    m_h.forgetToken();
    QCOMPARE(later, (QStringList{QStringLiteral("INACTIVE"), QStringLiteral("INACTIVE"), QStringLiteral("ACTIVE")}));
}

void TestEngineDirectories::deletedWithOrganization()
{
    const QString org = createOrganization();
    const QString id = createDirectory(org);
    QCOMPARE(m_h.api("POST", base(org) + u'/' + id + QStringLiteral("/secrets")).status, 201);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + org).status, 200);
    QCOMPARE(m_h.api("GET", base(org) + u'/' + id).status, 404);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineDirectories)
#include "TestEngineDirectories.moc"
