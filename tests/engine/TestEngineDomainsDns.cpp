// Domain verification against a real DNS server (dnsmasq on 127.0.0.x:53, started by the test), at HTTP level.
// Runs on SQLite, and on PostgreSQL when GATEHOUSE_TEST_BACKEND=postgres (ctest entry engine.domains_dns.postgres).
// Skips (exit code 77) when dnsmasq is missing or port 53 cannot be bound.
#include "EngineHarness.h"
#include "TestMain.h"
#include "net/DnsTxtLookup.h"
#include "net/DomainChallenge.h"
#include "support/Dnsmasq.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUdpSocket>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;
using gatehouse::test::Dnsmasq;

class TestEngineDomainsDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void correctRecord();
    void correctRecordAmongSeveral();
    void multiStringRecord();
    void caseAndTrailingDotTolerated();
    void wrongValueIsShown();
    void nxdomain();
    void nameWithoutTxt();
    void timeout();
    void deadServerThenWorkingOne();
    void recordAppearingLaterIsFoundByRecheck();
    void failedAfterWindowAndRestarted();
    void anotherOrganizationCannotClaim();
    void manualVerification();
    void listWithDetails();
    void cliCheck();
    void cleanupTestCase();

private:
    QString createOrganization();
    QJsonObject createDomain(const QString& org, const QString& name);
    QJsonObject verify(const QString& org, const QString& id);
    QJsonObject get(const QString& org, const QString& id);
    QStringList eventTypes(const QString& org);
    bool serve(const QList<Dnsmasq::Txt>& records);
    bool startEngine(const QList<QHostAddress>& resolvers);

    Dnsmasq m_dns;
    QUdpSocket m_silent; // a "DNS server" that never answers
    EngineHarness m_h;
    int m_counter = 0;
};

void TestEngineDomainsDns::initTestCase()
{
    const QString reason = Dnsmasq::unavailableReason();
    if (!reason.isEmpty()) {
        // scripts/test (and so CI) sets GATEHOUSE_REQUIRE_DNS_TESTS: there a missing DNS server is a failure.
        if (qEnvironmentVariableIsSet("GATEHOUSE_REQUIRE_DNS_TESTS")) {
            QFAIL(qPrintable(reason));
        }
        QSKIP(qPrintable(reason));
    }
    QVERIFY2(serve({}), qPrintable(m_dns.lastError()));
    QHostAddress silent;
    QVERIFY(Dnsmasq::freeLoopback(&silent, {m_dns.address()}));
    QVERIFY(m_silent.bind(silent, 53));
    QVERIFY2(startEngine({m_dns.address()}), qPrintable(m_h.lastError()));
}

bool TestEngineDomainsDns::startEngine(const QList<QHostAddress>& resolvers)
{
    m_h.stop();
    return m_h.start([&](EngineConfig& c) {
        c.dnsResolvers = resolvers;
        c.dnsTimeoutMs = 700;
        c.domainRecheckSecs = 1;
        c.domainVerificationWindowSecs = 3600;
    });
}

void TestEngineDomainsDns::cleanupTestCase()
{
    m_h.stop();
    m_dns.stop();
}

bool TestEngineDomainsDns::serve(const QList<Dnsmasq::Txt>& records)
{
    return m_dns.start(records);
}

QString TestEngineDomainsDns::createOrganization()
{
    const HttpReply r = m_h.api("POST",
                                QStringLiteral("/api/v1/organizations"),
                                QStringLiteral(R"({"display_name":"DNS org %1"})").arg(++m_counter).toUtf8());
    return r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString();
}

QJsonObject TestEngineDomainsDns::createDomain(const QString& org, const QString& name)
{
    const HttpReply r = m_h.api("POST",
                                QStringLiteral("/api/v1/organizations/%1/domains").arg(org),
                                QStringLiteral(R"({"domain":"%1"})").arg(name).toUtf8());
    return r.status == 201 ? r.json()[QStringLiteral("domain")].toObject() : QJsonObject{};
}

QJsonObject TestEngineDomainsDns::verify(const QString& org, const QString& id)
{
    const HttpReply r = m_h.api("PATCH", QStringLiteral("/api/v1/organizations/%1/domains/%2:verify").arg(org, id));
    return r.status == 200 ? r.json() : QJsonObject{{QStringLiteral("http_status"), r.status}};
}

QJsonObject TestEngineDomainsDns::get(const QString& org, const QString& id)
{
    const HttpReply r = m_h.api("GET", QStringLiteral("/api/v1/organizations/%1/domains/%2").arg(org, id));
    return r.json()[QStringLiteral("domain")].toObject();
}

QStringList TestEngineDomainsDns::eventTypes(const QString& org)
{
    const HttpReply r = m_h.api("POST",
                                QStringLiteral("/api/v1/events?page_size=100"),
                                QStringLiteral(R"({"organization_id":"%1"})").arg(org).toUtf8());
    QStringList out;
    for (const QJsonValue& e : r.json()[QStringLiteral("events")].toArray()) {
        out << e[QStringLiteral("type")].toString();
    }
    return out;
}

static QString details(const QJsonObject& domain, const char* key)
{
    return domain[QStringLiteral("verification_details")][QLatin1String(key)].toString();
}

void TestEngineDomainsDns::correctRecord()
{
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("good.example.test"));
    QCOMPARE(d[QStringLiteral("txt_record_key")].toString(), QStringLiteral("_gatehouse-challenge.good.example.test"));
    const QString value = d[QStringLiteral("txt_record_secret")].toString();
    QVERIFY(value.startsWith(QStringLiteral("gatehouse-verification=")));
    QCOMPARE(d[QStringLiteral("verification_status")].toString(), QStringLiteral("PENDING"));
    QVERIFY2(serve({{d[QStringLiteral("txt_record_key")].toString(), {value}}}), qPrintable(m_dns.lastError()));

    const QJsonObject result = verify(org, d[QStringLiteral("id")].toString());
    QCOMPARE(result[QStringLiteral("verified")].toBool(), true);
    const QJsonObject after = get(org, d[QStringLiteral("id")].toString());
    QCOMPARE(after[QStringLiteral("verification_status")].toString(), QStringLiteral("VERIFIED"));
    QCOMPARE(after[QStringLiteral("verification_method")].toString(), QStringLiteral("DNS"));
    QCOMPARE(details(after, "reason"), QStringLiteral("verified"));
    QCOMPARE(details(after, "resolver"), m_dns.address().toString());
    QVERIFY(!details(after, "verified_time").isEmpty());
    QVERIFY(eventTypes(org).contains(QStringLiteral("organization.domain_verified")));
    // Verifying again answers at once without DNS.
    QCOMPARE(verify(org, d[QStringLiteral("id")].toString())[QStringLiteral("verified")].toBool(), true);
}

void TestEngineDomainsDns::correctRecordAmongSeveral()
{
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("several.example.test"));
    const QString key = d[QStringLiteral("txt_record_key")].toString();
    QVERIFY(serve({{key, {QStringLiteral("v=spf1 -all")}},
                   {key, {QStringLiteral("google-site-verification=abc")}},
                   {key, {d[QStringLiteral("txt_record_secret")].toString()}}}));
    QCOMPARE(verify(org, d[QStringLiteral("id")].toString())[QStringLiteral("verified")].toBool(), true);
}

void TestEngineDomainsDns::multiStringRecord()
{
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("multi.example.test"));
    const QString value = d[QStringLiteral("txt_record_secret")].toString();
    QVERIFY(serve({{d[QStringLiteral("txt_record_key")].toString(), {value.left(30), value.mid(30)}}}));
    QCOMPARE(verify(org, d[QStringLiteral("id")].toString())[QStringLiteral("verified")].toBool(), true);
}

void TestEngineDomainsDns::caseAndTrailingDotTolerated()
{
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("Case.Example.Test"));
    QCOMPARE(d[QStringLiteral("domain")].toString(), QStringLiteral("case.example.test"));
    const QString value = d[QStringLiteral("txt_record_secret")].toString();
    const QString shouted = QStringLiteral("GATEHOUSE-VERIFICATION=") + value.section(u'=', 1);
    QVERIFY(serve({{QStringLiteral("_GATEHOUSE-CHALLENGE.CASE.EXAMPLE.TEST"), {shouted}}}));
    QCOMPARE(verify(org, d[QStringLiteral("id")].toString())[QStringLiteral("verified")].toBool(), true);
}

void TestEngineDomainsDns::wrongValueIsShown()
{
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("wrong.example.test"));
    QVERIFY(serve({{d[QStringLiteral("txt_record_key")].toString(), {QStringLiteral("gatehouse-verification=old")}}}));
    const QJsonObject result = verify(org, d[QStringLiteral("id")].toString());
    QCOMPARE(result[QStringLiteral("verified")].toBool(), false);
    const QJsonObject domain = result[QStringLiteral("domain")].toObject();
    QCOMPARE(domain[QStringLiteral("verification_status")].toString(), QStringLiteral("PENDING"));
    QCOMPARE(details(domain, "reason"), QStringLiteral("value_mismatch"));
    QVERIFY(details(domain, "message").contains(QStringLiteral("gatehouse-verification=old")));
    QCOMPARE(domain[QStringLiteral("verification_details")][QStringLiteral("records_seen")].toArray(),
             QJsonArray{QStringLiteral("gatehouse-verification=old")});
}

void TestEngineDomainsDns::nxdomain()
{
    QVERIFY(serve({}));
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("missing.example.test"));
    const QJsonObject result = verify(org, d[QStringLiteral("id")].toString());
    QCOMPARE(result[QStringLiteral("verified")].toBool(), false);
    QCOMPARE(details(result[QStringLiteral("domain")].toObject(), "reason"), QStringLiteral("nxdomain"));
    QVERIFY(details(result[QStringLiteral("domain")].toObject(), "message").contains(QStringLiteral("Create a TXT")));
}

void TestEngineDomainsDns::nameWithoutTxt()
{
    QVERIFY(serve({}));
    const QString org = createOrganization();
    // _gatehouse-challenge.nodata.example.test does not exist, so ask for the name that has an A record only.
    const QJsonObject d = createDomain(org, QStringLiteral("example.test"));
    QVERIFY(!d.isEmpty());
    const net::TxtLookupResult lookup =
        net::DnsTxtLookup::run(QStringLiteral("nodata.example.test"), {m_dns.address()}, 2000);
    QCOMPARE(lookup.statusCode(), QStringLiteral("no_txt_record"));
    const auto outcome = net::DomainChallenge::evaluate(lookup, d[QStringLiteral("txt_record_secret")].toString());
    QCOMPARE(outcome.verified, false);
    QCOMPARE(outcome.reason, QStringLiteral("no_txt_record"));
}

void TestEngineDomainsDns::timeout()
{
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("slow.example.test"));
    QVERIFY(startEngine({m_silent.localAddress()}));
    QElapsedTimer clock;
    clock.start();
    const QJsonObject result = verify(org, d[QStringLiteral("id")].toString());
    QVERIFY2(clock.elapsed() < 5000, "the lookup timeout must bound the request");
    QCOMPARE(result[QStringLiteral("verified")].toBool(), false);
    QCOMPARE(details(result[QStringLiteral("domain")].toObject(), "reason"), QStringLiteral("timeout"));
    QVERIFY(startEngine({m_dns.address()}));
}

void TestEngineDomainsDns::deadServerThenWorkingOne()
{
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("fallback.example.test"));
    QVERIFY(
        serve({{d[QStringLiteral("txt_record_key")].toString(), {d[QStringLiteral("txt_record_secret")].toString()}}}));
    QVERIFY(startEngine({m_silent.localAddress(), m_dns.address()}));
    const QJsonObject result = verify(org, d[QStringLiteral("id")].toString());
    QCOMPARE(result[QStringLiteral("verified")].toBool(), true);
    QCOMPARE(details(result[QStringLiteral("domain")].toObject(), "resolver"), m_dns.address().toString());
    QVERIFY(startEngine({m_dns.address()}));
}

void TestEngineDomainsDns::recordAppearingLaterIsFoundByRecheck()
{
    QVERIFY(serve({}));
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("later.example.test"));
    const QString id = d[QStringLiteral("id")].toString();
    QCOMPARE(details(verify(org, id)[QStringLiteral("domain")].toObject(), "reason"), QStringLiteral("nxdomain"));
    QVERIFY(
        serve({{d[QStringLiteral("txt_record_key")].toString(), {d[QStringLiteral("txt_record_secret")].toString()}}}));
    m_h.clock().advanceSecs(5);
    m_h.forgetToken();
    QTRY_COMPARE_WITH_TIMEOUT(
        get(org, id)[QStringLiteral("verification_status")].toString(), QStringLiteral("VERIFIED"), 15000);
    QVERIFY(eventTypes(org).contains(QStringLiteral("organization.domain_verified")));
}

void TestEngineDomainsDns::failedAfterWindowAndRestarted()
{
    QVERIFY(serve({}));
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("expired.example.test"));
    const QString id = d[QStringLiteral("id")].toString();
    m_h.clock().advanceSecs(3601);
    m_h.forgetToken();
    QTRY_COMPARE_WITH_TIMEOUT(
        get(org, id)[QStringLiteral("verification_status")].toString(), QStringLiteral("FAILED"), 15000);
    QVERIFY(eventTypes(org).contains(QStringLiteral("organization.domain_verification_failed")));
    QVERIFY(details(get(org, id), "message").contains(QStringLiteral("restart")));

    const HttpReply restarted =
        m_h.api("PATCH", QStringLiteral("/api/v1/organizations/%1/domains/%2:restart_verification").arg(org, id));
    QCOMPARE(restarted.status, 200);
    const QJsonObject fresh = restarted.json()[QStringLiteral("domain")].toObject();
    QCOMPARE(fresh[QStringLiteral("verification_status")].toString(), QStringLiteral("PENDING"));
    QVERIFY(fresh[QStringLiteral("txt_record_secret")].toString() != d[QStringLiteral("txt_record_secret")].toString());
    QVERIFY(serve({{fresh[QStringLiteral("txt_record_key")].toString(),
                    {fresh[QStringLiteral("txt_record_secret")].toString()}}}));
    QCOMPARE(verify(org, id)[QStringLiteral("verified")].toBool(), true);
}

void TestEngineDomainsDns::anotherOrganizationCannotClaim()
{
    const QString first = createOrganization();
    const QString second = createOrganization();
    const QJsonObject early = createDomain(second, QStringLiteral("contested.example.test")); // pending claim
    const QJsonObject d = createDomain(first, QStringLiteral("contested.example.test"));
    QVERIFY(!early.isEmpty() && !d.isEmpty());
    const QString key = d[QStringLiteral("txt_record_key")].toString();
    QVERIFY(serve({{key, {d[QStringLiteral("txt_record_secret")].toString()}},
                   {key, {early[QStringLiteral("txt_record_secret")].toString()}}}));
    QCOMPARE(verify(first, d[QStringLiteral("id")].toString())[QStringLiteral("verified")].toBool(), true);

    // The other organization's pending claim cannot be verified, even with its record in DNS.
    const QJsonObject result = verify(second, early[QStringLiteral("id")].toString());
    QCOMPARE(result[QStringLiteral("verified")].toBool(), false);
    QCOMPARE(details(result[QStringLiteral("domain")].toObject(), "reason"),
             QStringLiteral("claimed_by_another_organization"));
    // Nor manually, and a third organization cannot even add it.
    QCOMPARE(m_h.api("PATCH",
                     QStringLiteral("/api/v1/organizations/%1/domains/%2:verify_manually")
                         .arg(second, early[QStringLiteral("id")].toString()))
                 .status,
             409);
    const QString third = createOrganization();
    const HttpReply refused = m_h.api("POST",
                                      QStringLiteral("/api/v1/organizations/%1/domains").arg(third),
                                      R"({"domain":"contested.example.test"})");
    QCOMPARE(refused.status, 409);
    // A sub-domain is a separate domain.
    QVERIFY(!createDomain(third, QStringLiteral("eu.contested.example.test")).isEmpty());
}

void TestEngineDomainsDns::manualVerification()
{
    const QString org = createOrganization();
    const QJsonObject d = createDomain(org, QStringLiteral("manual.example.test"));
    const QString id = d[QStringLiteral("id")].toString();
    const HttpReply r =
        m_h.api("PATCH", QStringLiteral("/api/v1/organizations/%1/domains/%2:verify_manually").arg(org, id));
    QCOMPARE(r.status, 200);
    const QJsonObject domain = r.json()[QStringLiteral("domain")].toObject();
    QCOMPARE(domain[QStringLiteral("verification_status")].toString(), QStringLiteral("VERIFIED"));
    QCOMPARE(domain[QStringLiteral("verification_method")].toString(), QStringLiteral("ADMIN"));
    QVERIFY(eventTypes(org).contains(QStringLiteral("organization.domain_verified")));
    // Restarting a verified domain is refused.
    QCOMPARE(m_h.api("PATCH", QStringLiteral("/api/v1/organizations/%1/domains/%2:restart_verification").arg(org, id))
                 .status,
             400);
}

void TestEngineDomainsDns::listWithDetails()
{
    const QString org = createOrganization();
    createDomain(org, QStringLiteral("list.example.test"));
    const HttpReply plain = m_h.api("GET", QStringLiteral("/api/v1/organizations/%1/domains").arg(org));
    QCOMPARE(plain.status, 200);
    const QJsonObject first = plain.json()[QStringLiteral("domains")].toArray().first().toObject();
    QVERIFY(!first.contains(QStringLiteral("verification_details")));
    const HttpReply detailed = m_h.api(
        "GET", QStringLiteral("/api/v1/organizations/%1/domains?include=verification_details&page_number=0").arg(org));
    QCOMPARE(detailed.status, 200);
    const QJsonObject withDetails = detailed.json()[QStringLiteral("domains")].toArray().first().toObject();
    QCOMPARE(
        withDetails[QStringLiteral("verification_details")][QStringLiteral("expected_record")][QStringLiteral("name")]
            .toString(),
        QStringLiteral("_gatehouse-challenge.list.example.test"));
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations/%1/domains?include=everything").arg(org)).status,
             400);
}

void TestEngineDomainsDns::cliCheck()
{
    QVERIFY(serve(
        {{QStringLiteral("_gatehouse-challenge.cli.example.test"), {QStringLiteral("gatehouse-verification=abc")}}}));
    const auto run = [&](const QStringList& extra, QByteArray* out) {
        QProcess p;
        p.start(QStringLiteral(GATEHOUSE_CLI_PATH),
                QStringList{QStringLiteral("domains"), QStringLiteral("check")} + extra
                    + QStringList{QStringLiteral("--resolver"), m_dns.address().toString()});
        p.waitForFinished(20000);
        *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("cli.example.test"),
                  QStringLiteral("--expect"),
                  QStringLiteral("gatehouse-verification=abc")},
                 &out),
             0);
    QVERIFY2(out.contains("gatehouse-verification=abc"), out.constData());
    QCOMPARE(run({QStringLiteral("cli.example.test"),
                  QStringLiteral("--expect"),
                  QStringLiteral("gatehouse-verification=zzz")},
                 &out),
             1);
    QVERIFY2(out.contains("none is"), out.constData());
    QCOMPARE(run({QStringLiteral("nothere.example.test"), QStringLiteral("--format"), QStringLiteral("json")}, &out),
             1);
    QCOMPARE(QJsonDocument::fromJson(out)[QStringLiteral("status")].toString(), QStringLiteral("nxdomain"));
    QCOMPARE(run({QStringLiteral("cli.example.test"), QStringLiteral("--resolver"), QStringLiteral("not-an-ip")}, &out),
             2);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineDomainsDns)
#include "TestEngineDomainsDns.moc"
