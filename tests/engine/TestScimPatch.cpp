// Unit tests of the SCIM PATCH engine (RFC 7644 §3.5.2) with the Entra and Okta dialects.
#include "engine/scim/ScimError.h"
#include "engine/scim/ScimPatch.h"
#include "engine/scim/ScimResource.h"
#include "engine/scim/ScimSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse::engine::scim;
using namespace Qt::Literals::StringLiterals;

class TestScimPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
    void errors_data();
    void errors();
    void groupMembers_data();
    void groupMembers();
    void requestValidation_data();
    void requestValidation();
    void inputCanonicalization();
    void inputErrors_data();
    void inputErrors();
};

namespace {

QJsonObject json(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", text.constData());
    }
    return doc.object();
}

const QByteArray kUser =
    R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bjensen","active":true,
    "name":{"givenName":"Barbara","familyName":"Jensen"},
    "emails":[{"value":"bj@example.com","type":"work","primary":true},{"value":"babs@home.org","type":"home"}]})";

// "a/b/0/c" into a JSON value; undefined when absent.
QJsonValue at(const QJsonObject& root, const QString& pointer)
{
    QJsonValue v = root;
    for (const QString& part : pointer.split(u'/')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && v.isArray()) {
            v = index < v.toArray().size() ? v.toArray().at(index) : QJsonValue(QJsonValue::Undefined);
        } else {
            v = v.toObject().value(part);
        }
    }
    return v;
}

gatehouse::core::Result<QJsonObject>
patch(const QByteArray& before, const QByteArray& operations, const ResourceType& type)
{
    auto ops = ScimPatch::parseRequest(
        json(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":)" + operations + "}"));
    if (!ops.ok()) {
        return ops.error();
    }
    QJsonObject resource = json(before);
    auto done = ScimPatch::apply(resource, type, ops.value(), u"dirgroup_1"_s);
    if (!done.ok()) {
        return done.error();
    }
    return resource;
}

} // namespace

void TestScimPatch::apply_data()
{
    QTest::addColumn<QByteArray>("operations");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("expected"); // JSON value; "undefined" when the attribute must be gone
    QTest::newRow("replace simple") << QByteArray(R"([{"op":"replace","path":"userName","value":"babs"}])")
                                    << u"userName"_s << QByteArray(R"("babs")");
    QTest::newRow("Entra PascalCase op") << QByteArray(R"([{"op":"Replace","path":"displayName","value":"B"}])")
                                         << u"displayName"_s << QByteArray(R"("B")");
    QTest::newRow("Entra False string") << QByteArray(R"([{"op":"Replace","path":"active","value":"False"}])")
                                        << u"active"_s << QByteArray("false");
    QTest::newRow("lowercase false string")
        << QByteArray(R"([{"op":"replace","path":"active","value":"false"}])") << u"active"_s << QByteArray("false");
    QTest::newRow("Okta no-path value object")
        << QByteArray(R"([{"op":"replace","value":{"active":false}}])") << u"active"_s << QByteArray("false");
    QTest::newRow("Entra add single value")
        << QByteArray(R"([{"op":"Add","path":"nickName","value":"Babs"}])") << u"nickName"_s << QByteArray(R"("Babs")");
    QTest::newRow("attribute path case-insensitive")
        << QByteArray(R"([{"op":"add","path":"NICKNAME","value":"Babs"}])") << u"nickName"_s << QByteArray(R"("Babs")");
    QTest::newRow("sub-attribute") << QByteArray(R"([{"op":"Replace","path":"name.familyName","value":"J"}])")
                                   << u"name/familyName"_s << QByteArray(R"("J")");
    QTest::newRow("complex merge keeps other sub-attributes")
        << QByteArray(R"([{"op":"replace","path":"name","value":{"familyName":"J"}}])") << u"name/givenName"_s
        << QByteArray(R"("Barbara")");
    QTest::newRow("filtered path") << QByteArray(
        R"([{"op":"Replace","path":"emails[type eq \"work\"].value","value":"new@example.com"}])")
                                   << u"emails/0/value"_s << QByteArray(R"("new@example.com")");
    QTest::newRow("filtered path creates missing element (Entra)")
        << QByteArray(R"([{"op":"Add","path":"phoneNumbers[type eq \"mobile\"].value","value":"+1 555 0100"}])")
        << u"phoneNumbers/0"_s << QByteArray(R"({"type":"mobile","value":"+1 555 0100"})");
    QTest::newRow("filtered replace creates missing element")
        << QByteArray(R"([{"op":"replace","path":"addresses[type eq \"work\"].postalCode","value":"12345"}])")
        << u"addresses/0/postalCode"_s << QByteArray(R"("12345")");
    QTest::newRow("filtered remove") << QByteArray(R"([{"op":"remove","path":"emails[type eq \"home\"]"}])")
                                     << u"emails/1"_s << QByteArray("undefined");
    QTest::newRow("filtered remove of sub-attribute")
        << QByteArray(R"([{"op":"remove","path":"emails[type eq \"work\"].type"}])") << u"emails/0/type"_s
        << QByteArray("undefined");
    QTest::newRow("remove attribute") << QByteArray(R"([{"op":"remove","path":"name.givenName"}])")
                                      << u"name/givenName"_s << QByteArray("undefined");
    QTest::newRow("empty string clears (Null_Update)")
        << QByteArray(R"([{"op":"replace","path":"name.givenName","value":""}])") << u"name/givenName"_s
        << QByteArray("undefined");
    QTest::newRow("null clears") << QByteArray(R"([{"op":"replace","path":"emails","value":null}])") << u"emails"_s
                                 << QByteArray("undefined");
    QTest::newRow("add to multi-valued appends")
        << QByteArray(R"([{"op":"add","path":"emails","value":[{"value":"x@y.org","type":"other"}]}])")
        << u"emails/2/value"_s << QByteArray(R"("x@y.org")");
    QTest::newRow("add primary clears other primary")
        << QByteArray(R"([{"op":"add","path":"emails","value":[{"value":"x@y.org","primary":true}]}])")
        << u"emails/0/primary"_s << QByteArray("false");
    QTest::newRow("replace multi-valued")
        << QByteArray(R"([{"op":"replace","path":"emails","value":[{"value":"only@y.org"}]}])") << u"emails/1"_s
        << QByteArray("undefined");
    QTest::newRow("enterprise urn path") << QByteArray(
        R"([{"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber","value":"42"}])")
                                         << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/employeeNumber"_s
                                         << QByteArray(R"("42")");
    QTest::newRow("enterprise manager as bare id (Entra)")
        << QByteArray(
               R"([{"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"diruser_7"}])")
        << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/manager/value"_s
        << QByteArray(R"("diruser_7")");
    QTest::newRow("aadOptscim062020 no-path dotted and urn keys")
        << QByteArray(
               R"([{"op":"replace","value":{"name.givenName":"Babs","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Ops","emails[type eq \"work\"].value":"w@x.org"}}])")
        << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/department"_s << QByteArray(R"("Ops")");
    QTest::newRow("no-path extension object") << QByteArray(
        R"([{"op":"add","value":{"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"costCenter":"4130"}}}])")
                                              << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/costCenter"_s
                                              << QByteArray(R"("4130")");
    QTest::newRow("schemas follow extensions") << QByteArray(
        R"([{"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division","value":"D"}])")
                                               << u"schemas/1"_s
                                               << QByteArray(
                                                      R"("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")");
    QTest::newRow("operations apply in order") << QByteArray(
        R"([{"op":"add","path":"title","value":"A"},{"op":"replace","path":"title","value":"B"},{"op":"remove","path":"nickName"}])")
                                               << u"title"_s << QByteArray(R"("B")");
    QTest::newRow("unicode value") << QByteArray(R"([{"op":"replace","path":"displayName","value":"Zoë 😀 \u202e"}])")
                                   << u"displayName"_s << QByteArray(R"("Zoë 😀 \u202e")");
}

void TestScimPatch::apply()
{
    QFETCH(QByteArray, operations);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, expected);
    auto after = patch(kUser, operations, ScimSchema::users());
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
    const QJsonValue actual = at(after.value(), pointer);
    if (expected == "undefined") {
        QVERIFY2(actual.isUndefined(), qPrintable(QString::fromUtf8(QJsonDocument(after.value()).toJson())));
    } else {
        const QJsonValue want = QJsonDocument::fromJson("[" + expected + "]").array().at(0);
        QCOMPARE(actual, want);
    }
}

void TestScimPatch::errors_data()
{
    QTest::addColumn<QByteArray>("operations");
    QTest::addColumn<QString>("scimType");
    QTest::newRow("unknown attribute") << QByteArray(R"([{"op":"add","path":"favouriteColour","value":"x"}])")
                                       << u"invalidPath"_s;
    QTest::newRow("unknown sub-attribute")
        << QByteArray(R"([{"op":"add","path":"name.nick","value":"x"}])") << u"invalidPath"_s;
    QTest::newRow("malformed path") << QByteArray(R"([{"op":"add","path":"emails[type eq","value":"x"}])")
                                    << u"invalidPath"_s;
    QTest::newRow("bad filter in path") << QByteArray(
        R"([{"op":"replace","path":"emails[type xx \"work\"].value","value":"x"}])")
                                        << u"invalidFilter"_s;
    QTest::newRow("remove without path") << QByteArray(R"([{"op":"remove"}])") << u"noTarget"_s;
    QTest::newRow("replace unmatched non-eq filter")
        << QByteArray(R"([{"op":"replace","path":"emails[value co \"zzz\"].type","value":"x"}])") << u"noTarget"_s;
    QTest::newRow("read-only id") << QByteArray(R"([{"op":"replace","path":"id","value":"x"}])") << u"mutability"_s;
    QTest::newRow("read-only meta") << QByteArray(
        R"([{"op":"replace","path":"meta.created","value":"2020-01-01T00:00:00Z"}])")
                                    << u"mutability"_s;
    QTest::newRow("read-only groups") << QByteArray(R"([{"op":"add","path":"groups","value":[{"value":"g"}]}])")
                                      << u"mutability"_s;
    QTest::newRow("no-path foreign id") << QByteArray(R"([{"op":"replace","value":{"id":"other"}}])")
                                        << u"mutability"_s;
    QTest::newRow("wrong type") << QByteArray(R"([{"op":"replace","path":"active","value":"maybe"}])")
                                << u"invalidValue"_s;
    QTest::newRow("string for complex") << QByteArray(R"([{"op":"replace","path":"name","value":5}])")
                                        << u"invalidValue"_s;
    QTest::newRow("number for string") << QByteArray(R"([{"op":"replace","path":"title","value":5}])")
                                       << u"invalidValue"_s;
    QTest::newRow("remove required userName")
        << QByteArray(R"([{"op":"remove","path":"userName"}])") << u"invalidValue"_s;
    QTest::newRow("no-path non-object") << QByteArray(R"([{"op":"add","value":"x"}])") << u"invalidValue"_s;
    QTest::newRow("unknown op") << QByteArray(R"([{"op":"move","path":"title","value":"x"}])") << u"invalidSyntax"_s;
    QTest::newRow("add without value") << QByteArray(R"([{"op":"add","path":"title"}])") << u"invalidSyntax"_s;
    QTest::newRow("empty path") << QByteArray(R"([{"op":"add","path":"","value":"x"}])") << u"invalidPath"_s;
}

void TestScimPatch::errors()
{
    QFETCH(QByteArray, operations);
    QFETCH(QString, scimType);
    auto after = patch(kUser, operations, ScimSchema::users());
    QVERIFY(!after.ok());
    QCOMPARE(after.error().detail, scimType);
    QCOMPARE(ScimError::status(after.error()), 400);
}

void TestScimPatch::groupMembers_data()
{
    QTest::addColumn<QByteArray>("operations");
    QTest::addColumn<QStringList>("members");
    QTest::newRow("Entra add with $ref null")
        << QByteArray(R"([{"op":"Add","path":"members","value":[{"$ref":null,"value":"u3"}]}])")
        << QStringList{u"u1"_s, u"u2"_s, u"u3"_s};
    QTest::newRow("add existing is idempotent")
        << QByteArray(R"([{"op":"add","path":"members","value":[{"value":"u1"}]}])") << QStringList{u"u1"_s, u"u2"_s};
    QTest::newRow("Entra legacy remove with value list")
        << QByteArray(R"([{"op":"Remove","path":"members","value":[{"$ref":null,"value":"u1"}]}])")
        << QStringList{u"u2"_s};
    QTest::newRow("aadOptscim062020 remove by filter")
        << QByteArray(R"([{"op":"remove","path":"members[value eq \"u2\"]"}])") << QStringList{u"u1"_s};
    QTest::newRow("remove unknown member is a no-op")
        << QByteArray(R"([{"op":"remove","path":"members[value eq \"zz\"]"}])") << QStringList{u"u1"_s, u"u2"_s};
    QTest::newRow("remove all") << QByteArray(R"([{"op":"remove","path":"members"}])") << QStringList{};
    QTest::newRow("Okta remove and add") << QByteArray(
        R"([{"op":"remove","path":"members[value eq \"u1\"]"},{"op":"add","path":"members","value":[{"value":"u9","display":"x"}]}])")
                                         << QStringList{u"u2"_s, u"u9"_s};
    QTest::newRow("Okta replace all") << QByteArray(
        R"([{"op":"replace","path":"members","value":[{"value":"u7"},{"value":"u8"}]}])")
                                      << QStringList{u"u7"_s, u"u8"_s};
    QTest::newRow("Okta rename repeats id")
        << QByteArray(R"([{"op":"replace","value":{"id":"dirgroup_1","displayName":"New"}}])")
        << QStringList{u"u1"_s, u"u2"_s};
    QTest::newRow("Microsoft collection displayName in member") << QByteArray(
        R"([{"name":"addMember","op":"add","path":"members","value":[{"displayName":"newUser","value":"u4"}]}])")
                                                                << QStringList{u"u1"_s, u"u2"_s, u"u4"_s};
}

void TestScimPatch::groupMembers()
{
    QFETCH(QByteArray, operations);
    QFETCH(QStringList, members);
    auto after = patch(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"G",
                          "members":[{"value":"u1","type":"User"},{"value":"u2","type":"User"}]})",
                       operations,
                       ScimSchema::groups());
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
    QStringList actual;
    for (const QJsonValue& m : after.value().value(u"members"_s).toArray()) {
        actual << m.toObject().value(u"value"_s).toString();
    }
    QCOMPARE(actual, members);
}

void TestScimPatch::requestValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("scimType");
    QTest::newRow("missing schemas") << QByteArray(R"({"Operations":[{"op":"add","path":"title","value":"x"}]})")
                                     << u"invalidSyntax"_s;
    QTest::newRow("wrong schema") << QByteArray(
        R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"Operations":[]})")
                                  << u"invalidSyntax"_s;
    QTest::newRow("no operations") << QByteArray(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]})")
                                   << u"invalidSyntax"_s;
    QTest::newRow("operation not an object")
        << QByteArray(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[1]})")
        << u"invalidSyntax"_s;
}

void TestScimPatch::requestValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, scimType);
    auto ops = ScimPatch::parseRequest(json(body));
    QVERIFY(!ops.ok());
    QCOMPARE(ops.error().detail, scimType);
}

void TestScimPatch::inputCanonicalization()
{
    // The Microsoft collection sends "Primary" and "True"; Okta sends a password and groups.
    auto canonical = ScimResource::fromInput(
        json(
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "UserName":"emp1","active":"True","password":"secret","groups":[],"id":"ignored",
                 "emails":[{"Primary":true,"type":"work","value":"a@b.c"}],"name":{"givenName":""},
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"Department":"Ops"}})"),
        ScimSchema::users());
    QVERIFY2(canonical.ok(), qPrintable(canonical.ok() ? QString() : canonical.error().message));
    const QJsonObject r = canonical.value();
    QCOMPARE(r.value(u"userName"_s).toString(), u"emp1"_s);
    QCOMPARE(r.value(u"active"_s), QJsonValue(true));
    QVERIFY(!r.contains(u"password"_s));
    QVERIFY(!r.contains(u"groups"_s));
    QVERIFY(!r.contains(u"id"_s));
    QVERIFY(!r.contains(u"name"_s)); // only an empty sub-attribute: unassigned
    QCOMPARE(at(r, u"emails/0/primary"_s), QJsonValue(true));
    QCOMPARE(at(r, u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/department"_s).toString(), u"Ops"_s);
}

void TestScimPatch::inputErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("scimType");
    QTest::newRow("no schemas") << QByteArray(R"({"userName":"a"})") << u"invalidSyntax"_s;
    QTest::newRow("group schema for user")
        << QByteArray(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"userName":"a"})")
        << u"invalidValue"_s;
    QTest::newRow("unknown schema urn") << QByteArray(
        R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:x:y"],"userName":"a"})")
                                        << u"invalidValue"_s;
    QTest::newRow("only extension schema")
        << QByteArray(R"({"schemas":["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],"userName":"a"})")
        << u"invalidSyntax"_s;
    QTest::newRow("no userName") << QByteArray(
        R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true})")
                                 << u"invalidValue"_s;
    QTest::newRow("blank userName") << QByteArray(
        R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"  "})")
                                    << u"invalidValue"_s;
    QTest::newRow("misspelled attribute")
        << QByteArray(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a","adreses":[]})")
        << u"invalidSyntax"_s;
    QTest::newRow("wrong type") << QByteArray(
        R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":["a"]})")
                                << u"invalidValue"_s;
    QTest::newRow("unknown sub-attribute") << QByteArray(
        R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a","emails":[{"vale":"x"}]})")
                                           << u"invalidSyntax"_s;
}

void TestScimPatch::inputErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, scimType);
    auto canonical = ScimResource::fromInput(json(body), ScimSchema::users());
    QVERIFY(!canonical.ok());
    QCOMPARE(canonical.error().detail, scimType);
}

QTEST_GUILESS_MAIN(TestScimPatch)
#include "TestScimPatch.moc"
