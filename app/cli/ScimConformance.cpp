#include "app/cli/ScimConformance.h"

#include <QJsonArray>

namespace gatehouse::cli {

namespace {

using Step = ScimConformance::Step;
using Vars = ScimConformance::Vars;
using Check = ScimConformance::Check;

const QByteArray kUser = R"("schemas":["urn:ietf:params:scim:schemas:core:2.0:User"])";
const QByteArray kGroup = R"("schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"])";
const QByteArray kPatch = R"("schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"])";

QByteArray patch(const QByteArray& operations)
{
    return "{" + kPatch + R"(,"Operations":)" + operations + "}";
}

// Captures body.id into vars[name].
Check capture(const QString& name)
{
    return [name](const QJsonObject& body, Vars& vars) {
        const QString id = body.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            return QStringLiteral("the answer has no id");
        }
        vars.insert(name, id);
        return QString();
    };
}

Check total(int expected)
{
    return [expected](const QJsonObject& body, Vars&) {
        const QJsonValue t = body.value(QStringLiteral("totalResults"));
        if (!t.isDouble()) {
            return QStringLiteral("totalResults is not a number");
        }
        if (!body.value(QStringLiteral("startIndex")).isDouble()
            || !body.value(QStringLiteral("itemsPerPage")).isDouble()) {
            return QStringLiteral("startIndex / itemsPerPage are not numbers");
        }
        return t.toInt() == expected ? QString()
                                     : QStringLiteral("totalResults %1, expected %2").arg(t.toInt()).arg(expected);
    };
}

// body[key] (dotted for one level of nesting) equals the JSON value.
Check equals(const QString& key, const QJsonValue& expected)
{
    return [key, expected](const QJsonObject& body, Vars& vars) {
        QJsonValue want = expected;
        if (want.isString()) {
            QString text = want.toString();
            for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
                text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
            }
            want = text;
        }
        QJsonValue v = body;
        for (const QString& part : key.split(QLatin1Char('.'))) {
            v = v.isArray() ? v.toArray().at(part.toInt()) : v.toObject().value(part);
        }
        return v == want ? QString() : QStringLiteral("%1 is not the expected value").arg(key);
    };
}

Check memberCount(int expected)
{
    return [expected](const QJsonObject& body, Vars&) {
        const int n = static_cast<int>(body.value(QStringLiteral("members")).toArray().size());
        return n == expected ? QString() : QStringLiteral("%1 members, expected %2").arg(n).arg(expected);
    };
}

Check errorSchema()
{
    return [](const QJsonObject& body, Vars&) {
        const bool ok = body.value(QStringLiteral("schemas"))
                            .toArray()
                            .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error"))
                        && !body.value(QStringLiteral("detail")).toString().isEmpty();
        return ok ? QString() : QStringLiteral("not a SCIM Error with a detail");
    };
}

QList<Step> discovery()
{
    return {{QStringLiteral("ServiceProviderConfig: patch supported"),
             "GET",
             QStringLiteral("/ServiceProviderConfig"),
             {},
             {200},
             [](const QJsonObject& b, Vars&) {
                 return b.value(QStringLiteral("patch")).toObject().value(QStringLiteral("supported")).toBool()
                            ? QString()
                            : QStringLiteral("patch.supported is not true");
             }},
            {QStringLiteral("ResourceTypes: first is /Users"),
             "GET",
             QStringLiteral("/ResourceTypes"),
             {},
             {200},
             equals(QStringLiteral("Resources.0.endpoint"), QStringLiteral("/Users"))},
            {QStringLiteral("Schemas"), "GET", QStringLiteral("/Schemas"), {}, {200}, {}}};
}

QList<Step> rfc()
{
    QList<Step> s = discovery();
    s += {
        {QStringLiteral("absent user: empty list"),
         "GET",
         QStringLiteral("/Users?filter=userName%20eq%20%22conformance-{rand}%22"),
         {},
         {200},
         total(0)},
        {QStringLiteral("create user"),
         "POST",
         QStringLiteral("/Users"),
         "{" + kUser
             + R"(,"userName":"conformance-{rand}","externalId":"ext-{rand}","name":{"givenName":"Con","familyName":"Formance"},"emails":[{"value":"c-{rand}@example.com","type":"work","primary":true}]})",
         {201},
         capture(QStringLiteral("user"))},
        {QStringLiteral("read user"),
         "GET",
         QStringLiteral("/Users/{user}"),
         {},
         {200},
         equals(QStringLiteral("userName"), QStringLiteral("conformance-{rand}"))},
        {QStringLiteral("duplicate userName (other case): 409"),
         "POST",
         QStringLiteral("/Users"),
         "{" + kUser + R"(,"userName":"CONFORMANCE-{rand}"})",
         {409},
         errorSchema()},
        {QStringLiteral("filter userName eq (case-insensitive)"),
         "GET",
         QStringLiteral("/Users?filter=userName%20eq%20%22Conformance-{rand}%22"),
         {},
         {200},
         total(1)},
        {QStringLiteral("filter value path"),
         "GET",
         QStringLiteral("/Users?filter=emails%5Btype%20eq%20%22work%22%5D%20and%20externalId%20eq%20%22ext-{rand}%22"),
         {},
         {200},
         total(1)},
        {QStringLiteral("invalid filter: 400"),
         "GET",
         QStringLiteral("/Users?filter=userName%20zz%20%22x%22"),
         {},
         {400},
         equals(QStringLiteral("scimType"), QStringLiteral("invalidFilter"))},
        {QStringLiteral("PATCH replace"),
         "PATCH",
         QStringLiteral("/Users/{user}"),
         patch(R"([{"op":"replace","path":"name.familyName","value":"Patched"}])"),
         {200},
         equals(QStringLiteral("name.familyName"), QStringLiteral("Patched"))},
        {QStringLiteral("PATCH unknown path: 400 invalidPath"),
         "PATCH",
         QStringLiteral("/Users/{user}"),
         patch(R"([{"op":"replace","path":"noSuchAttribute","value":"x"}])"),
         {400},
         equals(QStringLiteral("scimType"), QStringLiteral("invalidPath"))},
        {QStringLiteral("PUT replace"),
         "PUT",
         QStringLiteral("/Users/{user}"),
         "{" + kUser + R"(,"userName":"conformance-{rand}","title":"Replaced"})",
         {200},
         equals(QStringLiteral("title"), QStringLiteral("Replaced"))},
        {QStringLiteral("create group with member"),
         "POST",
         QStringLiteral("/Groups"),
         "{" + kGroup + R"(,"displayName":"conformance-{rand}","members":[{"value":"{user}"}]})",
         {201},
         capture(QStringLiteral("group"))},
        {QStringLiteral("remove member by filter"),
         "PATCH",
         QStringLiteral("/Groups/{group}"),
         patch(R"([{"op":"remove","path":"members[value eq \"{user}\"]"}])"),
         {200, 204},
         {}},
        {QStringLiteral("group has no members"), "GET", QStringLiteral("/Groups/{group}"), {}, {200}, memberCount(0)},
        {QStringLiteral("delete group"), "DELETE", QStringLiteral("/Groups/{group}"), {}, {204}, {}},
        {QStringLiteral("delete user"), "DELETE", QStringLiteral("/Users/{user}"), {}, {204}, {}},
        {QStringLiteral("deleted user: 404 Error"), "GET", QStringLiteral("/Users/{user}"), {}, {404}, errorSchema()}};
    return s;
}

QList<Step> entra(bool flag)
{
    const QString q = flag ? QStringLiteral("?aadOptscim062020") : QString();
    const QString amp = flag ? QStringLiteral("&aadOptscim062020") : QString();
    QList<Step> s{
        {QStringLiteral("random userName probe: 200, empty"),
         "GET",
         QStringLiteral("/Users?filter=userName%20eq%20%22{rand}-0000-probe%22") + amp,
         {},
         {200},
         total(0)},
        {QStringLiteral("create user (Entra body)"),
         "POST",
         QStringLiteral("/Users") + q,
         R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "externalId":"{rand}-ext","userName":"Test_User_{rand}","active":true,
             "emails":[{"primary":true,"type":"work","value":"Test_User_{rand}@testuser.com"}],
             "meta":{"resourceType":"User"},"name":{"formatted":"givenName familyName","familyName":"familyName","givenName":"givenName"},"roles":[]})",
         {201},
         capture(QStringLiteral("user"))},
        {QStringLiteral("externalId eq"),
         "GET",
         QStringLiteral("/Users?filter=externalId%20eq%20%22{rand}-ext%22") + amp,
         {},
         {200},
         total(1)}};
    if (flag) {
        s += {
            {QStringLiteral("no-path replace with dotted and URN keys"),
             "PATCH",
             QStringLiteral("/Users/{user}") + q,
             patch(
                 R"([{"op":"replace","value":{"displayName":"Flagged","name.givenName":"Given","emails[type eq \"work\"].value":"flag-{rand}@example.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber":"42"}}])"),
             {200},
             equals(QStringLiteral("name.givenName"), QStringLiteral("Given"))},
            {QStringLiteral("disable with boolean"),
             "PATCH",
             QStringLiteral("/Users/{user}") + q,
             patch(R"([{"op":"replace","path":"active","value":false}])"),
             {200},
             equals(QStringLiteral("active"), false)}};
    } else {
        s += {
            {QStringLiteral("Replace with filtered path"),
             "PATCH",
             QStringLiteral("/Users/{user}"),
             patch(
                 R"([{"op":"Replace","path":"emails[type eq \"work\"].value","value":"updated-{rand}@example.com"},{"op":"Replace","path":"name.familyName","value":"updatedFamilyName"}])"),
             {200},
             equals(QStringLiteral("name.familyName"), QStringLiteral("updatedFamilyName"))},
            {QStringLiteral("Add on an array that does not exist yet"),
             "PATCH",
             QStringLiteral("/Users/{user}"),
             patch(R"([{"op":"Add","path":"phoneNumbers[type eq \"work\"].value","value":"+1 555 0100"}])"),
             {200},
             equals(QStringLiteral("phoneNumbers.0.value"), QStringLiteral("+1 555 0100"))},
            {QStringLiteral("disable with \"False\""),
             "PATCH",
             QStringLiteral("/Users/{user}"),
             patch(R"([{"op":"Replace","path":"active","value":"False"}])"),
             {200},
             equals(QStringLiteral("active"), false)}};
    }
    s += {
        {QStringLiteral("create group (ADSCIM schema)"),
         "POST",
         QStringLiteral("/Groups") + q,
         R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group","http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],"externalId":"{rand}-g","displayName":"group-{rand}","meta":{"resourceType":"Group"}})",
         {201},
         capture(QStringLiteral("group"))},
        {QStringLiteral("group by displayName, members excluded"),
         "GET",
         QStringLiteral("/Groups?excludedAttributes=members&filter=displayName%20eq%20%22group-{rand}%22") + amp,
         {},
         {200},
         total(1)},
        {QStringLiteral("add member: 204"),
         "PATCH",
         QStringLiteral("/Groups/{group}") + q,
         patch(flag ? R"([{"op":"add","path":"members","value":[{"value":"{user}"}]}])"
                    : R"([{"op":"Add","path":"members","value":[{"$ref":null,"value":"{user}"}]}])"),
         {204},
         {}},
        {QStringLiteral("member present"), "GET", QStringLiteral("/Groups/{group}") + q, {}, {200}, memberCount(1)},
        {QStringLiteral("remove member: 204"),
         "PATCH",
         QStringLiteral("/Groups/{group}") + q,
         patch(flag ? R"([{"op":"remove","path":"members[value eq \"{user}\"]"}])"
                    : R"([{"op":"Remove","path":"members","value":[{"$ref":null,"value":"{user}"}]}])"),
         {204},
         {}},
        {QStringLiteral("member gone"), "GET", QStringLiteral("/Groups/{group}") + q, {}, {200}, memberCount(0)},
        {QStringLiteral("delete group"), "DELETE", QStringLiteral("/Groups/{group}") + q, {}, {204}, {}},
        {QStringLiteral("delete user"), "DELETE", QStringLiteral("/Users/{user}") + q, {}, {204}, {}}};
    return s;
}

QList<Step> okta()
{
    QList<Step> s{
        {QStringLiteral("existence check (startIndex/count)"),
         "GET",
         QStringLiteral("/Users?filter=userName%20eq%20%22okta-{rand}%40okta.local%22&startIndex=1&count=100"),
         {},
         {200},
         total(0)},
        {QStringLiteral("create user (application/json, password, groups [])"),
         "POST",
         QStringLiteral("/Users"),
         "{" + kUser
             + R"(,"userName":"okta-{rand}@okta.local","name":{"givenName":"Test","familyName":"User"},"emails":[{"primary":true,"value":"okta-{rand}@okta.local","type":"work"}],"displayName":"Test User","locale":"en-US","externalId":"00u{rand}","groups":[],"password":"1mz050nq","active":true})",
         {201},
         capture(QStringLiteral("user")),
         "application/json"},
        {QStringLiteral("create again: 409 Error"),
         "POST",
         QStringLiteral("/Users"),
         "{" + kUser + R"(,"userName":"okta-{rand}@okta.local","active":true})",
         {409},
         errorSchema(),
         "application/json"},
        {QStringLiteral("uppercase userName probe finds the user"),
         "GET",
         QStringLiteral("/Users?filter=userName%20eq%20%22OKTA-{rand}%40OKTA.LOCAL%22"),
         {},
         {200},
         total(1)},
        {QStringLiteral("unknown id: 404 Error"),
         "GET",
         QStringLiteral("/Users/00919288221112222"),
         {},
         {404},
         errorSchema()},
        {QStringLiteral("PUT full profile"),
         "PUT",
         QStringLiteral("/Users/{user}"),
         "{" + kUser
             + R"(,"id":"{user}","userName":"okta-{rand}@okta.local","name":{"givenName":"Another","middleName":"Excited","familyName":"User"},"emails":[{"primary":true,"value":"okta-{rand}@okta.local","type":"work"}],"active":true,"groups":[]})",
         {200},
         equals(QStringLiteral("name.middleName"), QStringLiteral("Excited"))},
        {QStringLiteral("deactivate (no path)"),
         "PATCH",
         QStringLiteral("/Users/{user}"),
         patch(R"([{"op":"replace","value":{"active":false}}])"),
         {200, 204},
         {}},
        {QStringLiteral("user is inactive, not deleted"),
         "GET",
         QStringLiteral("/Users/{user}"),
         {},
         {200},
         equals(QStringLiteral("active"), false)},
        {QStringLiteral("create second user"),
         "POST",
         QStringLiteral("/Users"),
         "{" + kUser + R"(,"userName":"okta2-{rand}@okta.local","active":true})",
         {201},
         capture(QStringLiteral("user2"))},
        {QStringLiteral("group push"),
         "POST",
         QStringLiteral("/Groups"),
         "{" + kGroup + R"(,"displayName":"okta-{rand}","members":[]})",
         {201},
         capture(QStringLiteral("group"))},
        {QStringLiteral("rename (repeats id)"),
         "PATCH",
         QStringLiteral("/Groups/{group}"),
         patch(R"([{"op":"replace","value":{"id":"{group}","displayName":"okta-{rand}-renamed"}}])"),
         {200, 204},
         {}},
        {QStringLiteral("replace all members"),
         "PATCH",
         QStringLiteral("/Groups/{group}"),
         patch(R"([{"op":"replace","path":"members","value":[{"value":"{user}"},{"value":"{user2}"}]}])"),
         {200, 204},
         {}},
        {QStringLiteral("remove + add in one PATCH"),
         "PATCH",
         QStringLiteral("/Groups/{group}"),
         patch(
             R"([{"op":"remove","path":"members[value eq \"{user2}\"]"},{"op":"add","path":"members","value":[{"value":"{user2}","display":"x"}]}])"),
         {200, 204},
         {}},
        {QStringLiteral("both members present"), "GET", QStringLiteral("/Groups/{group}"), {}, {200}, memberCount(2)},
        {QStringLiteral("delete group"), "DELETE", QStringLiteral("/Groups/{group}"), {}, {204}, {}},
        {QStringLiteral("cleanup user"), "DELETE", QStringLiteral("/Users/{user}"), {}, {204}, {}},
        {QStringLiteral("cleanup second user"), "DELETE", QStringLiteral("/Users/{user2}"), {}, {204}, {}}};
    return s;
}

} // namespace

QStringList ScimConformance::dialects()
{
    return {QStringLiteral("rfc"), QStringLiteral("entra"), QStringLiteral("entra-2020"), QStringLiteral("okta")};
}

QList<ScimConformance::Step> ScimConformance::steps(const QString& dialect)
{
    if (dialect == QLatin1String("rfc")) {
        return rfc();
    }
    if (dialect == QLatin1String("entra")) {
        return entra(false);
    }
    if (dialect == QLatin1String("entra-2020")) {
        return entra(true);
    }
    if (dialect == QLatin1String("okta")) {
        return okta();
    }
    return {};
}

} // namespace gatehouse::cli
