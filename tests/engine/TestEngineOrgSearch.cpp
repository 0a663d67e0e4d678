// SearchOrganization (GET /api/v1/organizations:search): name, id and external id matched case-insensitively as
// substrings, LIKE wildcards taken literally, paging with page_size ≤ 30 and page_token, the total of matches,
// and the validation of query, page_size and page_token. Runs on SQLite, and on PostgreSQL
// (engine.org_search.postgres).
#include "EngineHarness.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace gatehouse;
using namespace gatehouse::engine;
using namespace gatehouse::engine::test;

class TestEngineOrgSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesNameIdAndExternalId();
    void wildcardsAreLiteral();
    void pagesThroughMatches();
    void validation();

private:
    QString create(const QString& name, const QString& externalId = {});
    HttpReply search(const QString& query, const QString& extra = {});
    static QStringList names(const HttpReply& reply);

    EngineHarness m_h;
    QString m_acmeId;
};

void TestEngineOrgSearch::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.lastError()));
    m_acmeId = create(QStringLiteral("Acme Corporation"), QStringLiteral("crm-ACME-42"));
    QVERIFY(!m_acmeId.isEmpty());
    QVERIFY(!create(QStringLiteral("Globex"), QStringLiteral("crm-globex")).isEmpty());
    QVERIFY(!create(QStringLiteral("100% Pure_Widgets")).isEmpty());
    QVERIFY(!create(QStringLiteral("100 Percent Widgets")).isEmpty());
    for (int i = 0; i < 35; ++i) {
        QVERIFY(!create(QStringLiteral("Bulk Tenant %1").arg(i, 2, 10, QLatin1Char('0'))).isEmpty());
    }
}

QString TestEngineOrgSearch::create(const QString& name, const QString& externalId)
{
    QJsonObject body{{QStringLiteral("display_name"), name}};
    if (!externalId.isEmpty()) {
        body.insert(QStringLiteral("external_id"), externalId);
    }
    const HttpReply r = m_h.api("POST", QStringLiteral("/api/v1/organizations"), QJsonDocument(body).toJson());
    return r.status == 201 ? r.json()[QStringLiteral("organization")][QStringLiteral("id")].toString() : QString();
}

HttpReply TestEngineOrgSearch::search(const QString& query, const QString& extra)
{
    QString path = QStringLiteral("/api/v1/organizations:search?query=")
                   + QString::fromLatin1(QUrl::toPercentEncoding(query));
    if (!extra.isEmpty()) {
        path += u'&' + extra;
    }
    return m_h.api("GET", path);
}

QStringList TestEngineOrgSearch::names(const HttpReply& reply)
{
    QStringList out;
    for (const QJsonValue& org : reply.json().value(QStringLiteral("organizations")).toArray()) {
        out.append(org[QStringLiteral("display_name")].toString());
    }
    return out;
}

void TestEngineOrgSearch::matchesNameIdAndExternalId()
{
    HttpReply r = search(QStringLiteral("acme"));
    QCOMPARE(r.status, 200);
    QCOMPARE(names(r), QStringList{QStringLiteral("Acme Corporation")});
    QCOMPARE(r.json().value(QStringLiteral("total_size")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("next_page_token")).toString(), QString());
    QVERIFY(r.json().contains(QStringLiteral("prev_page_token")));
    // Inside the name, any case.
    QCOMPARE(names(search(QStringLiteral("CORPORAT"))), QStringList{QStringLiteral("Acme Corporation")});
    // By id (whole or part) and by external id (part, any case).
    QCOMPARE(names(search(m_acmeId)), QStringList{QStringLiteral("Acme Corporation")});
    QCOMPARE(names(search(m_acmeId.right(6))), QStringList{QStringLiteral("Acme Corporation")});
    QCOMPARE(names(search(QStringLiteral("acme-42"))), QStringList{QStringLiteral("Acme Corporation")});
    QCOMPARE(names(search(QStringLiteral("crm-"))),
             (QStringList{QStringLiteral("Acme Corporation"), QStringLiteral("Globex")}));
    // Surrounding spaces are ignored; no match is an empty page.
    QCOMPARE(names(search(QStringLiteral("  globex  "))), QStringList{QStringLiteral("Globex")});
    r = search(QStringLiteral("initech"));
    QCOMPARE(r.status, 200);
    QVERIFY(names(r).isEmpty());
    QCOMPARE(r.json().value(QStringLiteral("total_size")).toInt(), 0);
}

void TestEngineOrgSearch::wildcardsAreLiteral()
{
    QCOMPARE(names(search(QStringLiteral("100%"))), QStringList{QStringLiteral("100% Pure_Widgets")});
    QCOMPARE(names(search(QStringLiteral("e_w"))), QStringList{QStringLiteral("100% Pure_Widgets")});
    QCOMPARE(names(search(QStringLiteral("t_w"))), QStringList()); // as a wildcard it would match "Percent Widgets"
    QCOMPARE(names(search(QStringLiteral("%%%"))), QStringList());
    QCOMPARE(names(search(QStringLiteral("___"))), QStringList());
    QCOMPARE(names(search(QStringLiteral("\\\\\\"))), QStringList());
}

void TestEngineOrgSearch::pagesThroughMatches()
{
    // page_size above 30 is clamped to 30.
    HttpReply r = search(QStringLiteral("bulk tenant"), QStringLiteral("page_size=100"));
    QCOMPARE(r.status, 200);
    QCOMPARE(names(r).size(), 30);
    QCOMPARE(r.json().value(QStringLiteral("total_size")).toInt(), 35);
    QStringList all = names(r);
    QString token = r.json().value(QStringLiteral("next_page_token")).toString();
    QVERIFY(!token.isEmpty());
    int pages = 1;
    while (!token.isEmpty()) {
        r = search(QStringLiteral("bulk tenant"),
                   QStringLiteral("page_size=7&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(token)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("total_size")).toInt(), 35);
        all += names(r);
        token = r.json().value(QStringLiteral("next_page_token")).toString();
        QVERIFY(++pages < 10);
    }
    QCOMPARE(all.size(), 35);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 35); // no duplicates
    QCOMPARE(all.first(), QStringLiteral("Bulk Tenant 00"));    // creation order
    QCOMPARE(all.last(), QStringLiteral("Bulk Tenant 34"));
    // The default page size is the list's (10).
    QCOMPARE(names(search(QStringLiteral("bulk tenant"))).size(), 10);
}

void TestEngineOrgSearch::validation()
{
    for (const QString& bad : {QString(), QStringLiteral("ab"), QStringLiteral("   ab  "), QString(101, u'x')}) {
        const HttpReply r = search(bad);
        QCOMPARE(r.status, 400);
        const QString body = QString::fromUtf8(r.body);
        QVERIFY2(body.contains(QStringLiteral("query")), r.body.constData());
    }
    QCOMPARE(search(QString(100, u'x')).status, 200);
    QCOMPARE(search(QStringLiteral("acme"), QStringLiteral("page_size=-1")).status, 400);
    QCOMPARE(search(QStringLiteral("acme"), QStringLiteral("page_token=bogus")).status, 400);
    QCOMPARE(m_h.api("GET", QStringLiteral("/api/v1/organizations:search")).status, 400);
    // Not without a token.
    QCOMPARE(m_h.request("GET", QStringLiteral("/api/v1/organizations:search?query=acme")).status, 401);
}

GATEHOUSE_ENGINE_TEST_MAIN(TestEngineOrgSearch)
#include "TestEngineOrgSearch.moc"
