#include "core/util/Encoding.h"

#include <QTest>

using namespace gatehouse::core;

class TestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base64RoundTrip();
    void base64Strict_data();
    void base64Strict();
    void base64Whitespace();
    void base64Url();
    void constantTime();
};

void TestEncoding::base64RoundTrip()
{
    const QByteArray data("\x00\x01\xfe\xffhello", 9);
    auto decoded = encoding::fromBase64(encoding::base64(data));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), data);
}

void TestEncoding::base64Strict_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray("aGVsbG8=") << true;
    QTest::newRow("no-padding") << QByteArray("aGVsbG8") << false;
    QTest::newRow("bad-char") << QByteArray("aGVs*G8=") << false;
    QTest::newRow("url-alphabet") << QByteArray("aGV-bG8=") << false;
    QTest::newRow("data-after-padding") << QByteArray("aG==bG8=") << false;
    QTest::newRow("too-much-padding") << QByteArray("a===") << false;
    QTest::newRow("space-rejected") << QByteArray("aGVs bG8=") << false;
}

void TestEncoding::base64Strict()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    auto result = encoding::fromBase64(input);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.error().code, QStringLiteral("base64.invalid"));
    }
}

void TestEncoding::base64Whitespace()
{
    auto result = encoding::fromBase64("aGVs\n  bG8=\r\n", encoding::Whitespace::Ignore);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), QByteArray("hello"));
}

void TestEncoding::base64Url()
{
    const QByteArray data("\xfb\xff\xbf", 3);
    QCOMPARE(encoding::base64Url(data), QByteArray("-_-_"));
    auto decoded = encoding::fromBase64Url("-_-_");
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), data);
    QVERIFY(!encoding::fromBase64Url("+/+/").ok());
    QVERIFY(!encoding::fromBase64Url("abcde").ok());
}

void TestEncoding::constantTime()
{
    QVERIFY(encoding::constantTimeEquals("secret", "secret"));
    QVERIFY(!encoding::constantTimeEquals("secret", "secreT"));
    QVERIFY(!encoding::constantTimeEquals("secret", "secret2"));
    QVERIFY(encoding::constantTimeEquals("", ""));
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "TestEncoding.moc"
