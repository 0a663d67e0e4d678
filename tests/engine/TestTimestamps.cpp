#include "engine/api/Timestamps.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using gatehouse::engine::Timestamps;

// The hand-written RFC 3339 formatter against QDateTime's, on edge cases and 200,000 random instants.
class TestTimestamps : public QObject
{
    Q_OBJECT

    static QString reference(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }

private Q_SLOTS:

    void edges_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00.000Z");
        QTest::newRow("before-epoch") << qint64(-1) << QStringLiteral("1969-12-31T23:59:59.999Z");
        QTest::newRow("leap-day-2000") << qint64(951'782'400'000) << QStringLiteral("2000-02-29T00:00:00.000Z");
        QTest::newRow("end-of-1999") << qint64(946'684'799'999) << QStringLiteral("1999-12-31T23:59:59.999Z");
        QTest::newRow("2100-03-01") << qint64(4'107'542'400'000) << QStringLiteral("2100-03-01T00:00:00.000Z");
        QTest::newRow("year-1") << qint64(-62'135'596'800'000) << QStringLiteral("0001-01-01T00:00:00.000Z");
        QTest::newRow("year-9999") << qint64(253'402'300'799'999) << QStringLiteral("9999-12-31T23:59:59.999Z");
        QTest::newRow("now-ish") << qint64(1'795'820'000'123) << reference(1'795'820'000'123);
    }

    void edges()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(Timestamps::rfc3339(ms), text);
        QCOMPARE(Timestamps::rfc3339(ms), reference(ms));
    }

    void randomInstantsMatchQDateTime()
    {
        QRandomGenerator random(20261127);
        const qint64 lo = -62'135'596'800'000; // 0001-01-01
        const qint64 hi = 253'402'300'799'999; // 9999-12-31
        for (int i = 0; i < 200'000; ++i) {
            const qint64 ms = random.bounded(lo, hi);
            const QString mine = Timestamps::rfc3339(ms);
            if (mine != reference(ms)) {
                QFAIL(qPrintable(QStringLiteral("%1: %2 vs %3").arg(ms).arg(mine, reference(ms))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTimestamps)
#include "TestTimestamps.moc"
