// Keyset paging with next_page_token and prev_page_token (ApiSupport::pageResponse): walking 250 organizations
// forwards and then backwards with page_size 100 gives the same pages; tokens are tamper-evident (an edited, forged
// or foreign token is a 400 naming page_token); the same on the permissions list and organizations:search. Then
// every other paged list, table-driven (allLists): events (newest first), directory users and groups, connections of
// all organizations and their search, webhook endpoints and deliveries, organization clients — walked forwards to
// the end and back with prev_page_token, tokens tampered with or taken from another list refused, page_size bounds.
// The organization list's JSON (JsonWriter) byte for byte against QJsonDocument for an organization with hostile
// fields, and its total_size (organization_totals, migration 0017) against COUNT(*) across creates, failed creates
// and deletes. Runs on SQLite, and on PostgreSQL (engine.paging.postgres).
#include "EngineHarness.h"
#include "ScimTestClient.h"
#include "TestMain.h"
#include "core/util/Encoding.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

struct Page
{
    QStringList ids;
    QString next;
    QString prev;
    qint64 total = -1;
};

} // namespace

class TestEnginePaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forwardsThenBackwards();
    void searchPagesBothWays();
    void permissionsPageBothWays();
    void badTokens_data();
    void badTokens();
    void allLists_data();
    void allLists();

private:
    Page page(const QString& path, const QString& itemsKey, const QString& token, int size);
    // The same for any list: `method` GET with the paging in the query, or POST (events) with `body`.
    Page listPage(const QByteArray& method,
                  const QString& path,
                  const QByteArray& body,
                  const QString& itemsKey,
                  const QString& token,
                  int size,
                  int* status = nullptr,
                  QByteArray* errorBody = nullptr);
    void seedOtherLists();
    // Run by initTestCase before seedOtherLists creates webhook endpoints subscribed to organization.created, so
    // that its creates queue no deliveries (whose failing DNS lookups could still be running at exit).
    void listBytesAndTotal();

    QString m_scimOrg;
    QString m_scimDir;
    QString m_clientsOrg;
    QString m_webhook;
    int m_seededOrganizations = 0; // by seedOtherLists, besides the 250 paged tenants

    EngineHarness m_h;
};

void TestEnginePaging::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    for (int i = 0; i < 250; ++i) {
        const QJsonObject body{
            {QStringLiteral("display_name"), QStringLiteral("Paged tenant %1").arg(i, 3, 10, QLatin1Char('0'))}};
        const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), QJsonDocument(body).toJson());
        QCOMPARE(r.status, 201);
    }
    for (int i = 0; i < 12; ++i) {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("paged:perm%1").arg(i)}};
        QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/permissions"), QJsonDocument(body).toJson()).status, 201);
    }
    listBytesAndTotal();
    if (QTest::currentTestFailed()) {
        return;
    }
    seedOtherLists();
}

Page TestEnginePaging::page(const QString& path, const QString& itemsKey, const QString& token, int size)
{
    return listPage("GET", path, QByteArray(), itemsKey, token, size);
}

Page TestEnginePaging::listPage(const QByteArray& method,
                                const QString& path,
                                const QByteArray& body,
                                const QString& itemsKey,
                                const QString& token,
                                int size,
                                int* status,
                                QByteArray* errorBody)
{
    const QString separator = path.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?");
    const HttpReply r =
        m_h.api(method, path + separator + QStringLiteral("page_size=%1&page_token=%2").arg(size).arg(token), body);
    if (status) {
        *status = r.status;
    }
    if (errorBody) {
        *errorBody = r.body;
    }
    Page out;
    if (r.status != 200) {
        if (!status) {
            qWarning("%s: %d %s", qPrintable(path), r.status, r.body.constData());
        }
        return out;
    }
    const QJsonObject json = r.json();
    for (const QJsonValue& item : json.value(itemsKey).toArray()) {
        out.ids.append(
            item.toObject()
                .value(itemsKey == QStringLiteral("permissions") ? QStringLiteral("name")
                       : itemsKey == QStringLiteral("clients")   ? QStringLiteral("client_id")
                                                                 : QStringLiteral("id"))
                .toString());
    }
    out.next = json.value(QStringLiteral("next_page_token")).toString();
    out.prev = json.value(QStringLiteral("prev_page_token")).toString();
    out.total = json.value(QStringLiteral("total_size")).toInteger(-1);
    return out;
}

void TestEnginePaging::forwardsThenBackwards()
{
    const QString path = QStringLiteral("/api/v1/organizations");
    const QString key = QStringLiteral("organizations");
    // 250 organizations plus the seeded Test organization and those of the other lists (fewer than 50).
    const int total = 251 + m_seededOrganizations;
    QVERIFY(m_seededOrganizations < 50);
    QList<Page> forwards{page(path, key, QString(), 100)};
    QCOMPARE(forwards.first().total, total);
    QVERIFY(forwards.first().prev.isEmpty());
    while (!forwards.last().next.isEmpty()) {
        forwards.append(page(path, key, forwards.last().next, 100));
        QVERIFY(forwards.size() <= 3);
    }
    QCOMPARE(forwards.size(), 3);
    QCOMPARE(forwards[0].ids.size(), 100);
    QCOMPARE(forwards[1].ids.size(), 100);
    QCOMPARE(forwards[2].ids.size(), total - 200);
    QStringList all = forwards[0].ids + forwards[1].ids + forwards[2].ids;
    all.removeDuplicates();
    QCOMPARE(all.size(), total);
    // Backwards from the last page: the same pages again, and no token before the first.
    QList<Page> backwards{forwards.last()};
    while (!backwards.last().prev.isEmpty()) {
        backwards.append(page(path, key, backwards.last().prev, 100));
        QVERIFY(backwards.size() <= 3);
    }
    QCOMPARE(backwards.size(), 3);
    QCOMPARE(backwards[1].ids, forwards[1].ids);
    QCOMPARE(backwards[2].ids, forwards[0].ids);
    QVERIFY(backwards[2].prev.isEmpty());
    // A page reached backwards leads forwards again to the same next page.
    QCOMPARE(page(path, key, backwards[1].next, 100).ids, forwards[2].ids);
    QCOMPARE(page(path, key, backwards[2].next, 100).ids, forwards[1].ids);
}

void TestEnginePaging::searchPagesBothWays()
{
    const QString path = QStringLiteral("/api/v1/organizations:search?query=paged%20tenant%2000");
    const QString key = QStringLiteral("organizations");
    const Page first = page(path, key, QString(), 4); // "Paged tenant 000" … "009"
    QCOMPARE(first.total, 10);
    QCOMPARE(first.ids.size(), 4);
    const Page second = page(path, key, first.next, 4);
    const Page third = page(path, key, second.next, 4);
    QCOMPARE(third.ids.size(), 2);
    QVERIFY(third.next.isEmpty());
    QCOMPARE(page(path, key, third.prev, 4).ids, second.ids);
    QCOMPARE(page(path, key, second.prev, 4).ids, first.ids);
    // A list token is not a search token.
    const Page listed = page(QStringLiteral("/api/v1/organizations"), key, QString(), 5);
    const HttpReply r = m_h.api("GET", path + QStringLiteral("&page_token=") + listed.next);
    QCOMPARE(r.status, 400);
}

void TestEnginePaging::permissionsPageBothWays()
{
    const QString path = QStringLiteral("/api/v1/permissions");
    const QString key = QStringLiteral("permissions");
    const Page first = page(path, key, QString(), 5);
    QVERIFY(first.total >= 12);
    const Page second = page(path, key, first.next, 5);
    QCOMPARE(second.ids.size(), 5);
    QVERIFY(!second.prev.isEmpty());
    QCOMPARE(page(path, key, second.prev, 5).ids, first.ids);
}

void TestEnginePaging::badTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("garbage") << QStringLiteral("garbage!");
    QTest::newRow("not base64") << QStringLiteral("%%%%");
    QTest::newRow("old unsigned form") << QString::fromLatin1(core::encoding::base64Url("org:12345678901234567"));
    QTest::newRow("forged MAC") << QString::fromLatin1(
        core::encoding::base64Url("org:f:12345678901234567.AAAAAAAAAAAAAAAAAAAAAA"));
    QTest::newRow("too long") << QString(300, u'A');
}

void TestEnginePaging::badTokens()
{
    QFETCH(QString, token);
    const HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/organizations?page_token=") + token);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("page_token"), r.body.constData());
    // An edited genuine token: one character of its seq changed, MAC kept.
    const Page first = page(QStringLiteral("/api/v1/organizations"), QStringLiteral("organizations"), QString(), 10);
    auto raw = core::encoding::fromBase64Url(first.next.toLatin1());
    QVERIFY(raw.ok());
    QByteArray edited = raw.value();
    const qsizetype digit = edited.indexOf(":f:") + 5;
    edited[digit] = edited.at(digit) == '1' ? '2' : '1';
    const HttpReply tampered = m_h.api("GET",
                                       QStringLiteral("/api/v1/organizations?page_token=")
                                           + QString::fromLatin1(core::encoding::base64Url(edited)));
    QCOMPARE(tampered.status, 400);
    // A permissions token is not an organizations token.
    const Page perms = page(QStringLiteral("/api/v1/permissions"), QStringLiteral("permissions"), QString(), 2);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations?page_token=") + perms.next).status, 400);
}

void TestEnginePaging::seedOtherLists()
{
    // A SCIM directory with 23 users and 12 groups.
    ScimTestClient scim(m_h);
    const ScimDirectory directory = scim.createDirectory();
    m_scimOrg = directory.organizationId;
    ++m_seededOrganizations;
    m_scimDir = directory.directoryId;
    QVERIFY(!directory.secret.isEmpty());
    for (int i = 0; i < 23; ++i) {
        const QJsonObject user{
            {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
            {QStringLiteral("userName"), QStringLiteral("paged.user%1@example.test").arg(i)},
            {QStringLiteral("active"), true}};
        const HttpReply r = scim.call(directory, "POST", QStringLiteral("/Users"), QJsonDocument(user).toJson());
        QVERIFY2(r.status == 201, r.body.constData());
    }
    for (int i = 0; i < 12; ++i) {
        const QJsonObject group{
            {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")}},
            {QStringLiteral("displayName"), QStringLiteral("Paged group %1").arg(i)}};
        const HttpReply r = scim.call(directory, "POST", QStringLiteral("/Groups"), QJsonDocument(group).toJson());
        QVERIFY2(r.status == 201, r.body.constData());
    }
    // Connections in three organizations (7 in all, plus whatever the dev seed has).
    for (int i = 0; i < 7; ++i) {
        const QJsonObject org{{QStringLiteral("display_name"), QStringLiteral("Connected %1").arg(i % 3)}};
        QString orgId = m_scimOrg;
        if (i % 3 != 0) {
            const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), QJsonDocument(org).toJson());
            QCOMPARE(r.status, 201);
            ++m_seededOrganizations;
            orgId = r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
        }
        const QByteArray body = i % 2 ? R"({"provider":"OKTA","type":"OIDC"})" : R"({"provider":"OKTA","type":"SAML"})";
        const HttpReply r =
            m_h.api("POST", QStringLiteral("/api/v1/organizations/%1/connections").arg(orgId), body);
        QVERIFY2(r.status == 201, r.body.constData());
    }
    // Seven organization clients.
    const HttpReply org = m_h.api("POST", QStringLiteral("/api/v1/organizations"), R"({"display_name":"Clients"})");
    m_clientsOrg = org.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
    ++m_seededOrganizations;
    for (int i = 0; i < 7; ++i) {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("client %1").arg(i)}};
        const HttpReply r = m_h.api("POST",
                                    QStringLiteral("/api/v1/organizations/%1/clients").arg(m_clientsOrg),
                                    QJsonDocument(body).toJson());
        QVERIFY2(r.status == 201, r.body.constData());
    }
    // Seven webhook endpoints, the first with seven test deliveries (their sending fails: nothing resolves there).
    for (int i = 0; i < 7; ++i) {
        const QJsonObject body{{QStringLiteral("url"), QStringLiteral("https://hooks%1.example.test/in").arg(i)},
                               {QStringLiteral("event_types"), QJsonArray{QStringLiteral("organization.created")}}};
        const HttpReply r =
            m_h.api("POST", QStringLiteral("/api/v1/webhooks/endpoints"), QJsonDocument(body).toJson());
        QVERIFY2(r.status == 201, r.body.constData());
        if (i == 0) {
            m_webhook = r.json()[QStringLiteral("endpoint")][QStringLiteral("id")].toString();
        }
    }
    for (int i = 0; i < 7; ++i) {
        const HttpReply r =
            m_h.api("POST", QStringLiteral("/api/v1/webhooks/endpoints/%1:test").arg(m_webhook));
        QVERIFY2(r.status == 201, r.body.constData());
    }
}

void TestEnginePaging::allLists_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("itemsKey");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxSize");
    QTest::addColumn<bool>("overMaxRefused"); // page_size above the maximum: 400 (else capped)
    QTest::addColumn<int>("minTotal");

    // Paths are filled in by allLists() ({org}, {dir}, {clients}, {hook}): the fixture exists only after init.
    QTest::newRow("events") << QByteArray("POST") << QStringLiteral("/api/v1/events") << QByteArray("{}")
                            << QStringLiteral("events") << 100 << 100 << false << 250;
    QTest::newRow("events filtered")
        << QByteArray("POST") << QStringLiteral("/api/v1/events")
        << QByteArray(R"({"event_types":["organization.created"]})") << QStringLiteral("events") << 40 << 100 << false
        << 250;
    QTest::newRow("directory users") << QByteArray("GET")
                                     << QStringLiteral("/api/v1/organizations/{org}/directories/{dir}/users")
                                     << QByteArray() << QStringLiteral("users") << 10 << 30 << false << 23;
    QTest::newRow("directory groups") << QByteArray("GET")
                                      << QStringLiteral("/api/v1/organizations/{org}/directories/{dir}/groups")
                                      << QByteArray() << QStringLiteral("groups") << 5 << 30 << false << 12;
    QTest::newRow("connections of all organizations")
        << QByteArray("GET") << QStringLiteral("/api/v1/organizations/-/connections") << QByteArray()
        << QStringLiteral("connections") << 3 << 30 << true << 7;
    QTest::newRow("connections search") << QByteArray("GET")
                                        << QStringLiteral("/api/v1/organizations/-/connections:search?provider=OKTA")
                                        << QByteArray() << QStringLiteral("connections") << 2 << 30 << true << 7;
    QTest::newRow("organization clients") << QByteArray("GET")
                                          << QStringLiteral("/api/v1/organizations/{clients}/clients") << QByteArray()
                                          << QStringLiteral("clients") << 3 << 100 << false << 7;
    QTest::newRow("webhook endpoints") << QByteArray("GET") << QStringLiteral("/api/v1/webhooks/endpoints")
                                       << QByteArray() << QStringLiteral("endpoints") << 3 << 100 << false << 7;
    QTest::newRow("webhook deliveries") << QByteArray("GET")
                                        << QStringLiteral("/api/v1/webhooks/endpoints/{hook}/deliveries")
                                        << QByteArray() << QStringLiteral("deliveries") << 2 << 100 << false << 7;
}

void TestEnginePaging::allLists()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, itemsKey);
    QFETCH(int, size);
    QFETCH(int, maxSize);
    QFETCH(bool, overMaxRefused);
    QFETCH(int, minTotal);
    QVERIFY(!m_scimDir.isEmpty() && !m_clientsOrg.isEmpty() && !m_webhook.isEmpty());
    path.replace(QStringLiteral("{org}"), m_scimOrg)
        .replace(QStringLiteral("{dir}"), m_scimDir)
        .replace(QStringLiteral("{clients}"), m_clientsOrg)
        .replace(QStringLiteral("{hook}"), m_webhook);

    // Forwards to the end: every item once, total_size of them, no prev on the first page.
    QList<Page> forwards{listPage(method, path, body, itemsKey, QString(), size)};
    const qint64 total = forwards.first().total;
    QVERIFY2(total >= minTotal, qPrintable(QString::number(total)));
    QVERIFY(forwards.first().prev.isEmpty());
    const qsizetype expectedPages = (total + size - 1) / size;
    while (!forwards.last().next.isEmpty()) {
        forwards.append(listPage(method, path, body, itemsKey, forwards.last().next, size));
        QVERIFY(forwards.size() <= expectedPages);
        QVERIFY(!forwards.last().prev.isEmpty());
    }
    QCOMPARE(forwards.size(), expectedPages);
    QStringList all;
    for (const Page& p : std::as_const(forwards)) {
        QVERIFY(p.ids.size() == size || &p == &forwards.last());
        QCOMPARE(p.total, total);
        all += p.ids;
    }
    QCOMPARE(all.size(), total);
    all.removeDuplicates();
    QCOMPARE(all.size(), total);

    // Backwards from the last page with prev_page_token: the same pages, none before the first.
    QList<Page> backwards{forwards.last()};
    while (!backwards.last().prev.isEmpty()) {
        backwards.append(listPage(method, path, body, itemsKey, backwards.last().prev, size));
        QVERIFY(backwards.size() <= expectedPages);
    }
    QCOMPARE(backwards.size(), expectedPages);
    for (qsizetype i = 0; i < expectedPages; ++i) {
        QCOMPARE(backwards.at(i).ids, forwards.at(expectedPages - 1 - i).ids);
    }
    if (expectedPages > 1) {
        // From a page reached backwards, next_page_token leads on to the page after it.
        QCOMPARE(listPage(method, path, body, itemsKey, backwards.last().next, size).ids, forwards.at(1).ids);
    }

    // A tampered token: one digit of its seq changed, MAC kept.
    QVERIFY(!forwards.first().next.isEmpty());
    auto raw = core::encoding::fromBase64Url(forwards.first().next.toLatin1());
    QVERIFY(raw.ok());
    QByteArray edited = raw.value();
    const qsizetype digit = edited.indexOf(":f:") + 3;
    QVERIFY(digit > 3 && digit < edited.indexOf('.'));
    edited[digit] = edited.at(digit) == '1' ? '2' : '1';
    int status = 0;
    QByteArray error;
    listPage(method, path, body, itemsKey, QString::fromLatin1(core::encoding::base64Url(edited)), size, &status, &error);
    QCOMPARE(status, 400);
    QVERIFY2(error.contains("page_token"), error.constData());
    // The unsigned tokens of old ("<kind>:<seq>"): refused too.
    const QByteArray genuine = raw.value();
    const QByteArray oldForm =
        QByteArray(genuine.first(genuine.indexOf(':') + 1) + genuine.sliced(digit, genuine.indexOf('.') - digit));
    const QByteArray unsignedToken = core::encoding::base64Url(oldForm);
    listPage(method, path, body, itemsKey, QString::fromLatin1(unsignedToken), size, &status, &error);
    QCOMPARE(status, 400);
    QVERIFY2(error.contains("page_token"), error.constData());
    // A token of another list: refused, and this list's token is refused by the organizations list.
    const Page organizations =
        page(QStringLiteral("/api/v1/organizations"), QStringLiteral("organizations"), QString(), 2);
    listPage(method, path, body, itemsKey, organizations.next, size, &status, &error);
    QCOMPARE(status, 400);
    QVERIFY2(error.contains("page_token"), error.constData());
    const HttpReply foreign =
        m_h.api("GET", QStringLiteral("/api/v1/organizations?page_token=") + forwards.first().next);
    QCOMPARE(foreign.status, 400);

    // page_size bounds: not a number → 400 naming page_size; above the maximum → refused or capped.
    const QString separator = path.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?");
    const HttpReply notNumber = m_h.api(method, path + separator + QStringLiteral("page_size=ten"), body);
    QCOMPARE(notNumber.status, 400);
    QVERIFY2(notNumber.body.contains("page_size"), notNumber.body.constData());
    const HttpReply negative = m_h.api(method, path + separator + QStringLiteral("page_size=-1"), body);
    QCOMPARE(negative.status, 400);
    const Page over = listPage(method, path, body, itemsKey, QString(), maxSize + 1, &status, &error);
    if (overMaxRefused) {
        QCOMPARE(status, 400);
        QVERIFY2(error.contains("page_size"), error.constData());
    } else {
        QCOMPARE(status, 200);
        QCOMPARE(over.ids.size(), std::min<qsizetype>(total, maxSize));
    }
    // page_size 0 is the default size: a full first page.
    const Page defaulted = listPage(method, path, body, itemsKey, QString(), 0);
    QVERIFY(!defaulted.ids.isEmpty());
}


// The organization list is written by JsonWriter: an organization with hostile fields, listed alone (external_id
// filter), gives exactly the bytes QJsonDocument gives for the same page built from GET /organizations/{id}.
// total_size comes from organization_totals (migration 0017): it follows creates and deletes, not failed ones,
// and always equals COUNT(*).
void TestEnginePaging::listBytesAndTotal()
{
    const auto countRows = [&]() -> qint64 {
        qint64 n = -1;
        auto read = m_h.engine().database().read([&](const QSqlDatabase& db) -> core::Result<void> {
            auto q = Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM organizations"));
            if (!q.ok()) {
                return q.error();
            }
            n = q.value().next() ? q.value().value(0).toLongLong() : -1;
            return {};
        });
        return read.ok() ? n : -2;
    };
    const auto listedTotal = [&]() { return page(QStringLiteral("/api/v1/organizations"), QStringLiteral("organizations"), QString(), 1).total; };
    const qint64 before = listedTotal();
    QCOMPARE(before, countRows());

    const QString hostileName = QStringLiteral("Q\"uote\\ \u00e9\u4e2d\U0001F600 </script>\t\n") + QChar(u'\x01');
    const QJsonObject body{{QStringLiteral("display_name"), hostileName},
                           {QStringLiteral("external_id"), QStringLiteral("hostile \"ext\" \u00fc")},
                           {QStringLiteral("metadata"),
                            QJsonObject{{QStringLiteral("k\u00e9y"), QStringLiteral("v\"a\\l\n")},
                                        {QStringLiteral("abc"), QStringLiteral("\U0001F680")}}},
                           {QStringLiteral("slug"), QStringLiteral("hostile-org")},
                           {QStringLiteral("logo_url"), QStringLiteral("https://cdn.example/logo.png?a=1&b=%22c%22")}};
    const HttpReply created = m_h.api("POST", QStringLiteral("/api/v1/organizations"), QJsonDocument(body).toJson());
    QVERIFY2(created.status == 201, created.body.constData());
    const QString id = created.json().value(QStringLiteral("organization")).toObject().value(QStringLiteral("id")).toString();
    const HttpReply single = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + id);
    QCOMPARE(single.status, 200);
    const HttpReply listed = m_h.api(
        "GET", QStringLiteral("/api/v1/organizations?external_id=") + QString::fromLatin1(QUrl::toPercentEncoding(body.value(QStringLiteral("external_id")).toString())));
    QCOMPARE(listed.status, 200);
    const QJsonObject expectedPage{
        {QStringLiteral("organizations"), QJsonArray{single.json().value(QStringLiteral("organization"))}},
        {QStringLiteral("next_page_token"), QString()},
        {QStringLiteral("prev_page_token"), QString()},
        {QStringLiteral("total_size"), 1}};
    const QByteArray expectedBytes = QJsonDocument(expectedPage).toJson(QJsonDocument::Compact);
    QCOMPARE(listed.body, expectedBytes);

    QCOMPARE(listedTotal(), before + 1);
    // A create that fails (external_id taken) and a delete of an unknown id change nothing.
    QCOMPARE(m_h.api("POST", QStringLiteral("/api/v1/organizations"), QJsonDocument(body).toJson()).status, 409);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/org_100000000000000001")).status, 404);
    QCOMPARE(listedTotal(), before + 1);
    QCOMPARE(listedTotal(), countRows());
    QStringList more;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject extra{{QStringLiteral("display_name"), QStringLiteral("Counted %1").arg(i)}};
        const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), QJsonDocument(extra).toJson());
        QCOMPARE(r.status, 201);
        more.append(r.json().value(QStringLiteral("organization")).toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(listedTotal(), before + 4);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + id).status, 200);
    for (const QString& extra : std::as_const(more)) {
        QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + extra).status, 200);
    }
    QCOMPARE(listedTotal(), before);
    QCOMPARE(listedTotal(), countRows());
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEnginePaging)
#include "TestEnginePaging.moc"
