// Configuration export and import (GET /api/v1/organizations/{id}:export, POST /api/v1/organizations:import): a
// round trip (export → import → export equals the first export up to IDs, timestamps and the documented resets),
// no secret in the document, hostile and malformed documents refused with nothing written, a domain verified by
// another organization (409, nothing written), no export for portal sessions, and imported group → role mappings
// kept pending until SCIM brings their groups (then applied: the member gets the role). Runs on SQLite, and on
// PostgreSQL (engine.export_import.postgres).
#include "EngineHarness.h"
#include "ScimTestClient.h"
#include "TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

const QString kOidcSecret = QStringLiteral("OidcClientSecret-7f3a9c");

QString orgPath(const QString& org, const QString& rest = {})
{
    return QStringLiteral("/api/v1/organizations/") + org + rest;
}

} // namespace

class TestEngineExportImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void refusesMalformedDocuments_data();
    void refusesMalformedDocuments();
    void refusesUnknownVersionAndHugeBodies();
    void domainVerifiedElsewhereIsAConflict();
    void portalSessionCannotExport();
    void pendingMappingsApplyWhenScimBringsTheGroup();
    void organizationRolesTravel();

private:
    // The source organization: domains (one verified), a SAML and an OIDC connection, a SCIM directory with a
    // mapping of a provisioned group to a role that has a permission.
    QString buildSource(const QString& externalId, const QString& domainPrefix);
    QJsonObject exportOf(const QString& org);
    qint64 organizationCount();
    qint64 roleCount();
    HttpReply importDocument(const QByteArray& body);

    EngineHarness m_h;
    ScimTestClient m_c{m_h};
    QString m_scimSecret;
    QStringList m_txtSecrets;
};

void TestEngineExportImport::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
}

QString TestEngineExportImport::buildSource(const QString& externalId, const QString& domainPrefix)
{
    const ScimDirectory d = m_c.createDirectory();
    const QString org = d.organizationId;
    m_scimSecret = d.secret;
    HttpReply r = m_h.api("PATCH",
                          orgPath(org),
                          QJsonDocument(QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Export Source")},
                                                    {QStringLiteral("external_id"), externalId},
                                                    {QStringLiteral("metadata"),
                                                     QJsonObject{{QStringLiteral("plan"), QStringLiteral("gold")}}}})
                              .toJson());
    if (r.status != 200) {
        qWarning("patch org: %d %s", r.status, r.body.constData());
        return {};
    }
    m_h.api("PATCH", orgPath(org, QStringLiteral("/settings")), R"({"features":[{"name":"sso","enabled":true}]})");
    QStringList domainIds;
    for (const QString& name :
         QStringList{domainPrefix + QStringLiteral("-one.com"), domainPrefix + QStringLiteral("-two.com")}) {
        r = m_h.api("POST", orgPath(org, QStringLiteral("/domains")), R"({"domain":")" + name.toUtf8() + "\"}");
        if (r.status != 201) {
            qWarning("domain: %d %s", r.status, r.body.constData());
            return {};
        }
        domainIds.append(r.json()[QStringLiteral("domain")][QStringLiteral("id")].toString());
        m_txtSecrets.append(r.json()[QStringLiteral("domain")][QStringLiteral("txt_record_secret")].toString());
    }
    r = m_h.api("PATCH", orgPath(org, QStringLiteral("/domains/%1:verify_manually").arg(domainIds.first())));
    if (r.status != 200) {
        qWarning("verify: %d %s", r.status, r.body.constData());
        return {};
    }
    QFile pem(QStringLiteral(GATEHOUSE_TEST_DATA "/metadata/certs/good.pem"));
    if (!pem.open(QIODevice::ReadOnly)) {
        qWarning("no test certificate");
        return {};
    }
    const QString base = orgPath(org, QStringLiteral("/connections"));
    r = m_h.api("POST", base, R"({"provider":"OKTA","type":"SAML"})");
    const QString saml = r.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    const QJsonObject samlBody{
        {QStringLiteral("attribute_mapping"), QJsonObject{{QStringLiteral("email"), QStringLiteral("mail")}}},
        {QStringLiteral("ui_button_title"), QStringLiteral("Okta")},
        {QStringLiteral("saml_config"),
         QJsonObject{{QStringLiteral("idp_entity_id"), QStringLiteral("https://idp.example.com/saml")},
                     {QStringLiteral("idp_sso_url"), QStringLiteral("https://idp.example.com/sso")},
                     {QStringLiteral("idp_certificate"), QString::fromLatin1(pem.readAll())},
                     {QStringLiteral("allow_idp_initiated_login"), true}}}};
    r = m_h.api("PATCH", base + u'/' + saml, QJsonDocument(samlBody).toJson());
    if (r.status != 200) {
        qWarning("saml: %d %s", r.status, r.body.constData());
        return {};
    }
    m_h.api("PATCH", base + u'/' + saml + QStringLiteral(":enable"));
    r = m_h.api("PUT",
                base + u'/' + saml + QStringLiteral("/domains"),
                R"({"domain_ids":[")" + domainIds.first().toUtf8() + "\"]}");
    if (r.status != 200) {
        qWarning("assign: %d %s", r.status, r.body.constData());
        return {};
    }
    r = m_h.api("POST", base, R"({"provider":"GOOGLE","type":"OIDC"})");
    const QString oidc = r.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    const QJsonObject oidcBody{{QStringLiteral("oidc_config"),
                                QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://accounts.example.com")},
                                            {QStringLiteral("client_id"), QStringLiteral("client-123")},
                                            {QStringLiteral("client_secret"), kOidcSecret},
                                            {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid")}}}}};
    r = m_h.api("PATCH", base + u'/' + oidc, QJsonDocument(oidcBody).toJson());
    if (r.status != 200) {
        qWarning("oidc: %d %s", r.status, r.body.constData());
        return {};
    }
    m_h.api("PATCH", base + u'/' + oidc + QStringLiteral(":enable"));
    // Directory settings, a role with a permission, a provisioned group mapped to it.
    r = m_h.api("PATCH",
                orgPath(org, QStringLiteral("/directories/") + d.directoryId),
                R"({"name":"Okta SCIM","mappings":[{"key":"department","map_to":"dept","display_name":"Dept"}]})");
    if (r.status != 200) {
        qWarning("directory: %d %s", r.status, r.body.constData());
        return {};
    }
    const QString role = QStringLiteral("exp_admin_") + domainPrefix.left(8).replace(u'-', u'_');
    m_h.api("POST", QStringLiteral("/api/v1/permissions"), R"({"name":"export:test","description":"Exported"})");
    r = m_h.api("POST",
                QStringLiteral("/api/v1/roles"),
                R"({"name":")" + role.toUtf8() + R"(","display_name":"Export admin","permissions":["export:test"]})");
    if (r.status != 201) {
        qWarning("role: %d %s", r.status, r.body.constData());
        return {};
    }
    const QString group = m_c.createGroup(d, QStringLiteral("Engineering"));
    const QJsonObject assign{{QStringLiteral("role_assignments"),
                              QJsonObject{{QStringLiteral("assignments"),
                                           QJsonArray{QJsonObject{{QStringLiteral("group_id"), group},
                                                                  {QStringLiteral("role_name"), role}}}}}}};
    r = m_h.api("PUT",
                orgPath(org, QStringLiteral("/directories/%1/groups/-/roles:assign").arg(d.directoryId)),
                QJsonDocument(assign).toJson());
    if (r.status != 200) {
        qWarning("assign roles: %d %s", r.status, r.body.constData());
        return {};
    }
    return org;
}

QJsonObject TestEngineExportImport::exportOf(const QString& org)
{
    const HttpReply r = m_h.api("GET", orgPath(org, QStringLiteral(":export")));
    if (r.status != 200) {
        qWarning("export: %d %s", r.status, r.body.constData());
    }
    return r.json();
}

qint64 TestEngineExportImport::organizationCount()
{
    return m_h.api("GET", QStringLiteral("/api/v1/organizations")).json()[QStringLiteral("total_size")].toInteger(-1);
}

qint64 TestEngineExportImport::roleCount()
{
    return m_h.api("GET", QStringLiteral("/api/v1/roles")).json()[QStringLiteral("roles")].toArray().size();
}

HttpReply TestEngineExportImport::importDocument(const QByteArray& body)
{
    return m_h.api("POST", QStringLiteral("/api/v1/organizations:import"), body);
}

namespace {

// Removes what differs by design between two exports of equal configurations: ids, timestamps, the source.
QJsonObject withoutIdentity(QJsonObject doc)
{
    doc.remove(QStringLiteral("exported_at"));
    doc.remove(QStringLiteral("source"));
    for (const QString& list : {QStringLiteral("connections"), QStringLiteral("directories")}) {
        QJsonArray items = doc.value(list).toArray();
        for (auto&& item : items) {
            QJsonObject o = item.toObject();
            o.remove(QStringLiteral("source_id"));
            item = o;
        }
        doc.insert(list, items);
    }
    return doc;
}

// The first export with what the import documents as reset: domains PENDING / DNS and no longer assigned to
// connections, an OIDC connection without its secret disabled. Group mappings stay (pending until the IdP
// provisions the groups, and exported as such), and so do the roles they reference.
QJsonObject expectedAfterImport(QJsonObject doc)
{
    QJsonArray domains = doc.value(QStringLiteral("domains")).toArray();
    for (auto&& item : domains) {
        QJsonObject o = item.toObject();
        o.insert(QStringLiteral("verification_status"), QStringLiteral("PENDING"));
        o.insert(QStringLiteral("verification_method"), QStringLiteral("DNS"));
        item = o;
    }
    doc.insert(QStringLiteral("domains"), domains);
    QJsonArray connections = doc.value(QStringLiteral("connections")).toArray();
    for (auto&& item : connections) {
        QJsonObject o = item.toObject();
        o.insert(QStringLiteral("domains"), QJsonArray());
        if (o.value(QStringLiteral("type")).toString() == QStringLiteral("OIDC")) {
            o.insert(QStringLiteral("enabled"), false);
        }
        item = o;
    }
    doc.insert(QStringLiteral("connections"), connections);
    QJsonArray excluded;
    for (const QJsonValue& e : doc.value(QStringLiteral("excluded")).toArray()) {
        if (!e.toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("client_secret"))) {
            excluded.append(e);
        }
    }
    doc.insert(QStringLiteral("excluded"), excluded);
    return withoutIdentity(doc);
}

// Where two documents first differ: the top-level key and, for arrays, the first differing element.
QString firstDifference(const QJsonObject& expected, const QJsonObject& actual)
{
    const auto compact = [](const QJsonValue& v) {
        return v.isObject()  ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
               : v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                             : v.toVariant().toString();
    };
    QStringList keys = expected.keys() + actual.keys();
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue e = expected.value(key);
        const QJsonValue a = actual.value(key);
        if (e == a) {
            continue;
        }
        if (e.isArray() && a.isArray()) {
            for (qsizetype i = 0; i < std::max(e.toArray().size(), a.toArray().size()); ++i) {
                if (e.toArray().at(i) != a.toArray().at(i)) {
                    return QStringLiteral("%1[%2]: expected %3\nactual %4")
                        .arg(key)
                        .arg(i)
                        .arg(compact(e.toArray().at(i)), compact(a.toArray().at(i)));
                }
            }
        }
        return QStringLiteral("%1: expected %2\nactual %3").arg(key, compact(e), compact(a));
    }
    return {};
}

QStringList kinds(const QJsonArray& attention)
{
    QStringList out;
    for (const QJsonValue& item : attention) {
        out.append(item.toObject().value(QStringLiteral("kind")).toString());
    }
    return out;
}

} // namespace

void TestEngineExportImport::roundTrip()
{
    const QString source = buildSource(QStringLiteral("crm-roundtrip"), QStringLiteral("roundtrip-corp"));
    QVERIFY(!source.isEmpty());
    const QJsonObject first = exportOf(source);
    QCOMPARE(first.value(QStringLiteral("format")).toString(), QStringLiteral("gatehouse.organization-export/1"));
    QCOMPARE(first.value(QStringLiteral("domains")).toArray().size(), 2);
    QCOMPARE(first.value(QStringLiteral("connections")).toArray().size(), 2);
    QCOMPARE(first.value(QStringLiteral("directories")).toArray().size(), 1);
    QCOMPARE(first[QStringLiteral("connections")][0][QStringLiteral("domains")].toArray().size(), 1);
    QCOMPARE(first[QStringLiteral("connections")][1][QStringLiteral("enabled")].toBool(), true);
    QCOMPARE(first[QStringLiteral("directories")][0][QStringLiteral("group_role_mappings")].toArray().size(), 1);
    QCOMPARE(first[QStringLiteral("roles")].toArray().size(), 1);
    QCOMPARE(first[QStringLiteral("roles")][0][QStringLiteral("permissions")][0][QStringLiteral("name")].toString(),
             QStringLiteral("export:test"));

    // No secret anywhere in the document; what was left out is listed.
    const QByteArray text = QJsonDocument(first).toJson();
    QVERIFY(!text.contains(kOidcSecret.toUtf8()));
    QVERIFY(!text.contains(m_scimSecret.toUtf8()));
    QVERIFY(!m_scimSecret.isEmpty());
    for (const QString& txt : std::as_const(m_txtSecrets)) {
        QVERIFY(!text.contains(txt.toUtf8()));
    }
    QVERIFY(!text.contains("PRIVATE KEY"));
    QVERIFY(!text.contains("client_secret\":"));
    QVERIFY(!text.contains("txt_record_secret\":"));
    QStringList excludedPaths;
    for (const QJsonValue& e : first.value(QStringLiteral("excluded")).toArray()) {
        excludedPaths.append(e.toObject().value(QStringLiteral("path")).toString());
    }
    QVERIFY2(excludedPaths.contains(QStringLiteral("connections[1].oidc_config.client_secret")),
             qPrintable(excludedPaths.join(u' ')));
    QVERIFY(excludedPaths.contains(QStringLiteral("directories[0].secrets")));

    // The source is gone (its external id and verified domain are free again); the import recreates it.
    QCOMPARE(m_h.api("DELETE", orgPath(source)).status, 200);
    const qint64 rolesBefore = roleCount();
    const HttpReply r = importDocument(QJsonDocument(first).toJson());
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(roleCount(), rolesBefore); // the role exists in this environment: reused
    const QString imported = r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
    QVERIFY(!imported.isEmpty() && imported != source);
    QCOMPARE(r.json()[QStringLiteral("organization")][QStringLiteral("external_id")].toString(),
             QStringLiteral("crm-roundtrip"));
    const QStringList attention = kinds(r.json()[QStringLiteral("needs_attention")].toArray());
    QCOMPARE(attention.count(QStringLiteral("verify_domain")), 2);
    QCOMPARE(attention.count(QStringLiteral("reenter_secret")), 1);
    QCOMPARE(attention.count(QStringLiteral("assign_domain")), 1);
    QCOMPARE(attention.count(QStringLiteral("map_group")), 1);
    QCOMPARE(attention.count(QStringLiteral("new_scim_token")), 1);
    QCOMPARE(attention.count(QStringLiteral("update_idp")), 2);
    const QJsonArray createdConnections = r.json()[QStringLiteral("created")][QStringLiteral("connections")].toArray();
    QCOMPARE(createdConnections.size(), 2);
    QCOMPARE(createdConnections[0][QStringLiteral("source_id")].toString(),
             first[QStringLiteral("connections")][0][QStringLiteral("source_id")].toString());

    // The import's events tell the same story as creating it through the API (webhook subscribers).
    const QJsonObject filter{{QStringLiteral("organization_id"), imported}};
    const HttpReply events =
        m_h.api("POST", QStringLiteral("/api/v1/events?page_size=100"), QJsonDocument(filter).toJson());
    QStringList types;
    for (const QJsonValue& e : events.json().value(QStringLiteral("events")).toArray()) {
        types.append(e.toObject().value(QStringLiteral("type")).toString());
    }
    QCOMPARE(types.count(QStringLiteral("organization.created")), 1);
    QCOMPARE(types.count(QStringLiteral("organization.domain_created")), 2);
    QCOMPARE(types.count(QStringLiteral("organization.connection_created")), 2);
    QCOMPARE(types.count(QStringLiteral("organization.sso_enabled")), 1); // the SAML one; the OIDC one waits
    QCOMPARE(types.count(QStringLiteral("organization.directory_created")), 1);

    const QJsonObject second = exportOf(imported);
    const QJsonObject expected = expectedAfterImport(first);
    const QJsonObject actual = withoutIdentity(second);
    QVERIFY2(actual == expected, qPrintable(firstDifference(expected, actual)));
    // A second import of the same document: the external id is taken now.
    const qint64 count = organizationCount();
    QCOMPARE(importDocument(QJsonDocument(first).toJson()).status, 409);
    QCOMPARE(organizationCount(), count);
}

void TestEngineExportImport::refusesMalformedDocuments_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QByteArray head = R"({"format":"gatehouse.organization-export/1",)";
    QTest::newRow("not an object") << QByteArray("[1,2]") << QString();
    QTest::newRow("format missing") << QByteArray(R"({"organization":{"display_name":"X"}})")
                                    << QStringLiteral("format");
    QTest::newRow("format wrong type") << QByteArray(R"({"format":7})") << QStringLiteral("format");
    QTest::newRow("organization wrong type") << head + R"("organization":"Acme"})" << QStringLiteral("organization");
    QTest::newRow("organization missing") << head + R"("domains":[]})" << QStringLiteral("organization");
    QTest::newRow("display name wrong type")
        << head + R"("organization":{"display_name":42}})" << QStringLiteral("organization.display_name");
    QTest::newRow("unknown field") << head + R"("organization":{"display_name":"A"},"tenants":[]})"
                                   << QStringLiteral("tenants");
    QTest::newRow("domain not an object")
        << head + R"("organization":{"display_name":"A"},"domains":["a.com"]})" << QStringLiteral("domains[0]");
    QTest::newRow("consumer domain")
        << head + R"("organization":{"display_name":"A"},"domains":[{"domain":"gmail.com"}]})"
        << QStringLiteral("domains[0].domain");
    QTest::newRow("duplicate domain")
        << head + R"("organization":{"display_name":"A"},"domains":[{"domain":"dup-x.com"},{"domain":"dup-x.com"}]})"
        << QStringLiteral("domains[1].domain");
    QTest::newRow("connection type") << head
                                            + R"("organization":{"display_name":"A"},"connections":[{"type":"WSFED"}]})"
                                     << QStringLiteral("connections[0].type");
    QTest::newRow("connection bad URL")
        << head
               + R"("organization":{"display_name":"A"},"connections":[{"type":"SAML","provider":"OKTA","saml_config":{"idp_sso_url":"ftp://idp.example.com/sso"}}]})"
        << QStringLiteral("connections[0].saml_config.idp_sso_url");
    QTest::newRow("connection bad certificate")
        << head
               + R"("organization":{"display_name":"A"},"connections":[{"type":"SAML","saml_config":{"idp_certificate":"nope"}}]})"
        << QStringLiteral("connections[0].saml_config.idp_certificate");
    QTest::newRow("connection domain not in document")
        << head + R"("organization":{"display_name":"A"},"connections":[{"type":"SAML","domains":["other.com"]}]})"
        << QStringLiteral("connections[0].domains[0]");
    QTest::newRow("enabled but incomplete connection")
        << head
               + R"("organization":{"display_name":"A"},"connections":[{"type":"SAML","provider":"OKTA","enabled":true}]})"
        << QStringLiteral("connections[0].enabled");
    QTest::newRow("directory mapping wrong type")
        << head + R"("organization":{"display_name":"A"},"directories":[{"mappings":"all"}]})"
        << QStringLiteral("directories[0].mappings");
    QTest::newRow("mapping to unknown role")
        << head
               + R"("organization":{"display_name":"A"},"directories":[{"group_role_mappings":[{"group_display_name":"G","role_name":"nobody_has_this"}]}]})"
        << QStringLiteral("directories[0].group_role_mappings[0].role_name");
    QTest::newRow("role bad name") << head + R"("organization":{"display_name":"A"},"roles":[{"name":"bad name!"}]})"
                                   << QStringLiteral("roles[0].name");
    QTest::newRow("role extends unknown")
        << head + R"("organization":{"display_name":"A"},"roles":[{"name":"r1","extends":"ghost"}]})"
        << QStringLiteral("roles[0].extends");
    QTest::newRow("organization role named like an environment role")
        << head
               + R"("organization":{"display_name":"A"},"roles":[{"name":"r_env"}],"organization_roles":[{"name":"r_env"}]})"
        << QStringLiteral("organization_roles[0].name");
    QTest::newRow("organization role extends unknown")
        << head + R"("organization":{"display_name":"A"},"organization_roles":[{"name":"o1","extends":"ghost"}]})"
        << QStringLiteral("organization_roles[0].extends");
    QTest::newRow("organization role twice")
        << head + R"("organization":{"display_name":"A"},"organization_roles":[{"name":"o1"},{"name":"o1"}]})"
        << QStringLiteral("organization_roles[1].name");
    QTest::newRow("two default organization roles")
        << head
               + R"("organization":{"display_name":"A"},"organization_roles":[{"name":"o1","default_member":true},{"name":"o2","default_member":true}]})"
        << QStringLiteral("organization_roles[1].default_member");
    QTest::newRow("organization role unknown field")
        << head + R"("organization":{"display_name":"A"},"organization_roles":[{"name":"o1","is_org_role":true}]})"
        << QStringLiteral("organization_roles[0].is_org_role");
}

void TestEngineExportImport::refusesMalformedDocuments()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const qint64 before = organizationCount();
    const qint64 rolesBefore = roleCount();
    const HttpReply r = importDocument(body);
    QCOMPARE(r.status, 400);
    if (!field.isEmpty()) {
        QStringList fields;
        for (const QJsonValue& detail : r.json().value(QStringLiteral("details")).toArray()) {
            const QJsonObject info = detail.toObject().value(QStringLiteral("validation_error_info")).toObject();
            for (const QJsonValue& v : info.value(QStringLiteral("field_violations")).toArray()) {
                fields.append(v.toObject().value(QStringLiteral("field")).toString());
            }
        }
        QVERIFY2(fields.contains(field),
                 qPrintable(fields.join(u' ') + QStringLiteral(" / ") + QString::fromUtf8(r.body)));
    }
    QCOMPARE(organizationCount(), before);
    QCOMPARE(roleCount(), rolesBefore);
}

void TestEngineExportImport::refusesUnknownVersionAndHugeBodies()
{
    const qint64 before = organizationCount();
    HttpReply r = importDocument(R"({"format":"gatehouse.organization-export/2","organization":{"display_name":"A"}})");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("unsupported export format version"), r.body.constData());
    r = importDocument(R"({"format":"scalekit.something/1","organization":{"display_name":"A"}})");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("not a Gatehouse organization export"), r.body.constData());
    // 5 MB: refused before it is read.
    const QByteArray request = "POST /api/v1/organizations:import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                               + m_h.token().toLatin1()
                               + "\r\nContent-Type: application/json\r\nContent-Length: 5242880\r\n\r\n{";
    const RawReply reply = m_h.raw(request, 2000);
    QVERIFY2(reply.data.startsWith("HTTP/1.1 413"), reply.data.left(40).constData());
    QCOMPARE(organizationCount(), before);
    // Export of an unknown / malformed organization id.
    QCOMPARE(m_h.api("GET", orgPath(QStringLiteral("org_12345678901234567"), QStringLiteral(":export"))).status, 404);
    QCOMPARE(m_h.api("GET", orgPath(QStringLiteral("nope"), QStringLiteral(":export"))).status, 400);
}

void TestEngineExportImport::domainVerifiedElsewhereIsAConflict()
{
    const QString source = buildSource(QStringLiteral("crm-conflict"), QStringLiteral("conflict-corp"));
    QVERIFY(!source.isEmpty());
    QJsonObject doc = exportOf(source);
    // Another external id, so that only the verified domain stands in the way.
    QJsonObject org = doc.value(QStringLiteral("organization")).toObject();
    org.insert(QStringLiteral("external_id"), QStringLiteral("crm-conflict-copy"));
    // A role this environment does not have: it must not be left behind either.
    QJsonArray roles = doc.value(QStringLiteral("roles")).toArray();
    roles.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("conflict_only_role")},
                             {QStringLiteral("permissions"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("conflict:only")}}}}});
    doc.insert(QStringLiteral("roles"), roles);
    doc.insert(QStringLiteral("organization"), org);
    const qint64 before = organizationCount();
    const qint64 rolesBefore = roleCount();
    const HttpReply r = importDocument(QJsonDocument(doc).toJson());
    QCOMPARE(r.status, 409);
    QVERIFY2(r.body.contains("conflict-corp-one.com"), r.body.constData());
    QCOMPARE(organizationCount(), before);
    QCOMPARE(roleCount(), rolesBefore);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations:external/crm-conflict-copy")).status, 404);
}

void TestEngineExportImport::portalSessionCannotExport()
{
    const HttpReply created =
        m_h.api("POST", QStringLiteral("/api/v1/organizations"), R"({"display_name":"Portal org"})");
    const QString org = created.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
    QVERIFY(!org.isEmpty());
    const HttpReply link = m_h.api("PUT", orgPath(org, QStringLiteral("/portal_links?features=sso&features=dir_sync")));
    QCOMPARE(link.status, 200);
    const QJsonObject exchange{
        {QStringLiteral("link"), link.json()[QStringLiteral("link")][QStringLiteral("location")]}};
    const HttpReply session = m_h.request("POST",
                                          QStringLiteral("/api/v1/portal_sessions"),
                                          QJsonDocument(exchange).toJson(),
                                          {{"Content-Type", "application/json"}});
    const QByteArray token = session.json()[QStringLiteral("session_token")].toString().toLatin1();
    QVERIFY2(!token.isEmpty(), session.body.constData());
    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + token},
                                                    {"Content-Type", "application/json"}};
    // The session reaches its organization…
    QCOMPARE(m_h.request("GET", orgPath(org), {}, auth).status, 200);
    // …but neither its export nor the import.
    QCOMPARE(m_h.request("GET", orgPath(org, QStringLiteral(":export")), {}, auth).status, 403);
    const QJsonObject doc = exportOf(org);
    QCOMPARE(
        m_h.request("POST", QStringLiteral("/api/v1/organizations:import"), QJsonDocument(doc).toJson(), auth).status,
        403);
    // Without any credentials: 401.
    QCOMPARE(m_h.request("GET", orgPath(org, QStringLiteral(":export"))).status, 401);
}

void TestEngineExportImport::pendingMappingsApplyWhenScimBringsTheGroup()
{
    const QString source = buildSource(QStringLiteral("crm-pending"), QStringLiteral("pending-corp"));
    QVERIFY(!source.isEmpty());
    const QJsonObject document = exportOf(source);
    const QJsonObject mapping =
        document[QStringLiteral("directories")][0][QStringLiteral("group_role_mappings")][0].toObject();
    const QString role = mapping.value(QStringLiteral("role_name")).toString();
    QCOMPARE(mapping.value(QStringLiteral("group_display_name")).toString(), QStringLiteral("Engineering"));
    QCOMPARE(m_h.api("DELETE", orgPath(source)).status, 200);
    const HttpReply imported = importDocument(QJsonDocument(document).toJson());
    QVERIFY2(imported.status == 201, imported.body.constData());
    const QString org = imported.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
    // needs_attention names the pending mapping.
    bool listed = false;
    for (const QJsonValue& item : imported.json()[QStringLiteral("needs_attention")].toArray()) {
        listed = listed
                 || (item[QStringLiteral("kind")].toString() == QStringLiteral("map_group")
                     && item[QStringLiteral("message")].toString().contains(QStringLiteral("Engineering"))
                     && item[QStringLiteral("message")].toString().contains(role));
    }
    QVERIFY2(listed, imported.body.constData());
    // The directory shows it as pending.
    const QJsonArray directories =
        m_h.api("GET", orgPath(org, QStringLiteral("/directories"))).json()[QStringLiteral("directories")].toArray();
    QCOMPARE(directories.size(), 1);
    const QString directory = directories[0][QStringLiteral("id")].toString();
    const QString directoryPath = orgPath(org, QStringLiteral("/directories/") + directory);
    HttpReply r = m_h.api("GET", directoryPath);
    QCOMPARE(r.status, 200);
    const QJsonArray pending =
        r.json()[QStringLiteral("directory")][QStringLiteral("pending_group_role_mappings")].toArray();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0][QStringLiteral("group_display_name")].toString(), QStringLiteral("Engineering"));
    QCOMPARE(pending[0][QStringLiteral("role_name")].toString(), role);

    // The IdP connects: a SCIM token, a user, a group of another name (nothing applied), then the group.
    m_h.api("PATCH", directoryPath + QStringLiteral(":enable"));
    r = m_h.api("POST", directoryPath + QStringLiteral("/secrets"));
    QCOMPARE(r.status, 201);
    const ScimDirectory scim{org, directory, r.json()[QStringLiteral("plain_secret")].toString()};
    const QString user = m_c.createUser(scim, QStringLiteral("pending.user@example.com"));
    QVERIFY(!user.isEmpty());
    const auto rolesOfUser = [&]() {
        QStringList names;
        const HttpReply roles =
            m_h.api("GET", directoryPath + QStringLiteral("/users/") + user + QStringLiteral("/roles"));
        for (const QJsonValue& v : roles.json()[QStringLiteral("roles")].toArray()) {
            names.append(v[QStringLiteral("role_name")].toString());
        }
        return names;
    };
    QVERIFY(!rolesOfUser().contains(role));
    QVERIFY(!m_c.createGroup(scim, QStringLiteral("Engineering Managers"), {user}).isEmpty());
    QVERIFY(!rolesOfUser().contains(role));
    QCOMPARE(m_h.api("GET", directoryPath)
                 .json()[QStringLiteral("directory")][QStringLiteral("pending_group_role_mappings")]
                 .toArray()
                 .size(),
             1);
    // The group arrives (display names compare case-insensitively): mapped in the same transaction.
    const QString group = m_c.createGroup(scim, QStringLiteral("ENGINEERING"), {user});
    QVERIFY(!group.isEmpty());
    QVERIFY2(rolesOfUser().contains(role), qPrintable(rolesOfUser().join(u',')));
    QCOMPARE(m_h.api("GET", directoryPath)
                 .json()[QStringLiteral("directory")][QStringLiteral("pending_group_role_mappings")]
                 .toArray()
                 .size(),
             0);
    r = m_h.api("GET", directoryPath + QStringLiteral("/groups"));
    bool mapped = false;
    for (const QJsonValue& g : r.json()[QStringLiteral("groups")].toArray()) {
        mapped = mapped
                 || (g[QStringLiteral("id")].toString() == group
                     && g[QStringLiteral("roles")][0][QStringLiteral("role_name")].toString() == role);
    }
    QVERIFY2(mapped, r.body.constData());
    // A second group of the same name finds nothing pending any more.
    const QString again = m_c.createGroup(scim, QStringLiteral("Engineering"));
    r = m_h.api("GET", directoryPath + QStringLiteral("/groups/") + again);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.json()[QStringLiteral("group")][QStringLiteral("roles")].toArray().isEmpty(), r.body.constData());
}

// The organization's own roles are exported (bases first, with the environment roles they extend in `roles`) and
// come back in the imported organization, where a directory's group-to-role mapping may name them.
void TestEngineExportImport::organizationRolesTravel()
{
    const QJsonObject orgBody{{QStringLiteral("display_name"), QStringLiteral("Travelling roles")}};
    const QString org = m_h.api("POST", QStringLiteral("/api/v1/organizations"), QJsonDocument(orgBody).toJson())
                            .json()[QStringLiteral("organization")][QStringLiteral("id")]
                            .toString();
    QVERIFY(!org.isEmpty());
    const QString roles = QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/roles");
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/permissions"), R"({"name":"travel:lead"})").status, 201);
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"travel_base","display_name":"Base"})").status,
             201);
    QCOMPARE(m_h.api("POST", roles, R"({"name":"travel_member","display_name":"Member"})").status, 201);
    QCOMPARE(
        m_h.api("POST",
                roles,
                R"({"name":"travel_lead","display_name":"Lead","extends":"travel_base","permissions":["travel:lead"]})")
            .status,
        201);
    QCOMPARE(m_h.api("PUT", roles + QStringLiteral("/travel_member"), R"({"extends":"travel_lead"})").status, 200);
    QCOMPARE(
        m_h.api("PATCH", roles + QStringLiteral(":set_defaults"), R"({"default_member_role":"travel_member"})").status,
        200);

    QJsonObject doc = exportOf(org);
    const QJsonArray own = doc.value(QStringLiteral("organization_roles")).toArray();
    QCOMPARE(own.size(), 2);
    QCOMPARE(own[0][QStringLiteral("name")].toString(), QStringLiteral("travel_lead")); // its base first
    QCOMPARE(own[0][QStringLiteral("permissions")][0][QStringLiteral("name")].toString(),
             QStringLiteral("travel:lead"));
    QCOMPARE(own[1][QStringLiteral("extends")].toString(), QStringLiteral("travel_lead"));
    QCOMPARE(own[1][QStringLiteral("default_member")].toBool(), true);
    bool baseExported = false;
    for (const QJsonValue& role : doc.value(QStringLiteral("roles")).toArray()) {
        baseExported = baseExported || role[QStringLiteral("name")].toString() == QStringLiteral("travel_base");
    }
    QVERIFY(baseExported);

    // A directory whose (pending) mapping names an organization role of the document.
    const QJsonObject mapping{{QStringLiteral("group_display_name"), QStringLiteral("Leads")},
                              {QStringLiteral("role_name"), QStringLiteral("travel_lead")}};
    doc.insert(QStringLiteral("directories"),
               QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Travel SCIM")},
                                      {QStringLiteral("directory_type"), QStringLiteral("SCIM")},
                                      {QStringLiteral("directory_provider"), QStringLiteral("OKTA")},
                                      {QStringLiteral("group_role_mappings"), QJsonArray{mapping}}}});
    const HttpReply imported = importDocument(QJsonDocument(doc).toJson());
    QCOMPARE(imported.status, 201);
    const QString copy = imported.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
    QVERIFY(!copy.isEmpty() && copy != org);
    const QString copyRoles = QStringLiteral("/api/v1/organizations/") + copy + QStringLiteral("/roles");
    HttpReply r = m_h.api("GET", copyRoles + QStringLiteral("/travel_member?include=permissions:all"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("is_org_role")].toBool(), true);
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("default_member")].toBool(), true);
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("extends")].toString(), QStringLiteral("travel_lead"));
    QCOMPARE(r.json()[QStringLiteral("role")][QStringLiteral("permissions")][0][QStringLiteral("name")].toString(),
             QStringLiteral("travel:lead"));
    const QString directory =
        imported.json()[QStringLiteral("created")][QStringLiteral("directories")][0][QStringLiteral("id")].toString();
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + copy + QStringLiteral("/directories/") + directory);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("directory")][QStringLiteral("pending_group_role_mappings")][0]
                     [QStringLiteral("role_name")]
                         .toString(),
             QStringLiteral("travel_lead"));
    // The source's roles are its own: deleting them leaves the copy's.
    QCOMPARE(m_h.api("DELETE", roles + QStringLiteral("/travel_member")).status, 200);
    QCOMPARE(m_h.api("GET", copyRoles + QStringLiteral("/travel_member")).status, 200);
    // An environment role of the target named like one of the document's organization roles: refused.
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"travel_clash","display_name":"Env"})").status,
             201);
    QJsonArray clashing = doc.value(QStringLiteral("organization_roles")).toArray();
    clashing.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("travel_clash")}});
    doc.insert(QStringLiteral("organization_roles"), clashing);
    doc.remove(QStringLiteral("directories"));
    QCOMPARE(importDocument(QJsonDocument(doc).toJson()).status, 400);
    // An environment role the document brings whose name an organization role has here: 409, nothing written.
    const qint64 before = organizationCount();
    const QByteArray clash = R"({"format":"gatehouse.organization-export/1","organization":{"display_name":"Clash"},)"
                             R"("roles":[{"name":"travel_lead","display_name":"Env lead"}]})";
    QCOMPARE(importDocument(clash).status, 409);
    QCOMPARE(organizationCount(), before);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/roles/travel_lead")).status, 404);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineExportImport)
#include "TestEngineExportImport.moc"
