#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringView>

namespace gatehouse::engine {

// A small streaming writer of compact JSON for hot responses (the big paged lists), producing the same bytes as
// QJsonDocument::toJson(QJsonDocument::Compact) for the same values without building a QJsonObject tree:
// strings escaped as Qt does (\" \\ \b \f \n \r \t, other control characters as \u00xx, non-ASCII as UTF-8, an
// unpaired surrogate as \uxxxx), integers in decimal, true / false. QJsonObject orders keys (by code point): the
// caller writes an object's keys in that order to get identical bytes. unit.engine.JsonWriter compares it with
// QJsonDocument on random and hostile input.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The key of the next member (inside an object).
    void key(QLatin1StringView name);
    void key(QStringView name);

    void value(QStringView text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(bool flag);
    // A complete JSON value serialised elsewhere (QJsonDocument, an earlier JsonWriter): inserted as it is.
    void rawValue(QByteArrayView json);

    const QByteArray& data() const
    {
        return m_out;
    }

    QByteArray take();

    // Appends text as a quoted JSON string.
    static void appendString(QByteArray& out, QStringView text);
    static void appendString(QByteArray& out, QLatin1StringView text);

private:
    void separate();
    static bool isPlain(QLatin1StringView text);

    static constexpr int kMaxDepth = 32;
    QByteArray m_out;
    // Per open container: whether a member/element was written already (a comma goes before the next one).
    bool m_hasItem[kMaxDepth + 1] = {};
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace gatehouse::engine
