// Unit tests of the SCIM filter parser and evaluator (RFC 7644 §3.4.2.2).
#include "engine/scim/ScimError.h"
#include "engine/scim/ScimFilter.h"
#include "engine/scim/ScimSchema.h"

#include <QJsonDocument>
#include <QTest>

using namespace gatehouse::engine::scim;
using namespace Qt::Literals::StringLiterals;

class TestScimFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void invalid_data();
    void invalid();
    void groupFilters();
    void sqlPrefilter();
    void impliedElement();
};

namespace {

QJsonObject user()
{
    return QJsonDocument::fromJson(R"({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "id": "diruser_1", "externalId": "ExT-1", "userName": "Bjensen@Example.com", "active": true,
        "displayName": "Barbara Jensen", "title": "Tour Guide", "userType": "Employee",
        "name": {"givenName": "Barbara", "familyName": "Jensen"},
        "emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                   {"value": "babs@jensen.org", "type": "home"}],
        "meta": {"created": "2011-08-01T18:29:49.793Z", "lastModified": "2011-08-01T21:32:44.882Z",
                 "resourceType": "User", "version": "W/\"3\""},
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984",
            "department": "Tour Operations", "manager": {"value": "diruser_9"}}
    })")
        .object();
}

} // namespace

void TestScimFilter::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("expected");
    // eq with the RFC's case rules: userName is caseExact=false, externalId and id are caseExact=true.
    QTest::newRow("eq userName ignores case") << u"userName eq \"bjensen@example.com\""_s << true;
    QTest::newRow("eq attribute name ignores case") << u"USERNAME Eq \"bjensen@example.com\""_s << true;
    QTest::newRow("eq externalId is case exact") << u"externalId eq \"ext-1\""_s << false;
    QTest::newRow("eq externalId exact") << u"externalId eq \"ExT-1\""_s << true;
    QTest::newRow("eq id") << u"id eq \"diruser_1\""_s << true;
    QTest::newRow("ne") << u"title ne \"Tour Guide\""_s << false;
    QTest::newRow("ne absent attribute") << u"nickName ne \"x\""_s << true;
    QTest::newRow("co") << u"displayName co \"ara jen\""_s << true;
    QTest::newRow("sw") << u"userName sw \"bJ\""_s << true;
    QTest::newRow("ew") << u"userName ew \".COM\""_s << true;
    QTest::newRow("ew no") << u"userName ew \".org\""_s << false;
    QTest::newRow("pr") << u"title pr"_s << true;
    QTest::newRow("pr absent") << u"nickName pr"_s << false;
    QTest::newRow("pr multi-valued") << u"emails pr"_s << true;
    QTest::newRow("gt dateTime") << u"meta.lastModified gt \"2011-05-13T04:42:34Z\""_s << true;
    QTest::newRow("ge dateTime") << u"meta.lastModified ge \"2011-08-01T21:32:44.882Z\""_s << true;
    QTest::newRow("lt dateTime") << u"meta.created lt \"2011-05-13T04:42:34Z\""_s << false;
    QTest::newRow("le string") << u"userName le \"c\""_s << true;
    QTest::newRow("boolean eq") << u"active eq true"_s << true;
    QTest::newRow("boolean eq False") << u"active eq False"_s << false;
    QTest::newRow("and") << u"title pr and userType eq \"Employee\""_s << true;
    QTest::newRow("or") << u"title pr or userType eq \"Intern\""_s << true;
    QTest::newRow("and short") << u"title pr and userType eq \"Intern\""_s << false;
    QTest::newRow("precedence and over or") << u"userType eq \"Intern\" or title pr and active eq true"_s << true;
    QTest::newRow("grouping")
        << u"userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")"_s << true;
    QTest::newRow("not") << u"userType eq \"Employee\" and not (emails co \"example.com\")"_s << false;
    QTest::newRow("multi-valued sub-attribute") << u"emails.value eq \"babs@jensen.org\""_s << true;
    QTest::newRow("multi-valued without sub uses value") << u"emails eq \"BABS@jensen.org\""_s << true;
    QTest::newRow("value path") << u"emails[type eq \"work\" and value co \"@example.com\"]"_s << true;
    QTest::newRow("value path no") << u"emails[type eq \"home\" and value co \"@example.com\"]"_s << false;
    QTest::newRow("value path with or")
        << u"userType eq \"Employee\" and emails[type eq \"work\" or primary eq false]"_s << true;
    QTest::newRow("urn attribute")
        << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\""_s << true;
    QTest::newRow("urn sub-attribute")
        << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"diruser_9\""_s << true;
    QTest::newRow("core urn prefix") << u"urn:ietf:params:scim:schemas:core:2.0:User:name.givenName eq \"barbara\""_s
                                     << true;
    QTest::newRow("null eq") << u"nickName eq null"_s << true;
    QTest::newRow("escaped string") << u"displayName eq \"Barbara \\u004aensen\""_s << true;
    QTest::newRow("Entra unquoted value") << u"externalId eq ExT-1"_s << true;
    QTest::newRow("unicode") << u"displayName co \"ü\""_s << false;
}

void TestScimFilter::matches()
{
    QFETCH(QString, filter);
    QFETCH(bool, expected);
    auto parsed = ScimFilter::parse(filter, ScimSchema::users());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(ScimFilter::matches(*parsed.value(), user(), ScimSchema::users()), expected);
}

void TestScimFilter::invalid_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("empty") << QString();
    QTest::newRow("no operator") << u"userName"_s;
    QTest::newRow("no value") << u"userName eq"_s;
    QTest::newRow("unknown operator") << u"userName xx \"a\""_s;
    QTest::newRow("unknown attribute") << u"foo eq \"a\""_s;
    QTest::newRow("unknown sub-attribute") << u"name.foo eq \"a\""_s;
    QTest::newRow("unterminated string") << u"userName eq \"abc"_s;
    QTest::newRow("unbalanced paren") << u"(userName eq \"a\""_s;
    QTest::newRow("extra paren") << u"userName eq \"a\")"_s;
    QTest::newRow("dangling and") << u"userName eq \"a\" and"_s;
    QTest::newRow("nested value path") << u"emails[type[value eq \"x\"] eq \"a\"]"_s;
    QTest::newRow("unclosed bracket") << u"emails[type eq \"work\""_s;
    QTest::newRow("value path on simple attribute") << u"userName[value eq \"x\"]"_s;
    QTest::newRow("gt on boolean") << u"active gt true"_s;
    QTest::newRow("co on boolean") << u"active co true"_s;
    QTest::newRow("compare complex") << u"name eq \"x\""_s;
    QTest::newRow("gt null") << u"title gt null"_s;
    QTest::newRow("unknown schema") << u"urn:example:foo:bar eq \"x\""_s;
    QTest::newRow("not without parens") << u"not userName eq \"x\""_s;
    QTest::newRow("too deep") << QString(u"("_s.repeated(40) + u"userName pr"_s + u")"_s.repeated(40));
    QTest::newRow("too long") << QString(u"userName eq \""_s + QString(5000, u'a') + u"\""_s);
}

void TestScimFilter::invalid()
{
    QFETCH(QString, filter);
    auto parsed = ScimFilter::parse(filter, ScimSchema::users());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().detail, u"invalidFilter"_s);
    QCOMPARE(ScimError::status(parsed.error()), 400);
}

void TestScimFilter::groupFilters()
{
    const QJsonObject group =
        QJsonDocument::fromJson(
            R"({"id":"dirgroup_1","displayName":"Admins","members":[{"value":"diruser_1","type":"User"}]})")
            .object();
    auto parsed =
        ScimFilter::parse(u"displayName eq \"admins\" and members[value eq \"diruser_1\"]"_s, ScimSchema::groups());
    QVERIFY(parsed.ok());
    QVERIFY(ScimFilter::matches(*parsed.value(), group, ScimSchema::groups()));
    // userName is not a Group attribute.
    QVERIFY(!ScimFilter::parse(u"userName eq \"x\""_s, ScimSchema::groups()).ok());
}

void TestScimFilter::sqlPrefilter()
{
    const auto column = [](const ResolvedPath& r) -> std::optional<QString> {
        if (!r.sub && !r.extension && r.attr->name == u"userName"_s) {
            return u"user_name_key"_s;
        }
        if (!r.sub && !r.extension && r.attr->name == u"externalId"_s) {
            return u"external_id"_s;
        }
        return std::nullopt;
    };
    auto f = ScimFilter::parse(u"UserName eq \"BJensen\""_s, ScimSchema::users());
    auto sql = ScimFilter::sqlPrefilter(*f.value(), ScimSchema::users(), column);
    QVERIFY(sql);
    QCOMPARE(sql->sql, u"user_name_key = ?"_s);
    QCOMPARE(sql->binds.value(0).toString(), u"bjensen"_s);
    f = ScimFilter::parse(u"externalId eq \"AbC\" and title pr"_s, ScimSchema::users());
    sql = ScimFilter::sqlPrefilter(*f.value(), ScimSchema::users(), column);
    QVERIFY(sql);
    QCOMPARE(sql->sql, u"external_id = ?"_s);
    QCOMPARE(sql->binds.value(0).toString(), u"AbC"_s);
    f = ScimFilter::parse(u"externalId eq \"a\" or title pr"_s, ScimSchema::users());
    QVERIFY(!ScimFilter::sqlPrefilter(*f.value(), ScimSchema::users(), column));
    f = ScimFilter::parse(u"not (userName eq \"a\")"_s, ScimSchema::users());
    QVERIFY(!ScimFilter::sqlPrefilter(*f.value(), ScimSchema::users(), column));
}

void TestScimFilter::impliedElement()
{
    auto f = ScimFilter::parse(u"type eq \"work\" and primary eq true"_s);
    QVERIFY(f.ok());
    const auto element = ScimFilter::impliedElement(*f.value());
    QVERIFY(element);
    QCOMPARE(element->value(u"type"_s).toString(), u"work"_s);
    QCOMPARE(element->value(u"primary"_s).toBool(), true);
    f = ScimFilter::parse(u"type eq \"work\" or primary eq true"_s);
    QVERIFY(!ScimFilter::impliedElement(*f.value()));
}

QTEST_GUILESS_MAIN(TestScimFilter)
#include "TestScimFilter.moc"
