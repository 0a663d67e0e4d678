// The domain-verification decision on what DNS returned (pure; the real DNS cases are in engine.domains_dns).
#include "net/DomainChallenge.h"

#include <QTest>

using namespace gatehouse::net;

class TestDomainChallenge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void matches_data();
    void matches();
    void evaluate();
};

void TestDomainChallenge::names()
{
    QCOMPARE(DomainChallenge::recordName(QStringLiteral(" Example.COM. ")),
             QStringLiteral("_gatehouse-challenge.example.com"));
    QCOMPARE(DomainChallenge::normalizeName(QStringLiteral("a.b..")), QStringLiteral("a.b"));
}

void TestDomainChallenge::matches_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("expected");
    QTest::newRow("exact") << QStringLiteral("gatehouse-verification=AbC123") << true;
    QTest::newRow("prefix case") << QStringLiteral("Gatehouse-Verification=AbC123") << true;
    QTest::newRow("quoted") << QStringLiteral("\"gatehouse-verification=AbC123\"") << true;
    QTest::newRow("spaces") << QStringLiteral("  gatehouse-verification=AbC123 ") << true;
    QTest::newRow("token case differs") << QStringLiteral("gatehouse-verification=abc123") << false;
    QTest::newRow("token prefix only") << QStringLiteral("gatehouse-verification=AbC12") << false;
    QTest::newRow("token longer") << QStringLiteral("gatehouse-verification=AbC1234") << false;
    QTest::newRow("other prefix") << QStringLiteral("scalekit-verification=AbC123") << false;
    QTest::newRow("no prefix") << QStringLiteral("AbC123") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDomainChallenge::matches()
{
    QFETCH(QString, record);
    QFETCH(bool, expected);
    QCOMPARE(DomainChallenge::matches(record, QStringLiteral("gatehouse-verification=AbC123")), expected);
}

void TestDomainChallenge::evaluate()
{
    TxtLookupResult lookup;
    lookup.name = QStringLiteral("_gatehouse-challenge.example.com");
    lookup.resolver = QStringLiteral("192.0.2.53");
    lookup.status = TxtLookupResult::Status::Answered;
    lookup.records = {QStringLiteral("v=spf1 -all"), QStringLiteral("gatehouse-verification=xyz")};
    auto outcome = DomainChallenge::evaluate(lookup, QStringLiteral("gatehouse-verification=xyz"));
    QVERIFY(outcome.verified);
    QCOMPARE(outcome.reason, QStringLiteral("verified"));

    outcome = DomainChallenge::evaluate(lookup, QStringLiteral("gatehouse-verification=other"));
    QVERIFY(!outcome.verified);
    QCOMPARE(outcome.reason, QStringLiteral("value_mismatch"));
    QVERIFY(outcome.message.contains(QStringLiteral("\"gatehouse-verification=xyz\"")));
    QCOMPARE(outcome.recordsSeen.size(), 2);

    const QList<std::pair<TxtLookupResult::Status, QString>> failures{
        {TxtLookupResult::Status::NxDomain, QStringLiteral("nxdomain")},
        {TxtLookupResult::Status::NoRecords, QStringLiteral("no_txt_record")},
        {TxtLookupResult::Status::Timeout, QStringLiteral("timeout")},
        {TxtLookupResult::Status::ServerFailure, QStringLiteral("servfail")},
        {TxtLookupResult::Status::Refused, QStringLiteral("refused")},
        {TxtLookupResult::Status::InvalidReply, QStringLiteral("invalid_reply")},
        {TxtLookupResult::Status::ResolverError, QStringLiteral("resolver_error")}};
    for (const auto& [status, reason] : failures) {
        lookup.status = status;
        lookup.records.clear();
        outcome = DomainChallenge::evaluate(lookup, QStringLiteral("gatehouse-verification=xyz"));
        QVERIFY(!outcome.verified);
        QCOMPARE(outcome.reason, reason);
        QVERIFY(outcome.message.contains(QStringLiteral("192.0.2.53")));
    }
    QVERIFY(!lookup.isDefinitive());
}

QTEST_GUILESS_MAIN(TestDomainChallenge)
#include "TestDomainChallenge.moc"
