// Unit tests of AttributeMapper: canonical names, IdP aliases (Entra ID / AD FS claim URIs, urn:oid, LDAP),
// per-connection attribute_mapping, custom attributes, and the normalized profile's shape.
#include "engine/sso/AttributeMapper.h"

#include <QJsonArray>
#include <QTest>

using gatehouse::engine::AttributeMapper;
using gatehouse::engine::NormalizedProfile;

namespace {

AttributeMapper::Input input(QList<AttributeMapper::Attribute> attributes, const QJsonObject& mapping = {})
{
    AttributeMapper::Input in;
    in.connectionId = QStringLiteral("conn_17576372041941092");
    in.organizationId = QStringLiteral("org_59615193906282635");
    in.providerName = QStringLiteral("MICROSOFT_AD");
    in.subject = QStringLiteral("a2c49d97-5e1c");
    in.attributes = std::move(attributes);
    in.attributeMapping = mapping;
    return in;
}

} // namespace

class TestAttributeMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aliases_data();
    void aliases();
    void canonicalProfile();
    void mappingOverrides();
    void emailFromNameId();
    void missingEmail();
};

void TestAttributeMapper::aliases_data()
{
    QTest::addColumn<QString>("emailName");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::newRow("canonical") << QStringLiteral("email") << QStringLiteral("firstName") << QStringLiteral("lastName");
    QTest::newRow("entra / ad fs") << QStringLiteral(
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress")
                                   << QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname")
                                   << QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname");
    QTest::newRow("urn:oid") << QStringLiteral("urn:oid:0.9.2342.19200300.100.1.3")
                             << QStringLiteral("urn:oid:2.5.4.42") << QStringLiteral("urn:oid:2.5.4.4");
    QTest::newRow("ldap") << QStringLiteral("mail") << QStringLiteral("givenName") << QStringLiteral("sn");
    QTest::newRow("ad surname") << QStringLiteral("Email") << QStringLiteral("GivenName") << QStringLiteral("surname");
}

void TestAttributeMapper::aliases()
{
    QFETCH(QString, emailName);
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    auto profile = AttributeMapper::map(input({{emailName, {}, {QStringLiteral("Ada@Example.COM")}},
                                               {firstName, {}, {QStringLiteral("Ada")}},
                                               {lastName, {}, {QStringLiteral("Lovelace")}}}));
    QVERIFY(profile.ok());
    QCOMPARE(profile.value().email, QStringLiteral("ada@example.com"));
    QCOMPARE(profile.value().givenName, QStringLiteral("Ada"));
    QCOMPARE(profile.value().familyName, QStringLiteral("Lovelace"));
    QCOMPARE(profile.value().name, QStringLiteral("Ada Lovelace"));
}

void TestAttributeMapper::canonicalProfile()
{
    auto profile = AttributeMapper::map(input(
        {{QStringLiteral("email"), {}, {QStringLiteral("ada@example.com")}},
         {QStringLiteral("http://schemas.microsoft.com/identity/claims/displayname"), {}, {QStringLiteral("Countess")}},
         {QStringLiteral("groups"), {}, {QStringLiteral("admins"), QStringLiteral("eng")}},
         {QStringLiteral("locale"), {}, {QStringLiteral("en-GB")}}}));
    QVERIFY(profile.ok());
    const NormalizedProfile& p = profile.value();
    QCOMPARE(p.sub, QStringLiteral("conn_17576372041941092;a2c49d97-5e1c"));
    QCOMPARE(p.name, QStringLiteral("Countess"));
    QCOMPARE(p.groups, (QStringList{QStringLiteral("admins"), QStringLiteral("eng")}));
    QCOMPARE(p.locale, QStringLiteral("en-GB"));
    QVERIFY(p.emailVerified);
    const QJsonObject json = p.toJson();
    for (const char* key :
         {"sub", "email", "email_verified", "name", "given_name", "family_name", "locale", "picture", "identities"}) {
        QVERIFY2(json.contains(QString::fromLatin1(key)), key);
    }
    const QJsonObject identity = json.value(QStringLiteral("identities")).toArray().first().toObject();
    QCOMPARE(identity.value(QStringLiteral("connection_id")).toString(), QStringLiteral("conn_17576372041941092"));
    QCOMPARE(identity.value(QStringLiteral("organization_id")).toString(), QStringLiteral("org_59615193906282635"));
    QCOMPARE(identity.value(QStringLiteral("connection_type")).toString(), QStringLiteral("SAML"));
    QCOMPARE(identity.value(QStringLiteral("provider_name")).toString(), QStringLiteral("MICROSOFT_AD"));
    QCOMPARE(identity.value(QStringLiteral("social")).toBool(), false);
    const QJsonObject raw = identity.value(QStringLiteral("provider_raw_attributes")).toObject();
    QCOMPARE(raw.value(QStringLiteral("groups")).toArray().size(), 2);
    QCOMPARE(raw.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
    // Round trip through storage.
    QCOMPARE(NormalizedProfile::fromJson(json).toJson(), json);
    const QJsonObject claims = p.claims();
    QCOMPARE(claims.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
    QVERIFY(!claims.contains(QStringLiteral("picture"))); // unknown optional claims are left out
}

void TestAttributeMapper::mappingOverrides()
{
    const QJsonObject mapping{{QStringLiteral("email"), QStringLiteral("user_mail")},
                              {QStringLiteral("first_name"), QStringLiteral("fn")},
                              {QStringLiteral("employeeNumber"), QStringLiteral("employee_number")}};
    auto profile = AttributeMapper::map(input({{QStringLiteral("email"), {}, {QStringLiteral("wrong@example.com")}},
                                               {QStringLiteral("user_mail"), {}, {QStringLiteral("right@example.com")}},
                                               {QStringLiteral("fn"), {}, {QStringLiteral("Grace")}},
                                               {QStringLiteral("employee_number"), {}, {QStringLiteral("E-42")}}},
                                              mapping));
    QVERIFY(profile.ok());
    QCOMPARE(profile.value().email, QStringLiteral("right@example.com"));
    QCOMPARE(profile.value().givenName, QStringLiteral("Grace"));
    QCOMPARE(profile.value().customAttributes.value(QStringLiteral("employeeNumber")).toString(),
             QStringLiteral("E-42"));
    // A mapping naming an attribute the IdP did not send falls back to the aliases.
    auto fallback = AttributeMapper::map(input({{QStringLiteral("mail"), {}, {QStringLiteral("ada@example.com")}}},
                                               {{QStringLiteral("email"), QStringLiteral("missing")}}));
    QCOMPARE(fallback.value().email, QStringLiteral("ada@example.com"));
    // Friendly names count too.
    auto friendly = AttributeMapper::map(
        input({{QStringLiteral("urn:x:1"), QStringLiteral("mail"), {QStringLiteral("f@example.com")}}}));
    QCOMPARE(friendly.value().email, QStringLiteral("f@example.com"));
}

void TestAttributeMapper::emailFromNameId()
{
    AttributeMapper::Input in = input({});
    in.subject = QStringLiteral("Ada@Example.com");
    auto profile = AttributeMapper::map(in);
    QVERIFY(profile.ok());
    QCOMPARE(profile.value().email, QStringLiteral("ada@example.com"));
    QCOMPARE(profile.value().sub, QStringLiteral("conn_17576372041941092;Ada@Example.com"));
    // No subject at all: the email is the subject.
    in = input({{QStringLiteral("email"), {}, {QStringLiteral("x@example.com")}}});
    in.subject.clear();
    QCOMPARE(AttributeMapper::map(in).value().sub, QStringLiteral("conn_17576372041941092;x@example.com"));
}

void TestAttributeMapper::missingEmail()
{
    auto profile = AttributeMapper::map(input({{QStringLiteral("firstName"), {}, {QStringLiteral("Ada")}}}));
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().code, QStringLiteral("mandatory_attribute_missing"));
    QVERIFY(!profile.error().detail.isEmpty()); // the fix
    auto bad = AttributeMapper::map(input({{QStringLiteral("email"), {}, {QStringLiteral("not an email")}}}));
    QCOMPARE(bad.error().code, QStringLiteral("mandatory_attribute_missing"));
}

QTEST_GUILESS_MAIN(TestAttributeMapper)
#include "TestAttributeMapper.moc"
