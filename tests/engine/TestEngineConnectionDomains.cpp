// HTTP-level tests of connection domains (issue 9 item 3, issue 3): AssignDomainsToConnection (only VERIFIED
// domains of the connection's organization; a domain that stops being verified or is deleted leaves the
// connection), the domains in the Connection / ListConnection messages, home-realm discovery through assigned
// domains when an organization has several enabled connections (`domain`, `login_hint`; errors domain_not_found,
// invalid_user_domain, connection_not_active), the environment-level connection routes
// (/api/v1/connections/{connection_id}…) and ListOrganizationConnections / SearchOrganizationConnections
// (/api/v1/organizations/-/connections[:search]) and what an admin-portal session may call. Runs on SQLite, and
// on PostgreSQL as engine.connection_domains.postgres.
#include "EngineHarness.h"
#include "SsoTestSupport.h"
#include "TestMain.h"
#include "engine/api/DomainStore.h"
#include "engine/sso/LoginFlow.h"
#include "engine/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

namespace {

QUrlQuery q(std::initializer_list<std::pair<const char*, QString>> items)
{
    QUrlQuery out;
    for (const auto& [key, value] : items) {
        out.addQueryItem(QString::fromLatin1(key), value);
    }
    return out;
}

QByteArray idsBody(const QStringList& ids)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("domain_ids"), QJsonArray::fromStringList(ids)}})
        .toJson(QJsonDocument::Compact);
}

QStringList domainNames(const QJsonObject& connection)
{
    QStringList out;
    for (const QJsonValue& d : connection.value(QStringLiteral("domains")).toArray()) {
        out << (d.isObject() ? d.toObject().value(QStringLiteral("domain")).toString() : d.toString());
    }
    return out;
}

} // namespace

class TestEngineConnectionDomains : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void assignValidation_data();
    void assignValidation();
    void assignReplacesAndShows();
    void routing_data();
    void routing();
    void unverifiedOrDeletedDomainLeaves();
    void environmentRoutes();
    void organizationConnectionsPaged();
    void organizationConnectionsSearch();
    void portalSessions();

private:
    // An admin-portal session token of org with the given features query ("?features=sso").
    QString portalSession(const QString& org, const QString& features);
    HttpReply
    asSession(const QString& token, const QByteArray& method, const QString& path, const QByteArray& body = {});

    QString domainId(const QString& org, const QString& domain);
    QString assignPath(const QString& org, const QString& conn) const;
    // authorize with extra → the connection id the login started with, or the error code (prefixed "error:").
    QString route(const QUrlQuery& extra);

    EngineHarness m_h;
    std::unique_ptr<SsoTestSupport> m_sso;
    // Multi: three SAML connections A, B (enabled) and C (enabled, later disabled); verified a/b/c/d/free.test,
    // pending pending.test. Plain: two enabled connections and no assignments. Single: one connection.
    QString m_multi, m_connA, m_connB, m_connC;
    QString m_plain, m_plain1, m_plain2;
    QString m_single, m_singleConn;
    QString m_other; // another organization with its own verified domain other.test
};

QString TestEngineConnectionDomains::domainId(const QString& org, const QString& domain)
{
    const HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/domains"));
    for (const QJsonValue& d : r.json().value(QStringLiteral("domains")).toArray()) {
        if (d.toObject().value(QStringLiteral("domain")).toString() == domain) {
            return d.toObject().value(QStringLiteral("id")).toString();
        }
    }
    return {};
}

QString TestEngineConnectionDomains::assignPath(const QString& org, const QString& conn) const
{
    return QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/connections/") + conn
           + QStringLiteral("/domains");
}

QString TestEngineConnectionDomains::route(const QUrlQuery& extra)
{
    int status = 0;
    const QString location = m_sso->follow(m_sso->authorizeUrl(extra), &status);
    if (location.contains(QStringLiteral("/start?login="))) {
        const QString login = SsoTestSupport::queryOf(location).queryItemValue(QStringLiteral("login"));
        auto state = m_h.engine().loginFlow().load(login);
        return state.ok() ? state.value().connectionId : QStringLiteral("no login state");
    }
    const QUrlQuery answer = SsoTestSupport::queryOf(location);
    if (answer.queryItemValue(QStringLiteral("error_description")).isEmpty()) {
        return QStringLiteral("no description: ") + location;
    }
    return QStringLiteral("error:") + answer.queryItemValue(QStringLiteral("error"));
}

void TestEngineConnectionDomains::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_sso = std::make_unique<SsoTestSupport>(m_h);
    const QByteArray settings = R"({"redirect_uris":["http://localhost:3000/callback"]})";
    QVERIFY(m_sso->setSettings(settings));

    m_multi = m_sso->createOrganization(QStringLiteral("Multi"));
    for (const char* d : {"a.test", "b.test", "c.test", "d.test", "free.test"}) {
        m_sso->addDomain(m_multi, QString::fromLatin1(d), true);
    }
    m_sso->addDomain(m_multi, QStringLiteral("pending.test"), false);
    m_connA = m_sso->createSamlConnection(m_multi, m_sso->certificatePem, true, QStringLiteral("OKTA"));
    m_connB = m_sso->createSamlConnection(m_multi, m_sso->certificatePem, true, QStringLiteral("JUMPCLOUD"));
    m_connC = m_sso->createSamlConnection(m_multi, m_sso->certificatePem, true, QStringLiteral("ONELOGIN"));
    QVERIFY(!m_connA.isEmpty() && !m_connB.isEmpty() && !m_connC.isEmpty());

    m_plain = m_sso->createOrganization(QStringLiteral("Plain"));
    m_sso->addDomain(m_plain, QStringLiteral("plain.test"), true);
    m_plain1 = m_sso->createSamlConnection(m_plain, m_sso->certificatePem, true);
    m_plain2 = m_sso->createSamlConnection(m_plain, m_sso->certificatePem, true);
    QVERIFY(!m_plain1.isEmpty() && !m_plain2.isEmpty());

    m_single = m_sso->createOrganization(QStringLiteral("Single"));
    m_sso->addDomain(m_single, QStringLiteral("single.test"), true);
    m_sso->addDomain(m_single, QStringLiteral("single-two.test"), true);
    m_singleConn = m_sso->createSamlConnection(m_single, m_sso->certificatePem, true);
    QVERIFY(!m_singleConn.isEmpty());

    m_other = m_sso->createOrganization(QStringLiteral("Other"));
    m_sso->addDomain(m_other, QStringLiteral("other.test"), true);
    QVERIFY(!domainId(m_other, QStringLiteral("other.test")).isEmpty());
}

void TestEngineConnectionDomains::assignValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");      // the violation's field
    QTest::addColumn<QString>("mentioning"); // a word its description must contain
    QTest::newRow("not an id") << QByteArray(R"({"domain_ids":["a.test"]})") << QStringLiteral("domain_ids[0]")
                               << QStringLiteral("dom_");
    QTest::newRow("not a string") << QByteArray(R"({"domain_ids":[12]})") << QStringLiteral("domain_ids[0]")
                                  << QStringLiteral("dom_");
    QTest::newRow("not an array") << QByteArray(R"({"domain_ids":"dom_1"})") << QStringLiteral("domain_ids")
                                  << QString();
    QTest::newRow("unknown field") << QByteArray(R"({"domain_ids":[],"domains":["a.test"]})")
                                   << QStringLiteral("domains") << QString();
    const QString other = domainId(m_other, QStringLiteral("other.test"));
    QTest::newRow("another organization's domain")
        << idsBody({domainId(m_multi, QStringLiteral("a.test")), other}) << QStringLiteral("domain_ids[1]")
        << QStringLiteral("not a domain of organization");
    QTest::newRow("unknown domain") << idsBody({QStringLiteral("dom_123456789012345678")})
                                    << QStringLiteral("domain_ids[0]") << QStringLiteral("not a domain");
    QTest::newRow("pending domain") << idsBody({domainId(m_multi, QStringLiteral("pending.test"))})
                                    << QStringLiteral("domain_ids[0]")
                                    << QStringLiteral("not verified (status PENDING)");
    const QString a = domainId(m_multi, QStringLiteral("a.test"));
    QTest::newRow("duplicate") << idsBody({a, a}) << QStringLiteral("domain_ids[1]") << QStringLiteral("twice");
    QStringList many;
    for (int i = 0; i < 51; ++i) {
        many << QStringLiteral("dom_%1").arg(100000000000000000LL + i);
    }
    QTest::newRow("more than 50") << idsBody(many) << QStringLiteral("domain_ids") << QStringLiteral("at most 50");
}

void TestEngineConnectionDomains::assignValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, mentioning);
    const HttpReply r = m_h.api("PUT", assignPath(m_multi, m_connA), body);
    QCOMPARE(r.status, 400);
    bool found = false;
    const QJsonArray details = r.json().value(QStringLiteral("details")).toArray();
    const QByteArray text = r.body;
    for (const QJsonValue& detail : details) {
        const QJsonObject info = detail.toObject().value(QStringLiteral("validation_error_info")).toObject();
        for (const QJsonValue& v : info.value(QStringLiteral("field_violations")).toArray()) {
            if (v.toObject().value(QStringLiteral("field")).toString() == field
                && v.toObject().value(QStringLiteral("description")).toString().contains(mentioning)) {
                found = true;
            }
        }
    }
    QVERIFY2(found, text.constData());
    // Nothing was assigned.
    const HttpReply get =
        m_h.api("GET", QStringLiteral("/api/v1/organizations/") + m_multi + QStringLiteral("/connections/") + m_connA);
    QCOMPARE(get.status, 200);
    QVERIFY(domainNames(get.json().value(QStringLiteral("connection")).toObject()).isEmpty());
}

void TestEngineConnectionDomains::assignReplacesAndShows()
{
    const QString a = domainId(m_multi, QStringLiteral("a.test"));
    const QString b = domainId(m_multi, QStringLiteral("b.test"));
    const QString c = domainId(m_multi, QStringLiteral("c.test"));
    const QString d = domainId(m_multi, QStringLiteral("d.test"));
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !d.isEmpty());

    // Another organization's path cannot reach the connection.
    QCOMPARE(m_h.api("PUT", assignPath(m_other, m_connA), idsBody({})).status, 404);
    QCOMPARE(m_h.api("PUT", assignPath(m_multi, QStringLiteral("conn_123456789012345678")), idsBody({})).status, 404);
    QCOMPARE(m_h.api("PUT", assignPath(m_multi, QStringLiteral("nope")), idsBody({})).status, 400);

    HttpReply r = m_h.api("PUT", assignPath(m_multi, m_connA), idsBody({b, a}));
    QCOMPARE(r.status, 200);
    QJsonObject connection = r.json().value(QStringLiteral("connection")).toObject();
    QCOMPARE(connection.value(QStringLiteral("id")).toString(), m_connA);
    QCOMPARE(domainNames(connection), (QStringList{QStringLiteral("b.test"), QStringLiteral("a.test")}));
    // Connection.domains holds Domain messages.
    const QJsonObject first = connection.value(QStringLiteral("domains")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), b);
    QCOMPARE(first.value(QStringLiteral("organization_id")).toString(), m_multi);
    QCOMPARE(first.value(QStringLiteral("verification_status")).toString(), QStringLiteral("VERIFIED"));
    QVERIFY(!first.value(QStringLiteral("environment_id")).toString().isEmpty());

    // The set is replaced, not extended.
    r = m_h.api("PUT", assignPath(m_multi, m_connA), idsBody({a}));
    QCOMPARE(r.status, 200);
    QCOMPARE(domainNames(r.json().value(QStringLiteral("connection")).toObject()),
             QStringList{QStringLiteral("a.test")});
    QCOMPARE(m_h.api("PUT", assignPath(m_multi, m_connB), idsBody({b})).status, 200);
    QCOMPARE(m_h.api("PUT", assignPath(m_multi, m_connC), idsBody({c, d})).status, 200);

    // GET (organization and environment level) and the lists carry the domains.
    r = m_h.api("GET", QStringLiteral("/api/v1/organizations/") + m_multi + QStringLiteral("/connections/") + m_connC);
    QCOMPARE(domainNames(r.json().value(QStringLiteral("connection")).toObject()),
             (QStringList{QStringLiteral("c.test"), QStringLiteral("d.test")}));
    r = m_h.api("GET", QStringLiteral("/api/v1/connections/") + m_connB);
    QCOMPARE(r.status, 200);
    QCOMPARE(domainNames(r.json().value(QStringLiteral("connection")).toObject()),
             QStringList{QStringLiteral("b.test")});
    r = m_h.api("GET", QStringLiteral("/api/v1/connections?organization_id=") + m_multi);
    QCOMPARE(r.status, 200);
    QHash<QString, QStringList> listed;
    for (const QJsonValue& item : r.json().value(QStringLiteral("connections")).toArray()) {
        const QJsonObject object = item.toObject();
        QVERIFY(object.value(QStringLiteral("domains")).toArray().isEmpty()
                || object.value(QStringLiteral("domains")).toArray().first().isString()); // ListConnection: names
        listed.insert(object.value(QStringLiteral("id")).toString(), domainNames(object));
    }
    QCOMPARE(listed.value(m_connA), QStringList{QStringLiteral("a.test")});
    QCOMPARE(listed.value(m_connB), QStringList{QStringLiteral("b.test")});
    QCOMPARE(listed.value(m_connC), (QStringList{QStringLiteral("c.test"), QStringLiteral("d.test")}));

    // The change is audited.
    const QByteArray filter = QByteArray(R"({"organization_id":")") + m_multi.toLatin1() + QByteArray(R"("})");
    r = m_h.api("POST", QStringLiteral("/api/v1/events"), filter);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains("domain_ids") && r.body.contains(c.toLatin1()), r.body.constData());
}

void TestEngineConnectionDomains::routing_data()
{
    QTest::addColumn<QUrlQuery>("params");
    QTest::addColumn<QString>("expected"); // A/B/C/P1/S = that connection, otherwise "error:<code>"
    QTest::newRow("assigned domain A") << q({{"domain", QStringLiteral("a.test")}}) << QStringLiteral("A");
    QTest::newRow("assigned domain B") << q({{"domain", QStringLiteral("B.test")}}) << QStringLiteral("B");
    QTest::newRow("login_hint B") << q({{"login_hint", QStringLiteral("ada@b.test")}}) << QStringLiteral("B");
    QTest::newRow("login_hint C") << q({{"login_hint", QStringLiteral("ada@d.test")}}) << QStringLiteral("C");
    // Verified but assigned to none while the organization's connections have other domains.
    QTest::newRow("unassigned domain") << q({{"domain", QStringLiteral("free.test")}})
                                       << QStringLiteral("error:invalid_user_domain");
    QTest::newRow("login_hint unassigned")
        << q({{"login_hint", QStringLiteral("ada@free.test")}}) << QStringLiteral("error:invalid_user_domain");
    // Unverified domains never route, assigned or not.
    QTest::newRow("pending domain") << q({{"domain", QStringLiteral("pending.test")}})
                                    << QStringLiteral("error:domain_not_found");
    // Several enabled connections, none with a domain assigned.
    QTest::newRow("no assignments") << q({{"domain", QStringLiteral("plain.test")}})
                                    << QStringLiteral("error:domain_not_found");
    // One enabled connection: every verified domain of its organization (as before).
    QTest::newRow("single connection") << q({{"domain", QStringLiteral("single.test")}}) << QStringLiteral("S");
    // organization_id still picks the first active connection.
    QTest::newRow("organization_id") << q({{"organization_id", m_multi}, {"domain", QStringLiteral("b.test")}})
                                     << QStringLiteral("A");
}

void TestEngineConnectionDomains::routing()
{
    QFETCH(QUrlQuery, params);
    QFETCH(QString, expected);
    const QHash<QString, QString> names{{QStringLiteral("A"), m_connA},
                                        {QStringLiteral("B"), m_connB},
                                        {QStringLiteral("C"), m_connC},
                                        {QStringLiteral("S"), m_singleConn}};
    QCOMPARE(route(params), names.value(expected, expected));
}

void TestEngineConnectionDomains::unverifiedOrDeletedDomainLeaves()
{
    // Single's only connection gets single-two.test; losing verification removes it from the connection in the
    // same write (DomainStore::saveVerification), so the connection keeps only what is verified.
    const QString one = domainId(m_single, QStringLiteral("single.test"));
    const QString two = domainId(m_single, QStringLiteral("single-two.test"));
    QCOMPARE(m_h.api("PUT", assignPath(m_single, m_singleConn), idsBody({one, two})).status, 200);
    auto saved = m_h.engine().database().write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto found = DomainStore::find(db, m_single, two);
        if (!found.ok() || !found.value()) {
            return core::Error{QStringLiteral("test"), QStringLiteral("domain not found"), {}};
        }
        Domain d = *found.value();
        d.verificationStatus = QStringLiteral("PENDING");
        return DomainStore::saveVerification(db, d);
    });
    QVERIFY(saved.ok());
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/connections/") + m_singleConn);
    QCOMPARE(domainNames(r.json().value(QStringLiteral("connection")).toObject()),
             QStringList{QStringLiteral("single.test")});

    // Deleting an assigned domain (API) removes it from the connection: Multi's c.test leaves C.
    const QString c = domainId(m_multi, QStringLiteral("c.test"));
    r = m_h.api("DELETE", QStringLiteral("/api/v1/organizations/") + m_multi + QStringLiteral("/domains/") + c);
    QCOMPARE(r.status, 200);
    r = m_h.api("GET", QStringLiteral("/api/v1/connections/") + m_connC);
    QCOMPARE(domainNames(r.json().value(QStringLiteral("connection")).toObject()),
             QStringList{QStringLiteral("d.test")});
    QCOMPARE(route(q({{"domain", QStringLiteral("c.test")}})), QStringLiteral("error:domain_not_found"));

    // A domain assigned only to a disabled connection (others active): connection_not_active.
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/connections/") + m_connC + QStringLiteral(":disable")).status,
             200);
    QCOMPARE(route(q({{"domain", QStringLiteral("d.test")}})), QStringLiteral("error:connection_not_active"));
    QCOMPARE(route(q({{"domain", QStringLiteral("a.test")}})), m_connA);
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/connections/") + m_connC + QStringLiteral(":enable")).status,
             200);
    QCOMPARE(route(q({{"domain", QStringLiteral("d.test")}})), m_connC);
}

void TestEngineConnectionDomains::environmentRoutes()
{
    const QString orgPath = QStringLiteral("/api/v1/organizations/") + m_plain + QStringLiteral("/connections/");
    HttpReply viaOrg = m_h.api("GET", orgPath + m_plain2);
    HttpReply viaEnv = m_h.api("GET", QStringLiteral("/api/v1/connections/") + m_plain2);
    QCOMPARE(viaEnv.status, 200);
    QCOMPARE(viaEnv.json(), viaOrg.json());

    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/connections/conn_123456789012345678")).status, 404);
    const HttpReply bad = m_h.api("GET", QStringLiteral("/api/v1/connections/org_123"));
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("connection_id"));

    // UpdateEnvironmentConnection.
    HttpReply r = m_h.api(
        "PATCH", QStringLiteral("/api/v1/connections/") + m_plain2, R"({"ui_button_title":"Sign in with Plain"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("connection")][QStringLiteral("ui_button_title")].toString(),
             QStringLiteral("Sign in with Plain"));
    QCOMPARE(m_h.api("GET", orgPath + m_plain2)
                 .json()[QStringLiteral("connection")][QStringLiteral("ui_button_title")]
                 .toString(),
             QStringLiteral("Sign in with Plain"));
    const QByteArray nonsense = R"({"nonsense":1})";
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/connections/") + m_plain2, nonsense).status, 400);

    // Enable / disable.
    r = m_h.api("PATCH", QStringLiteral("/api/v1/connections/") + m_plain2 + QStringLiteral(":disable"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("enabled")].toBool(), false);
    QCOMPARE(
        m_h.api("GET", orgPath + m_plain2).json()[QStringLiteral("connection")][QStringLiteral("enabled")].toBool(),
        false);
    // With one enabled connection left, Plain's verified domain routes again.
    QCOMPARE(route(q({{"domain", QStringLiteral("plain.test")}})), m_plain1);
    r = m_h.api("PATCH", QStringLiteral("/api/v1/connections/") + m_plain2 + QStringLiteral(":enable"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("enabled")].toBool(), true);

    // DeleteEnvironmentConnection: a throwaway connection.
    const QString extra = m_sso->createSamlConnection(m_plain, m_sso->certificatePem, false);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/connections/") + extra).status, 200);
    QCOMPARE(m_h.api("GET", orgPath + extra).status, 404);
    QCOMPARE(m_h.api("DELETE", QStringLiteral("/api/v1/connections/") + extra).status, 404);
}

void TestEngineConnectionDomains::organizationConnectionsPaged()
{
    // Every connection of every organization (the dev seed may add its own), walked one per page.
    HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/organizations/-/connections"));
    QCOMPARE(r.status, 200);
    const int total = r.json().value(QStringLiteral("total_size")).toInt();
    QVERIFY(total >= 6);
    QCOMPARE(r.json().value(QStringLiteral("connections")).toArray().size(), std::min(total, 30));
    QSet<QString> seen;
    QString token;
    int pages = 0;
    do {
        r = m_h.api("GET", QStringLiteral("/api/v1/organizations/-/connections?page_size=2&page_token=") + token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("total_size")).toInt(), total);
        const QJsonArray items = r.json().value(QStringLiteral("connections")).toArray();
        QVERIFY(!items.isEmpty() && items.size() <= 2);
        for (const QJsonValue& item : items) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QVERIFY(!item.toObject().value(QStringLiteral("organization_name")).toString().isEmpty());
        }
        token = r.json().value(QStringLiteral("next_page_token")).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 100);
    QCOMPARE(seen.size(), total);
    for (const QString& id : {m_connA, m_connB, m_connC, m_plain1, m_plain2, m_singleConn}) {
        QVERIFY2(seen.contains(id), qPrintable(id));
    }
    QCOMPARE(pages, (total + 1) / 2);

    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/-/connections?page_size=31")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/-/connections?page_size=x")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/-/connections?page_token=garbage")).status, 400);
}

void TestEngineConnectionDomains::organizationConnectionsSearch()
{
    const QString base = QStringLiteral("/api/v1/organizations/-/connections:search");
    HttpReply r = m_h.api("GET", base + QStringLiteral("?query=") + m_connB);
    QCOMPARE(r.status, 200);
    QJsonArray items = r.json().value(QStringLiteral("connections")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[QStringLiteral("id")].toString(), m_connB);
    QCOMPARE(items.first()[QStringLiteral("organization_id")].toString(), m_multi);

    r = m_h.api("GET", base + QStringLiteral("?query=") + m_multi);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("total_size")).toInt(), 3);

    r = m_h.api("GET", base + QStringLiteral("?query=") + m_multi + QStringLiteral("&provider=jumpcloud"));
    items = r.json().value(QStringLiteral("connections")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[QStringLiteral("id")].toString(), m_connB);

    r = m_h.api("GET", base + QStringLiteral("?query=") + m_plain + QStringLiteral("&enabled=false"));
    QCOMPARE(r.json().value(QStringLiteral("total_size")).toInt(), 0);
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/connections/") + m_plain1 + QStringLiteral(":disable")).status,
             200);
    r = m_h.api("GET", base + QStringLiteral("?query=") + m_plain + QStringLiteral("&enabled=false"));
    items = r.json().value(QStringLiteral("connections")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[QStringLiteral("id")].toString(), m_plain1);
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/connections/") + m_plain1 + QStringLiteral(":enable")).status,
             200);

    r = m_h.api("GET",
                base + QStringLiteral("?query=") + m_single + QStringLiteral("&status=COMPLETED&connection_type=SAML"));
    items = r.json().value(QStringLiteral("connections")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[QStringLiteral("id")].toString(), m_singleConn);
    r = m_h.api("GET", base + QStringLiteral("?query=") + m_single + QStringLiteral("&status=DRAFT"));
    QCOMPARE(r.json().value(QStringLiteral("connections")).toArray().size(), 0);
    r = m_h.api("GET", base + QStringLiteral("?query=") + m_single + QStringLiteral("&connection_type=OIDC"));
    QCOMPARE(r.json().value(QStringLiteral("connections")).toArray().size(), 0);

    for (const QString& bad : {QStringLiteral("?query=acme"),
                               QStringLiteral("?provider=NOPE"),
                               QStringLiteral("?status=DONE"),
                               QStringLiteral("?connection_type=FTP"),
                               QStringLiteral("?enabled=maybe"),
                               QStringLiteral("?page_size=50")}) {
        r = m_h.api("GET", base + bad);
        QVERIFY2(r.status == 400, qPrintable(bad));
    }
}

QString TestEngineConnectionDomains::portalSession(const QString& org, const QString& features)
{
    HttpReply r =
        m_h.api("PUT", QStringLiteral("/api/v1/organizations/") + org + QStringLiteral("/portal_links") + features);
    const QJsonObject body{
        {QStringLiteral("link"), r.json()[QStringLiteral("link")][QStringLiteral("location")].toString()}};
    r = m_h.request("POST",
                    QStringLiteral("/api/v1/portal_sessions"),
                    QJsonDocument(body).toJson(),
                    {{"Content-Type", "application/json"}});
    return r.json()[QStringLiteral("session_token")].toString();
}

HttpReply TestEngineConnectionDomains::asSession(const QString& token,
                                                 const QByteArray& method,
                                                 const QString& path,
                                                 const QByteArray& body)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token.toLatin1()}};
    if (!body.isEmpty()) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    return m_h.request(method, path, body, headers);
}

void TestEngineConnectionDomains::portalSessions()
{
    // The customer's admin portal (feature sso) assigns its own organization's domains; the environment-level
    // and all-organizations routes are for the environment's API clients only.
    const QString sso = portalSession(m_multi, QStringLiteral("?features=sso"));
    QVERIFY(!sso.isEmpty());
    const QString a = domainId(m_multi, QStringLiteral("a.test"));
    HttpReply r = asSession(sso, "PUT", assignPath(m_multi, m_connA), idsBody({a}));
    QCOMPARE(r.status, 200);
    QCOMPARE(domainNames(r.json().value(QStringLiteral("connection")).toObject()),
             QStringList{QStringLiteral("a.test")});
    QCOMPARE(asSession(sso, "PUT", assignPath(m_plain, m_plain1), idsBody({})).status, 403);
    QCOMPARE(asSession(sso, "GET", QStringLiteral("/api/v1/connections/") + m_connA).status, 403);
    QCOMPARE(
        asSession(sso, "PATCH", QStringLiteral("/api/v1/connections/") + m_connA + QStringLiteral(":disable")).status,
        403);
    QCOMPARE(asSession(sso, "DELETE", QStringLiteral("/api/v1/connections/") + m_connA).status, 403);
    QCOMPARE(asSession(sso, "GET", QStringLiteral("/api/v1/organizations/-/connections")).status, 403);
    QCOMPARE(
        asSession(sso, "GET", QStringLiteral("/api/v1/organizations/-/connections:search?query=") + m_multi).status,
        403);
    const QString dirSync = portalSession(m_multi, QStringLiteral("?features=dir_sync"));
    QVERIFY(!dirSync.isEmpty());
    QCOMPARE(asSession(dirSync, "PUT", assignPath(m_multi, m_connA), idsBody({a})).status, 403);
    // Still assigned, still routing.
    QCOMPARE(route(q({{"domain", QStringLiteral("a.test")}})), m_connA);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineConnectionDomains)
#include "TestEngineConnectionDomains.moc"
