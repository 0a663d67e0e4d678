// JsonWriter (the hot lists' JSON) against QJsonDocument::toJson(Compact): the same bytes for hostile strings
// (quotes, backslashes, every control character, DEL, Latin-1, BMP, astral characters, unpaired surrogates),
// integers, booleans and nested containers, on fixed and 20,000 random inputs; what it writes parses back to the
// same values. Organization::writeJson against QJsonDocument(Organization::toJson()) on random organizations with
// hostile metadata. The page answer of the organization list against ApiSupport::pageResponse.
#include "engine/api/ApiSupport.h"
#include "engine/api/OrganizationStore.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using gatehouse::engine::ApiSupport;
using gatehouse::engine::JsonWriter;
using gatehouse::engine::Organization;
using gatehouse::engine::PageCursor;
using gatehouse::engine::SecretHasher;

namespace {

QByteArray reference(const QJsonValue& value)
{
    // A top-level array of one value; strip the brackets.
    const QByteArray doc = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

QByteArray written(const QString& text)
{
    QByteArray out;
    JsonWriter::appendString(out, text);
    return out;
}

// A random string of UTF-16 code units biased towards the characters that need care.
QString randomString(QRandomGenerator& random, int maxLength)
{
    const int length = static_cast<int>(random.bounded(maxLength + 1));
    QString out;
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(8)) {
        case 0:
            out += QChar(static_cast<char16_t>(random.bounded(0x20))); // control characters
            break;
        case 1: {
            static const char16_t special[] = {u'"', u'\\', u'/', 0x7f, 0x80, 0xa0, 0xff, 0x2028, 0xfeff, 0xfffd};
            out += QChar(special[random.bounded(static_cast<quint32>(std::size(special)))]);
            break;
        }
        case 2:
            out += QChar(static_cast<char16_t>(0xd800 + random.bounded(0x800))); // surrogates, paired or not
            break;
        case 3: {
            const char32_t astral = 0x10000 + random.bounded(0x100000);
            out += QString::fromUcs4(&astral, 1);
            break;
        }
        case 4:
            out += QChar(static_cast<char16_t>(0x80 + random.bounded(0xd800 - 0x80)));
            break;
        case 5:
            out += QChar(static_cast<char16_t>(0xe000 + random.bounded(0x2000)));
            break;
        default:
            out += QChar(static_cast<char16_t>(0x20 + random.bounded(0x5f)));
            break;
        }
    }
    return out;
}

QJsonValue randomValue(QRandomGenerator& random, int depth);

void writeValue(JsonWriter& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        out.value(QStringView(value.toString()));
        break;
    case QJsonValue::Bool:
        out.value(value.toBool());
        break;
    case QJsonValue::Double:
        out.value(value.toInteger());
        break;
    case QJsonValue::Array:
        out.beginArray();
        for (const QJsonValue& element : value.toArray()) {
            writeValue(out, element);
        }
        out.endArray();
        break;
    case QJsonValue::Object: {
        out.beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) { // QJsonObject iterates in its key order
            out.key(QStringView(it.key()));
            writeValue(out, it.value());
        }
        out.endObject();
        break;
    }
    default:
        QFAIL("unexpected type");
    }
}

QJsonValue randomValue(QRandomGenerator& random, int depth)
{
    switch (random.bounded(depth > 3 ? 3 : 5)) {
    case 0:
        return randomString(random, 12);
    case 1:
        return random.bounded(2) == 1;
    case 2: {
        // Integers as the lists use them (sizes, counts): exact in a double, so QJsonValue keeps them exact.
        const qint64 magnitude = static_cast<qint64>(random.generate64() >> (11 + random.bounded(53)));
        return random.bounded(2) == 1 ? -magnitude : magnitude;
    }
    case 3: {
        QJsonArray array;
        const int n = static_cast<int>(random.bounded(5));
        for (int i = 0; i < n; ++i) {
            array.append(randomValue(random, depth + 1));
        }
        return array;
    }
    default: {
        QJsonObject object;
        const int n = static_cast<int>(random.bounded(5));
        for (int i = 0; i < n; ++i) {
            object.insert(randomString(random, 6), randomValue(random, depth + 1));
        }
        return object;
    }
    }
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void hostileStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("quote-backslash") << QStringLiteral("a\"b\\c\"\\");
        QTest::newRow("slash-del") << QStringLiteral("</script>\x7f");
        QTest::newRow("named-escapes") << QStringLiteral("\b\f\n\r\t");
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c) {
            controls += QChar(c);
        }
        QTest::newRow("all-controls") << controls;
        QTest::newRow("latin1") << QStringLiteral("caf\u00e9 \u00ff\u0080");
        QTest::newRow("bmp") << QStringLiteral("\u2028\u2029\ufeff\uffff\u4e2d\u6587");
        QTest::newRow("astral") << QStringLiteral("\U0001F600 \U0010FFFF");
        QTest::newRow("lone-high") << QString(QChar(static_cast<char16_t>(0xd83d)));
        QTest::newRow("lone-low-in-text") << (QStringLiteral("a") + QChar(static_cast<char16_t>(0xde00)) + u'b');
        QTest::newRow("swapped-pair") << (QString(QChar(static_cast<char16_t>(0xde00)))
                                          + QChar(static_cast<char16_t>(0xd83d)));
        QTest::newRow("high-high-low") << (QString(QChar(static_cast<char16_t>(0xd83d)))
                                           + QChar(static_cast<char16_t>(0xd83d))
                                           + QChar(static_cast<char16_t>(0xde00)));
        QTest::newRow("nul-inside") << QString(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b"));
    }

    void hostileStrings()
    {
        QFETCH(QString, text);
        QCOMPARE(written(text), reference(text));
        // Latin-1 keys and values take their own path.
        if (text == QString::fromLatin1(text.toLatin1())) {
            QByteArray latin;
            const QByteArray bytes = text.toLatin1();
            JsonWriter::appendString(latin, QLatin1StringView(bytes));
            QCOMPARE(latin, reference(text));
        }
    }

    void randomStrings()
    {
        QRandomGenerator random(20261128);
        for (int i = 0; i < 20000; ++i) {
            const QString text = randomString(random, 40);
            const QByteArray mine = written(text);
            if (mine != reference(text)) {
                QFAIL(qPrintable(QStringLiteral("differs for %1").arg(QString::fromLatin1(text.toUtf8().toHex()))));
            }
        }
    }

    void integers()
    {
        const QList<qint64> values{0, 1, -1, 9, 10, -10, 99, 100, 1000000, -9007199254740992LL, 9007199254740992LL};
        for (const qint64 v : values) {
            JsonWriter out;
            out.beginArray();
            out.value(v);
            out.endArray();
            QCOMPARE(out.take(), QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
        }
        // The extremes: the decimal digits, whatever QJsonValue would make of them.
        JsonWriter out;
        out.beginArray();
        out.value(std::numeric_limits<qint64>::min());
        out.value(std::numeric_limits<qint64>::max());
        out.endArray();
        const QByteArray expected = "[-9223372036854775808,9223372036854775807]";
        QCOMPARE(out.take(), expected);
    }

    void randomDocuments()
    {
        QRandomGenerator random(4242);
        for (int i = 0; i < 3000; ++i) {
            QJsonObject object;
            const int n = static_cast<int>(random.bounded(6));
            for (int k = 0; k < n; ++k) {
                object.insert(randomString(random, 8), randomValue(random, 0));
            }
            JsonWriter out;
            writeValue(out, object);
            const QByteArray mine = out.take();
            const QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Compact);
            if (mine != expected) {
                QFAIL(qPrintable(
                    QStringLiteral("differs: %1 vs %2").arg(QString::fromUtf8(mine), QString::fromUtf8(expected))));
            }
            // And it parses back to the same values.
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(mine, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(parsed.object(), QJsonDocument::fromJson(expected).object());
        }
    }

    void organizations()
    {
        QRandomGenerator random(77);
        for (int i = 0; i < 2000; ++i) {
            Organization org;
            org.id = QStringLiteral("org_%1").arg(random.generate64() >> 2);
            org.displayName = randomString(random, 30);
            org.externalId = random.bounded(2) ? randomString(random, 10) : QString();
            org.regionCode = random.bounded(2) ? QStringLiteral("EU") : QStringLiteral("US");
            const int metadata = static_cast<int>(random.bounded(5));
            for (int k = 0; k < metadata; ++k) {
                org.metadata.insert(randomString(random, 8), randomString(random, 12));
            }
            org.slug = random.bounded(2) ? QStringLiteral("acme-%1.example").arg(i) : QString();
            org.logoUrl = random.bounded(2) ? QStringLiteral("https://cdn.example/\"logo\"?a=1&b=\\") : QString();
            org.features.insert(QStringLiteral("sso"), random.bounded(2) == 1);
            org.features.insert(QStringLiteral("dir_sync"), random.bounded(2) == 1);
            if (random.bounded(4) == 0) {
                org.features.insert(randomString(random, 5), true);
            }
            org.createdAt = static_cast<qint64>(random.bounded(4'000'000'000U)) * 1000 + random.bounded(1000);
            org.updatedAt = org.createdAt + random.bounded(100000);
            JsonWriter out;
            org.writeJson(out);
            const QByteArray mine = out.take();
            const QByteArray expected = QJsonDocument(org.toJson()).toJson(QJsonDocument::Compact);
            if (mine != expected) {
                QFAIL(qPrintable(
                    QStringLiteral("differs: %1 vs %2").arg(QString::fromUtf8(mine), QString::fromUtf8(expected))));
            }
        }
    }

    void pageAnswer_data()
    {
        QTest::addColumn<QString>("itemsKey");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<bool>("backward");
        QTest::addColumn<bool>("more");
        QTest::addColumn<int>("items");
        QTest::newRow("organizations-first") << QStringLiteral("organizations") << qint64(0) << false << true << 3;
        QTest::newRow("organizations-middle") << QStringLiteral("organizations") << qint64(17) << false << true << 2;
        QTest::newRow("organizations-back") << QStringLiteral("organizations") << qint64(17) << true << false << 1;
        QTest::newRow("organizations-empty") << QStringLiteral("organizations") << qint64(5) << false << false << 0;
        QTest::newRow("users-last") << QStringLiteral("users") << qint64(9) << false << false << 2;
        QTest::newRow("events-back-more") << QStringLiteral("events") << qint64(40) << true << true << 2;
    }

    void pageAnswer()
    {
        QFETCH(QString, itemsKey);
        QFETCH(qint64, seq);
        QFETCH(bool, backward);
        QFETCH(bool, more);
        QFETCH(int, items);
        const SecretHasher hasher(QByteArray(32, 'p'));
        const PageCursor cursor{seq, backward};
        QJsonArray array;
        JsonWriter writer;
        writer.beginArray();
        for (int i = 0; i < items; ++i) {
            const QJsonObject item{{QStringLiteral("id"), QStringLiteral("x_%1").arg(i)},
                                   {QStringLiteral("n\"ame"), QStringLiteral("\u00e9\n")}};
            array.append(item);
            writeValue(writer, item);
        }
        writer.endArray();
        const QByteArray key = itemsKey.toLatin1();
        const auto expected = ApiSupport::pageResponse(hasher, "kind", cursor, itemsKey, array, 100, 200, more, 12345);
        const auto mine = ApiSupport::pageResponseJson(
            hasher, "kind", cursor, QLatin1StringView(key), writer.data(), items == 0, 100, 200, more, 12345);
        QCOMPARE(mine.status, expected.status);
        QCOMPARE(mine.body, expected.body);
        QCOMPARE(mine.header("Content-Type"), expected.header("Content-Type"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
