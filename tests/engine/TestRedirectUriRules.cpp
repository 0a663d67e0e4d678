// Unit tests of the redirect URI rules (seed-inventory §11): validation in development and production, and
// matching (exact, wildcard).
#include "engine/sso/RedirectUriRules.h"

#include <QTest>

using gatehouse::engine::RedirectUriRules;

class TestRedirectUriRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void matching_data();
    void matching();
};

void TestRedirectUriRules::check_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("development");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://app.acme.com/callback") << false << true;
    QTest::newRow("https port") << QStringLiteral("https://app.acme.com:8443/cb") << false << true;
    QTest::newRow("http prod") << QStringLiteral("http://app.acme.com/cb") << false << false;
    QTest::newRow("http dev") << QStringLiteral("http://app.acme.com/cb") << true << true;
    QTest::newRow("localhost dev") << QStringLiteral("http://localhost:3000/callback") << true << true;
    QTest::newRow("localhost prod") << QStringLiteral("https://localhost/callback") << false << false;
    QTest::newRow("loopback prod") << QStringLiteral("https://127.0.0.1/callback") << false << false;
    QTest::newRow("ipv6 loopback prod") << QStringLiteral("https://[::1]/callback") << false << false;
    QTest::newRow("query") << QStringLiteral("https://app.acme.com/cb?a=b") << true << false;
    QTest::newRow("empty query") << QStringLiteral("https://app.acme.com/cb?") << true << false;
    QTest::newRow("fragment") << QStringLiteral("https://app.acme.com/cb#x") << true << false;
    QTest::newRow("257 chars") << (QStringLiteral("https://acme.com/") + QString(240, u'a')) << true << false;
    QTest::newRow("256 chars") << (QStringLiteral("https://acme.com/") + QString(239, u'a')) << true << true;
    QTest::newRow("user info") << QStringLiteral("https://user@acme.com/cb") << true << false;
    QTest::newRow("no scheme") << QStringLiteral("acme.com/cb") << true << false;
    QTest::newRow("space") << QStringLiteral("https://acme.com/a b") << true << false;
    QTest::newRow("custom scheme") << QStringLiteral("myapp://callback") << true << false;
    QTest::newRow("wildcard subdomain dev") << QStringLiteral("https://*.acmecorp.com/cb") << true << true;
    QTest::newRow("wildcard prefix dev") << QStringLiteral("https://auth-*.acmecorp.com/cb") << true << true;
    QTest::newRow("wildcard inner label") << QStringLiteral("https://*.auth.acmecorp.com") << true << true;
    QTest::newRow("wildcard prod") << QStringLiteral("https://*.acmecorp.com/cb") << false << false;
    QTest::newRow("wildcard root") << QStringLiteral("https://*.com") << true << false;
    QTest::newRow("two wildcards") << QStringLiteral("https://*.*.acmecorp.com") << true << false;
    QTest::newRow("wildcard not leftmost") << QStringLiteral("https://auth.*.acmecorp.com") << true << false;
    QTest::newRow("wildcard middle") << QStringLiteral("https://acmecorp.*.com") << true << false;
    QTest::newRow("wildcard in path") << QStringLiteral("https://acmecorp.com/*") << true << false;
    QTest::newRow("bad host") << QStringLiteral("https://ac_me.com/cb") << true << false;
    QTest::newRow("empty") << QString() << true << false;
}

void TestRedirectUriRules::check()
{
    QFETCH(QString, uri);
    QFETCH(bool, development);
    QFETCH(bool, accepted);
    const auto problem = RedirectUriRules::check(uri, development);
    QVERIFY2(problem.has_value() != accepted, qPrintable(problem.value_or(QStringLiteral("accepted"))));
}

void TestRedirectUriRules::matching_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << QStringLiteral("https://a.com/cb") << QStringLiteral("https://a.com/cb") << true;
    QTest::newRow("trailing slash") << QStringLiteral("https://a.com/cb") << QStringLiteral("https://a.com/cb/")
                                    << false;
    QTest::newRow("case of path") << QStringLiteral("https://a.com/cb") << QStringLiteral("https://a.com/CB") << false;
    QTest::newRow("query added") << QStringLiteral("https://a.com/cb") << QStringLiteral("https://a.com/cb?x=1")
                                 << false;
    QTest::newRow("wildcard one label") << QStringLiteral("https://*.acme.com/cb")
                                        << QStringLiteral("https://t1.acme.com/cb") << true;
    QTest::newRow("wildcard two labels") << QStringLiteral("https://*.acme.com/cb")
                                         << QStringLiteral("https://a.b.acme.com/cb") << false;
    QTest::newRow("wildcard apex") << QStringLiteral("https://*.acme.com/cb") << QStringLiteral("https://acme.com/cb")
                                   << false;
    QTest::newRow("wildcard other path") << QStringLiteral("https://*.acme.com/cb")
                                         << QStringLiteral("https://t1.acme.com/other") << false;
    QTest::newRow("wildcard other scheme")
        << QStringLiteral("https://*.acme.com/cb") << QStringLiteral("http://t1.acme.com/cb") << false;
    QTest::newRow("wildcard prefix") << QStringLiteral("https://auth-*.acme.com/cb")
                                     << QStringLiteral("https://auth-eu.acme.com/cb") << true;
    QTest::newRow("wildcard prefix missing")
        << QStringLiteral("https://auth-*.acme.com/cb") << QStringLiteral("https://eu.acme.com/cb") << false;
    QTest::newRow("wildcard user info") << QStringLiteral("https://*.acme.com/cb")
                                        << QStringLiteral("https://evil.com@t1.acme.com/cb") << false;
    QTest::newRow("wildcard evil suffix")
        << QStringLiteral("https://*.acme.com/cb") << QStringLiteral("https://t1.acme.com.evil.com/cb") << false;
}

void TestRedirectUriRules::matching()
{
    QFETCH(QString, registered);
    QFETCH(QString, candidate);
    QFETCH(bool, matches);
    QCOMPARE(RedirectUriRules::matches(registered, candidate), matches);
}

QTEST_GUILESS_MAIN(TestRedirectUriRules)
#include "TestRedirectUriRules.moc"
