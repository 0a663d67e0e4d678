#include "core/util/IdGenerator.h"

#include <QSet>
#include <QTest>

using namespace gatehouse::core;

class TestIdGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format();
    void orderedAndUnique();
    void timeOrderedAcrossGenerators();
    void validation_data();
    void validation();
};

void TestIdGenerator::format()
{
    IdGenerator gen;
    const QString id = gen.next(u"org");
    QVERIFY2(id.startsWith(QStringLiteral("org_")), qPrintable(id));
    const qsizetype digits = id.size() - 4;
    QVERIFY2(digits >= 17 && digits <= 19, qPrintable(id));
    QVERIFY(IdGenerator::isValid(id, u"org"));
}

void TestIdGenerator::orderedAndUnique()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC));
    IdGenerator gen(clock);
    QSet<quint64> seen;
    quint64 last = 0;
    for (int i = 0; i < 10000; ++i) { // same millisecond: must still be unique and increasing
        const quint64 n = gen.nextNumber();
        QVERIFY(n > last);
        QVERIFY(!seen.contains(n));
        seen.insert(n);
        last = n;
    }
}

void TestIdGenerator::timeOrderedAcrossGenerators()
{
    FixedClock early(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    FixedClock late(QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 1), Qt::UTC));
    IdGenerator a(early);
    IdGenerator b(late);
    QVERIFY(a.nextNumber() < b.nextNumber());
}

void TestIdGenerator::validation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("valid");
    QTest::newRow("docs-example") << "org_59615193906282635" << "org" << true;
    QTest::newRow("any-prefix") << "conn_59615193906282635" << "" << true;
    QTest::newRow("wrong-prefix") << "org_59615193906282635" << "conn" << false;
    QTest::newRow("too-short") << "org_1234" << "org" << false;
    QTest::newRow("too-long") << "org_12345678901234567890" << "org" << false;
    QTest::newRow("letters") << "org_5961519390628263a" << "org" << false;
    QTest::newRow("sql") << "org_1' OR '1'='1" << "org" << false;
    QTest::newRow("no-prefix") << "_59615193906282635" << "" << false;
    QTest::newRow("unicode-digits") << QString::fromUtf8("org_٥٩٦١٥١٩٣٩٠٦٢٨٢٦٣٥") << "org" << false;
    QTest::newRow("overflow") << "org_9999999999999999999" << "org" << false;
}

void TestIdGenerator::validation()
{
    QFETCH(QString, id);
    QFETCH(QString, prefix);
    QFETCH(bool, valid);
    QCOMPARE(IdGenerator::isValid(id, prefix), valid);
}

QTEST_GUILESS_MAIN(TestIdGenerator)
#include "TestIdGenerator.moc"
