// gatehouse_client against a real engine started in-process on 127.0.0.1:0 (EngineHarness): token caching and
// refresh, errors from HTTP status and body, pagination, search (with the client-side fallback), the resources
// the engine serves today, and lenient reading of snake_case / camelCase / omitted zero values.
#include "client/ApiClient.h"
#include "client/JsonReader.h"
#include "tests/engine/EngineHarness.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse::client;
using gatehouse::engine::test::EngineHarness;

namespace {

template <typename T> struct Waiter
{
    std::optional<ApiResult<T>> result;

    ApiCallback<T> callback()
    {
        return [this](const ApiResult<T>& r) {
            result.emplace(r);
        };
    }

    bool wait(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tokenIsCachedAndRefreshedBeforeExpiry();
    void wrongSecretIsAClearError();
    void notFoundIsAnErrorObject();
    void validationErrorCarriesViolations();
    void paginatesOrganizations();
    void searchFallsBackToScanning();
    void getsOrganizationWithMetadata();
    void listsOrganizationResources();
    void readsEventsNewestFirst();
    void editsDomainsConnectionsAndRoles();
    void refusesPlainHttpToRemoteHosts();
    void refusesUnreachableEngine();
    void readsCamelCaseAndOmittedZeros();
    void parsesOAuthAndGrpcErrorBodies();
    void refusesAnUntrustedCertificate();
    void renewsTheTokenAfterA401(); // last: moves the engine's clock

private:
    ApiClient* newClient(const QString& secret = {});
    Organization create(const QString& name, const QString& externalId = {});

    EngineHarness m_engine;
    QObject m_context;
};

void TestApiClient::initTestCase()
{
    QVERIFY2(m_engine.start(), qPrintable(m_engine.lastError()));
}

void TestApiClient::cleanupTestCase()
{
    m_engine.stop();
}

ApiClient* TestApiClient::newClient(const QString& secret)
{
    ClientConfig config;
    config.baseUrl = QUrl(m_engine.baseUrl());
    config.clientId = m_engine.clientId();
    config.clientSecret = secret.isEmpty() ? m_engine.clientSecret() : secret;
    config.timeoutMs = 5000;
    return new ApiClient(config, &m_context);
}

Organization TestApiClient::create(const QString& name, const QString& externalId)
{
    std::unique_ptr<ApiClient> client(newClient());
    Waiter<Organization> created;
    client->createOrganization(
        {name, externalId, {{QStringLiteral("tier"), QStringLiteral("gold")}}}, &m_context, created.callback());
    if (!created.wait() || !created.result->ok()) {
        qWarning() << (created.result ? created.result->error().message : QStringLiteral("timeout"));
        return {};
    }
    return created.result->value();
}

void TestApiClient::tokenIsCachedAndRefreshedBeforeExpiry()
{
    std::unique_ptr<ApiClient> client(newClient());
    qint64 now = 1'000'000;
    client->setClock([&now] { return now; });
    // Three calls at once share one token request.
    Waiter<Page<Organization>> a, b, c;
    client->listOrganizations({}, &m_context, a.callback());
    client->listOrganizations({}, &m_context, b.callback());
    client->listOrganizations({}, &m_context, c.callback());
    QVERIFY(a.wait() && b.wait() && c.wait());
    QVERIFY2(a.result->ok(), qPrintable(a.result->errorMessage()));
    QVERIFY(b.result->ok() && c.result->ok());
    QCOMPARE(client->tokenRequestCount(), 1);
    // Still valid: no new token.
    Waiter<Page<Organization>> d;
    client->listOrganizations({}, &m_context, d.callback());
    QVERIFY(d.wait() && d.result->ok());
    QCOMPARE(client->tokenRequestCount(), 1);
    // The engine's tokens live 3600 s; 59 minutes later the client renews before using it.
    now += 59 * 60 * 1000;
    Waiter<Page<Organization>> e;
    client->listOrganizations({}, &m_context, e.callback());
    QVERIFY(e.wait() && e.result->ok());
    QCOMPARE(client->tokenRequestCount(), 2);
}

void TestApiClient::wrongSecretIsAClearError()
{
    std::unique_ptr<ApiClient> client(newClient(QStringLiteral("not-the-secret")));
    Waiter<qint64> test;
    client->testConnection(&m_context, test.callback());
    QVERIFY(test.wait());
    QVERIFY(!test.result->ok());
    QCOMPARE(test.result->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(test.result->error().httpStatus, 401);
    QCOMPARE(test.result->error().errorCode, QStringLiteral("invalid_client"));
    QVERIFY2(test.result->error().message.contains(QStringLiteral("Authentication failed (HTTP 401)")),
             qPrintable(test.result->errorMessage()));
    QVERIFY(!test.result->error().message.contains(QStringLiteral("not-the-secret")));
}

void TestApiClient::notFoundIsAnErrorObject()
{
    std::unique_ptr<ApiClient> client(newClient());
    Waiter<Organization> get;
    client->getOrganization(QStringLiteral("org_12345678901234567"), &m_context, get.callback());
    QVERIFY(get.wait());
    QVERIFY(!get.result->ok());
    QCOMPARE(get.result->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(get.result->error().grpcCode, 5);
    QVERIFY(get.result->error().message.startsWith(QStringLiteral("Not found (HTTP 404)")));
}

void TestApiClient::validationErrorCarriesViolations()
{
    std::unique_ptr<ApiClient> client(newClient());
    Waiter<Organization> created;
    client->createOrganization({QString(), {}, {}}, &m_context, created.callback());
    QVERIFY(created.wait());
    QVERIFY(!created.result->ok());
    QCOMPARE(created.result->error().kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(created.result->error().grpcCode, 3);
    QVERIFY2(!created.result->error().violations.isEmpty(), qPrintable(created.result->errorMessage()));
    QVERIFY(created.result->error().violations.constFirst().startsWith(QStringLiteral("display_name")));
}

void TestApiClient::paginatesOrganizations()
{
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!create(QStringLiteral("Paging %1").arg(i)).id.isEmpty());
    }
    std::unique_ptr<ApiClient> client(newClient());
    QStringList seen;
    QString token;
    qint64 total = -1;
    int pages = 0;
    do {
        Waiter<Page<Organization>> page;
        client->listOrganizations({2, token}, &m_context, page.callback());
        QVERIFY(page.wait());
        QVERIFY2(page.result->ok(), qPrintable(page.result->errorMessage()));
        QVERIFY(page.result->value().items.size() <= 2);
        for (const Organization& org : page.result->value().items) {
            seen.append(org.id);
        }
        total = page.result->value().totalSize;
        token = page.result->value().nextPageToken;
        ++pages;
    } while (!token.isEmpty() && pages < 100);
    QVERIFY(total >= 5);
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size()); // no duplicates across pages
    QVERIFY(pages >= 3);
}

void TestApiClient::searchFallsBackToScanning()
{
    const Organization acme = create(QStringLiteral("Acme Searchable"), QStringLiteral("acme-ext-42"));
    QVERIFY(!acme.id.isEmpty());
    std::unique_ptr<ApiClient> client(newClient());
    Waiter<Page<Organization>> byName;
    client->searchOrganizations(QStringLiteral("searchable"), {10, {}}, &m_context, byName.callback());
    QVERIFY(byName.wait());
    QVERIFY2(byName.result->ok(), qPrintable(byName.result->errorMessage()));
    QCOMPARE(byName.result->value().items.size(), 1);
    QCOMPARE(byName.result->value().items.constFirst().id, acme.id);
    // The engine serves organizations:search, so the client keeps using it (a 404 would switch it to scanning).
    QVERIFY(client->serverSearchSupported());
    // Shorter than the 3-character minimum: scanned by the client (page tokens "scan:…"), still matching.
    Waiter<Page<Organization>> shortQuery;
    client->searchOrganizations(QStringLiteral("42"), {10, {}}, &m_context, shortQuery.callback());
    QVERIFY(shortQuery.wait() && shortQuery.result->ok());
    QVERIFY(shortQuery.result->value().items.size() >= 1);
    bool found = false;
    for (const Organization& org : shortQuery.result->value().items) {
        found = found || org.id == acme.id;
    }
    QVERIFY(found || shortQuery.result->value().nextPageToken.startsWith(QStringLiteral("scan:")));

    Waiter<Page<Organization>> byExternalId;
    client->searchOrganizations(QStringLiteral("ext-42"), {10, {}}, &m_context, byExternalId.callback());
    QVERIFY(byExternalId.wait() && byExternalId.result->ok());
    QCOMPARE(byExternalId.result->value().items.size(), 1);

    Waiter<Page<Organization>> none;
    client->searchOrganizations(QStringLiteral("no such organization"), {10, {}}, &m_context, none.callback());
    QVERIFY(none.wait() && none.result->ok());
    QVERIFY(none.result->value().items.isEmpty());
    QVERIFY(none.result->value().nextPageToken.isEmpty());
}

void TestApiClient::getsOrganizationWithMetadata()
{
    const Organization created = create(QStringLiteral("Metadata Inc"), QStringLiteral("meta-1"));
    std::unique_ptr<ApiClient> client(newClient());
    Waiter<Organization> get;
    client->getOrganization(created.id, &m_context, get.callback());
    QVERIFY(get.wait() && get.result->ok());
    const Organization& org = get.result->value();
    QCOMPARE(org.displayName, QStringLiteral("Metadata Inc"));
    QCOMPARE(org.externalId, QStringLiteral("meta-1"));
    QCOMPARE(org.metadata.value(QStringLiteral("tier")), QStringLiteral("gold"));
    QVERIFY(org.createTime.isValid());
    QVERIFY(org.id.startsWith(QStringLiteral("org_")));
}

void TestApiClient::listsOrganizationResources()
{
    const Organization org = create(QStringLiteral("Resources Ltd"));
    QCOMPARE(m_engine
                 .api("POST",
                      QStringLiteral("/api/v1/organizations/%1/domains").arg(org.id),
                      R"({"domain":"resources.example"})")
                 .status,
             201);
    QCOMPARE(m_engine
                 .api("POST",
                      QStringLiteral("/api/v1/organizations/%1/connections").arg(org.id),
                      R"({"provider":"OKTA","type":"SAML"})")
                 .status,
             201);
    QCOMPARE(m_engine
                 .api("POST",
                      QStringLiteral("/api/v1/organizations/%1/directories").arg(org.id),
                      R"({"directory_type":"SCIM","directory_provider":"OKTA"})")
                 .status,
             201);
    QCOMPARE(
        m_engine.api("POST", QStringLiteral("/api/v1/roles"), R"({"name":"viewer","display_name":"Viewer"})").status,
        201);
    std::unique_ptr<ApiClient> client(newClient());

    Waiter<Page<Domain>> domains;
    client->listDomains(org.id, {}, &m_context, domains.callback());
    QVERIFY(domains.wait());
    QVERIFY2(domains.result->ok(), qPrintable(domains.result->errorMessage()));
    QCOMPARE(domains.result->value().items.size(), 1);
    QCOMPARE(domains.result->value().items.constFirst().domain, QStringLiteral("resources.example"));
    QCOMPARE(domains.result->value().items.constFirst().verificationStatus, QStringLiteral("PENDING"));
    QVERIFY(domains.result->value().nextPageToken.isEmpty());

    Waiter<Page<Connection>> connections;
    client->listConnections(org.id, &m_context, connections.callback());
    QVERIFY(connections.wait() && connections.result->ok());
    QCOMPARE(connections.result->value().items.size(), 1);
    QCOMPARE(connections.result->value().items.constFirst().type, QStringLiteral("SAML"));
    QCOMPARE(connections.result->value().items.constFirst().provider, QStringLiteral("OKTA"));

    Waiter<Page<Directory>> directories;
    client->listDirectories(org.id, &m_context, directories.callback());
    QVERIFY(directories.wait() && directories.result->ok());
    QCOMPARE(directories.result->value().items.size(), 1);
    QVERIFY(directories.result->value().items.constFirst().directoryEndpoint.contains(QStringLiteral("/scim/v2")));

    Waiter<Page<Role>> roles;
    client->listRoles(&m_context, roles.callback());
    QVERIFY(roles.wait() && roles.result->ok());
    bool found = false;
    for (const Role& role : roles.result->value().items) {
        found = found || (role.name == QStringLiteral("viewer") && role.displayName == QStringLiteral("Viewer"));
    }
    QVERIFY(found);
}

void TestApiClient::editsDomainsConnectionsAndRoles()
{
    const Organization org = create(QStringLiteral("Editing Ltd"));
    QVERIFY(!org.id.isEmpty());
    std::unique_ptr<ApiClient> client(newClient());

    // Domains: added (PENDING, with the TXT record to publish); a malformed name refused with its violation.
    Waiter<Domain> added;
    client->createDomain(org.id, QStringLiteral("Editing.Example"), &m_context, added.callback());
    QVERIFY(added.wait());
    QVERIFY2(added.result->ok(), qPrintable(added.result->errorMessage()));
    QCOMPARE(added.result->value().domain, QStringLiteral("editing.example"));
    QCOMPARE(added.result->value().verificationStatus, QStringLiteral("PENDING"));
    QVERIFY(added.result->value().id.startsWith(QStringLiteral("dom_")));
    QVERIFY(added.result->value().txtRecordKey.endsWith(QStringLiteral("editing.example")));
    Waiter<Domain> refused;
    client->createDomain(org.id, QStringLiteral("not a domain"), &m_context, refused.callback());
    QVERIFY(refused.wait());
    QVERIFY(!refused.result->ok());
    QCOMPARE(refused.result->error().kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(!refused.result->error().violations.isEmpty()
                 && refused.result->error().violations.constFirst().startsWith(QStringLiteral("domain")),
             qPrintable(refused.result->error().detailedText()));

    // Connections: deleted, then gone (404 on a second delete).
    const auto draft = m_engine.api("POST",
                                    QStringLiteral("/api/v1/organizations/%1/connections").arg(org.id),
                                    R"({"provider":"OKTA","type":"SAML"})");
    QCOMPARE(draft.status, 201);
    const QString connectionId = draft.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
    Waiter<bool> deleted;
    client->deleteConnection(org.id, connectionId, &m_context, deleted.callback());
    QVERIFY(deleted.wait());
    QVERIFY2(deleted.result->ok(), qPrintable(deleted.result->errorMessage()));
    QCOMPARE(
        m_engine.api("GET", QStringLiteral("/api/v1/organizations/%1/connections/%2").arg(org.id, connectionId)).status,
        404);
    Waiter<bool> again;
    client->deleteConnection(org.id, connectionId, &m_context, again.callback());
    QVERIFY(again.wait());
    QVERIFY(!again.result->ok());
    QCOMPARE(again.result->error().kind, ApiError::Kind::NotFound);

    // Directories: deleted, then gone.
    const auto directory = m_engine.api("POST",
                                        QStringLiteral("/api/v1/organizations/%1/directories").arg(org.id),
                                        R"({"directory_type":"SCIM","directory_provider":"OKTA"})");
    QCOMPARE(directory.status, 201);
    const QString directoryId = directory.json()[QStringLiteral("directory")][QStringLiteral("id")].toString();
    Waiter<bool> directoryDeleted;
    client->deleteDirectory(org.id, directoryId, &m_context, directoryDeleted.callback());
    QVERIFY(directoryDeleted.wait());
    QVERIFY2(directoryDeleted.result->ok(), qPrintable(directoryDeleted.result->errorMessage()));
    QCOMPARE(
        m_engine.api("GET", QStringLiteral("/api/v1/organizations/%1/directories/%2").arg(org.id, directoryId)).status,
        404);

    // Roles: created, updated (display name, description, extends), a role another extends refused without a
    // reassignment and deleted with one; a bad name refused before anything is stored.
    RoleInput base{QStringLiteral("client_base"), QStringLiteral("Base"), QString(), QString()};
    Waiter<Role> createdBase;
    client->createRole(base, &m_context, createdBase.callback());
    QVERIFY(createdBase.wait());
    QVERIFY2(createdBase.result->ok(), qPrintable(createdBase.result->errorMessage()));
    QCOMPARE(createdBase.result->value().name, QStringLiteral("client_base"));
    QCOMPARE(createdBase.result->value().displayName, QStringLiteral("Base"));
    RoleInput child{QStringLiteral("client_child"), QStringLiteral("Child"), QStringLiteral("First"), QString()};
    Waiter<Role> createdChild;
    client->createRole(child, &m_context, createdChild.callback());
    QVERIFY(createdChild.wait() && createdChild.result->ok());
    child.displayName = QStringLiteral("Child, renamed");
    child.description = QStringLiteral("Second");
    child.extends = QStringLiteral("client_base");
    Waiter<Role> updated;
    client->updateRole(child.name, child, &m_context, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY2(updated.result->ok(), qPrintable(updated.result->errorMessage()));
    QCOMPARE(updated.result->value().displayName, QStringLiteral("Child, renamed"));
    QCOMPARE(updated.result->value().description, QStringLiteral("Second"));
    QCOMPARE(updated.result->value().extends, QStringLiteral("client_base"));
    const QJsonObject stored = m_engine.api("GET", QStringLiteral("/api/v1/roles/client_child")).json();
    QCOMPARE(stored[QStringLiteral("role")][QStringLiteral("description")].toString(), QStringLiteral("Second"));

    Waiter<bool> blocked;
    client->deleteRole(QStringLiteral("client_base"), QString(), &m_context, blocked.callback());
    QVERIFY(blocked.wait());
    QVERIFY(!blocked.result->ok());
    QVERIFY2(blocked.result->error().message.contains(QStringLiteral("reassign_role_name")),
             qPrintable(blocked.result->error().message));
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/roles/client_base")).status, 200);
    Waiter<Role> createdOther;
    client->createRole(
        {QStringLiteral("client_other"), QStringLiteral("Other"), {}, {}}, &m_context, createdOther.callback());
    QVERIFY(createdOther.wait() && createdOther.result->ok());
    Waiter<bool> removed;
    client->deleteRole(QStringLiteral("client_base"), QStringLiteral("client_other"), &m_context, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY2(removed.result->ok(), qPrintable(removed.result->errorMessage()));
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/roles/client_base")).status, 404);
    QCOMPARE(m_engine.api("GET", QStringLiteral("/api/v1/roles/client_child"))
                 .json()[QStringLiteral("role")][QStringLiteral("extends")]
                 .toString(),
             QStringLiteral("client_other"));

    Waiter<Role> badName;
    client->createRole({QStringLiteral("has space"), QStringLiteral("X"), {}, {}}, &m_context, badName.callback());
    QVERIFY(badName.wait());
    QVERIFY(!badName.result->ok());
    QCOMPARE(badName.result->error().kind, ApiError::Kind::InvalidRequest);
}

void TestApiClient::readsEventsNewestFirst()
{
    const Organization org = create(QStringLiteral("Events Corp"));
    QCOMPARE(m_engine
                 .api("PATCH",
                      QStringLiteral("/api/v1/organizations/%1").arg(org.id),
                      R"({"display_name":"Events Corporation"})")
                 .status,
             200);
    std::unique_ptr<ApiClient> client(newClient());
    EventFilter filter;
    filter.organizationId = org.id;
    Waiter<Page<Event>> first;
    client->listEvents(filter, {1, {}}, &m_context, first.callback());
    QVERIFY(first.wait());
    QVERIFY2(first.result->ok(), qPrintable(first.result->errorMessage()));
    QCOMPARE(first.result->value().totalSize, 2);
    QCOMPARE(first.result->value().items.constFirst().type, QStringLiteral("organization.updated"));
    QVERIFY(!first.result->value().nextPageToken.isEmpty());
    Waiter<Page<Event>> second;
    client->listEvents(filter, {1, first.result->value().nextPageToken}, &m_context, second.callback());
    QVERIFY(second.wait() && second.result->ok());
    QCOMPARE(second.result->value().items.constFirst().type, QStringLiteral("organization.created"));
    QCOMPARE(second.result->value().items.constFirst().organizationId, org.id);
}

void TestApiClient::refusesPlainHttpToRemoteHosts()
{
    ClientConfig config{QUrl(QStringLiteral("http://auth.example.com")), QStringLiteral("skc_1"), QStringLiteral("s")};
    const auto invalid = config.validate();
    QVERIFY(invalid);
    QCOMPARE(invalid->kind, ApiError::Kind::Configuration);
    config.baseUrl = QUrl(QStringLiteral("https://auth.example.com"));
    QVERIFY(!config.validate());
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8787"));
    QVERIFY(!config.validate());
    config.baseUrl = QUrl(QStringLiteral("http://[::1]:8787"));
    QVERIFY(!config.validate());

    ApiClient client({QUrl(QStringLiteral("http://auth.example.com")), QStringLiteral("skc_1"), QStringLiteral("s")});
    Waiter<qint64> test;
    client.testConnection(&m_context, test.callback());
    QVERIFY(test.wait());
    QCOMPARE(test.result->error().kind, ApiError::Kind::Configuration);
    QCOMPARE(client.tokenRequestCount(), 0);
}

void TestApiClient::refusesUnreachableEngine()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ApiClient client(
        {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("skc_1"), QStringLiteral("s")});
    Waiter<qint64> test;
    client.testConnection(&m_context, test.callback());
    QVERIFY(test.wait());
    QCOMPARE(test.result->error().kind, ApiError::Kind::Network);
    QVERIFY2(test.result->error().message.contains(QStringLiteral("connection refused")),
             qPrintable(test.result->errorMessage()));
}

void TestApiClient::readsCamelCaseAndOmittedZeros()
{
    const QJsonObject camel = QJsonDocument::fromJson(R"({"id":"org_1","displayName":"Camel","externalId":"x",
        "createTime":"2025-02-15T06:23:44.560Z","metadata":{"someKey":"v"},
        "settings":{"features":[{"name":"sso","enabled":true},{"name":"dir_sync"}]}})")
                                  .object();
    const Organization org = Organization::fromJson(camel);
    QCOMPARE(org.displayName, QStringLiteral("Camel"));
    QCOMPARE(org.externalId, QStringLiteral("x"));
    QCOMPARE(org.createTime, QDateTime(QDate(2025, 2, 15), QTime(6, 23, 44, 560), Qt::UTC));
    QCOMPARE(org.metadata.value(QStringLiteral("someKey")), QStringLiteral("v")); // map keys untouched
    QCOMPARE(org.features.value(QStringLiteral("sso")), true);
    QCOMPARE(org.features.value(QStringLiteral("dir_sync"), true), false); // omitted false
    const Directory dir = Directory::fromJson(
        QJsonDocument::fromJson(R"({"id":"dir_1","totalUsers":"12","directoryProvider":"OKTA"})").object());
    QCOMPARE(dir.totalUsers, 12); // int64 as a string
    QCOMPARE(dir.totalGroups, 0); // omitted zero
    QCOMPARE(dir.enabled, false);
    QCOMPARE(dir.directoryProvider, QStringLiteral("OKTA"));
    QCOMPARE(JsonReader::camelCase(QStringLiteral("next_page_token")), QStringLiteral("nextPageToken"));
    // Connection.domains holds Domain messages, ListConnection.domains the names.
    const Connection full = Connection::fromJson(
        QJsonDocument::fromJson(R"({"id":"conn_1","domains":[{"id":"dom_1","domain":"a.example"}]})").object());
    QCOMPARE(full.domains, QStringList{QStringLiteral("a.example")});
    const Connection listed =
        Connection::fromJson(QJsonDocument::fromJson(R"({"id":"conn_1","domains":["b.example"]})").object());
    QCOMPARE(listed.domains, QStringList{QStringLiteral("b.example")});
}

void TestApiClient::parsesOAuthAndGrpcErrorBodies()
{
    const ApiError oauth =
        ApiError::fromHttp(429, R"({"error":"rate_limit_exceeded","error_description":"slow down"})", "7");
    QCOMPARE(oauth.kind, ApiError::Kind::RateLimited);
    QCOMPARE(oauth.retryAfterSeconds, 7);
    QCOMPARE(oauth.errorCode, QStringLiteral("rate_limit_exceeded"));
    QVERIFY(oauth.message.contains(QStringLiteral("slow down")));
    const ApiError grpc =
        ApiError::fromHttp(400,
                           R"({"code":3,"message":"invalid organization","details":[{"errorCode":"INVALID_ARGUMENT",
            "validationErrorInfo":{"fieldViolations":[{"field":"display_name","description":"value is required"}]}}]})");
    QCOMPARE(grpc.grpcCode, 3);
    QCOMPARE(grpc.errorCode, QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(grpc.violations, QStringList{QStringLiteral("display_name: value is required")});
    QCOMPARE(grpc.message, QStringLiteral("The request was refused as invalid (HTTP 400): invalid organization"));
    const ApiError html = ApiError::fromHttp(502, "<html>bad gateway</html>");
    QCOMPARE(html.kind, ApiError::Kind::Server);
    QCOMPARE(html.message, QStringLiteral("Server error (HTTP 502)"));
}

// A second engine serving https with a self-signed certificate: the client refuses it with a TLS error that
// names the reason, and sends nothing (no credentials) over the untrusted connection.
void TestApiClient::refusesAnUntrustedCertificate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"),
                   QStringLiteral("-x509"),
                   QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   key,
                   QStringLiteral("-out"),
                   cert,
                   QStringLiteral("-days"),
                   QStringLiteral("2"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    EngineHarness tlsEngine;
    QVERIFY2(tlsEngine.start([&](gatehouse::engine::EngineConfig& config) {
        config.tlsCert = cert;
        config.tlsKey = key;
    }),
             qPrintable(tlsEngine.lastError()));
    QVERIFY(tlsEngine.baseUrl().startsWith(QStringLiteral("https://")));
    ApiClient client({QUrl(tlsEngine.baseUrl()), tlsEngine.clientId(), tlsEngine.clientSecret(), 10000});
    Waiter<qint64> test;
    client.testConnection(&m_context, test.callback());
    QVERIFY(test.wait(20000));
    QVERIFY(!test.result->ok());
    QCOMPARE(test.result->error().kind, ApiError::Kind::Tls);
    QVERIFY2(test.result->error().message.contains(QStringLiteral("could not be verified")),
             qPrintable(test.result->error().message));
    QVERIFY2(test.result->error().message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(test.result->error().message));
}

void TestApiClient::renewsTheTokenAfterA401()
{
    std::unique_ptr<ApiClient> client(newClient());
    Waiter<Page<Organization>> first;
    client->listOrganizations({}, &m_context, first.callback());
    QVERIFY(first.wait() && first.result->ok());
    QCOMPARE(client->tokenRequestCount(), 1);
    // The engine's time moves past the token's expiry while the client still holds it (a suspended laptop, a
    // skewed clock): the call is answered 401, the client gets a new token once and the call succeeds.
    m_engine.clock().advanceSecs(2 * 3600);
    Waiter<Page<Organization>> second;
    client->listOrganizations({}, &m_context, second.callback());
    QVERIFY(second.wait());
    QVERIFY2(second.result->ok(), qPrintable(second.result->errorMessage()));
    QCOMPARE(client->tokenRequestCount(), 2);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
