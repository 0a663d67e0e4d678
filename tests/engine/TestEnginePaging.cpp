// Keyset paging with next_page_token and prev_page_token (ApiSupport::pageResponse): walking 250 organizations
// forwards and then backwards with page_size 100 gives the same pages; tokens are tamper-evident (an edited, forged
// or foreign token is a 400 naming page_token); the same on the permissions list and organizations:search. Runs on
// SQLite, and on PostgreSQL (engine.paging.postgres).
#include "EngineHarness.h"
#include "TestMain.h"
#include "core/util/Encoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

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

private:
    Page page(const QString& path, const QString& itemsKey, const QString& token, int size);

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
}

Page TestEnginePaging::page(const QString& path, const QString& itemsKey, const QString& token, int size)
{
    const QString separator = path.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?");
    const HttpReply r =
        m_h.api("GET", path + separator + QStringLiteral("page_size=%1&page_token=%2").arg(size).arg(token));
    Page out;
    if (r.status != 200) {
        qWarning("%s: %d %s", qPrintable(path), r.status, r.body.constData());
        return out;
    }
    const QJsonObject json = r.json();
    for (const QJsonValue& item : json.value(itemsKey).toArray()) {
        out.ids.append(
            item.toObject()
                .value(itemsKey == QStringLiteral("permissions") ? QStringLiteral("name") : QStringLiteral("id"))
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
    // 250 organizations plus the seeded Test organization.
    QList<Page> forwards{page(path, key, QString(), 100)};
    QCOMPARE(forwards.first().total, 251);
    QVERIFY(forwards.first().prev.isEmpty());
    while (!forwards.last().next.isEmpty()) {
        forwards.append(page(path, key, forwards.last().next, 100));
        QVERIFY(forwards.size() <= 3);
    }
    QCOMPARE(forwards.size(), 3);
    QCOMPARE(forwards[0].ids.size(), 100);
    QCOMPARE(forwards[1].ids.size(), 100);
    QCOMPARE(forwards[2].ids.size(), 51);
    QStringList all = forwards[0].ids + forwards[1].ids + forwards[2].ids;
    all.removeDuplicates();
    QCOMPARE(all.size(), 251);
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

GATEHOUSE_ENGINE_TEST_MAIN(TestEnginePaging)
#include "TestEnginePaging.moc"
