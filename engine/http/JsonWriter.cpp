#include "engine/http/JsonWriter.h"

#include <QtGlobal>

#include <cstring>
#include <utility>

namespace gatehouse::engine {

namespace {

char hexDigit(unsigned v)
{
    return static_cast<char>(v < 10 ? '0' + v : 'a' + v - 10);
}

void appendEscapedUnit(QByteArray& out, char16_t u)
{
    const char escaped[6] = {
        '\\', 'u', hexDigit((u >> 12) & 0xf), hexDigit((u >> 8) & 0xf), hexDigit((u >> 4) & 0xf), hexDigit(u & 0xf)};
    out.append(escaped, 6);
}

bool isHighSurrogate(char16_t u)
{
    return u >= 0xd800 && u <= 0xdbff;
}

bool isLowSurrogate(char16_t u)
{
    return u >= 0xdc00 && u <= 0xdfff;
}

} // namespace

JsonWriter::JsonWriter(qsizetype reserve)
{
    if (reserve > 0) {
        m_out.reserve(reserve);
    }
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (m_hasItem[m_depth]) {
            m_out.append(',');
        }
        m_hasItem[m_depth] = true;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    Q_ASSERT(m_depth < kMaxDepth);
    m_hasItem[++m_depth] = false;
}

void JsonWriter::endObject()
{
    Q_ASSERT(m_depth > 0 && !m_afterKey);
    --m_depth;
    m_out.append('}');
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    Q_ASSERT(m_depth < kMaxDepth);
    m_hasItem[++m_depth] = false;
}

void JsonWriter::endArray()
{
    Q_ASSERT(m_depth > 0 && !m_afterKey);
    --m_depth;
    m_out.append(']');
}

void JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(m_depth > 0 && !m_afterKey);
    separate();
    appendString(m_out, name);
    m_out.append(':');
    m_afterKey = true;
}

bool JsonWriter::isPlain(QLatin1StringView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\') {
            return false;
        }
    }
    return true;
}

void JsonWriter::key(QStringView name)
{
    Q_ASSERT(m_depth > 0 && !m_afterKey);
    separate();
    appendString(m_out, name);
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendString(m_out, text);
}

void JsonWriter::value(QLatin1StringView text)
{
    separate();
    appendString(m_out, text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    char buffer[24];
    char* end = buffer + sizeof(buffer);
    char* p = end;
    // Magnitude as unsigned: correct for the most negative qint64 as well.
    quint64 magnitude = number < 0 ? 0 - static_cast<quint64>(number) : static_cast<quint64>(number);
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (number < 0) {
        *--p = '-';
    }
    m_out.append(p, end - p);
}

void JsonWriter::value(bool flag)
{
    separate();
    if (flag) {
        m_out.append("true", 4);
    } else {
        m_out.append("false", 5);
    }
}

void JsonWriter::rawValue(QByteArrayView json)
{
    separate();
    m_out.append(json);
}

QByteArray JsonWriter::take()
{
    Q_ASSERT(m_depth == 0);
    return std::exchange(m_out, QByteArray());
}

void JsonWriter::appendString(QByteArray& out, QLatin1StringView text)
{
    // Latin-1 is the first 256 code points: escaped as the same characters in UTF-16 would be.
    if (isPlain(text)) {
        const qsizetype at = out.size();
        out.resize(at + text.size() + 2);
        char* dst = out.data() + at;
        dst[0] = '"';
        std::memcpy(dst + 1, text.data(), text.size());
        dst[text.size() + 1] = '"';
        return;
    }
    appendString(out, QStringView(QString(text)));
}

void JsonWriter::appendString(QByteArray& out, QStringView text)
{
    out.append('"');
    const char16_t* src = text.utf16();
    const char16_t* const end = src + text.size();
    while (src != end) {
        // Runs of plain printable ASCII are copied in one go.
        const char16_t* run = src;
        while (run != end && *run >= 0x20 && *run < 0x80 && *run != u'"' && *run != u'\\') {
            ++run;
        }
        if (run != src) {
            const qsizetype n = run - src;
            const qsizetype at = out.size();
            out.resize(at + n);
            char* dst = out.data() + at;
            for (qsizetype i = 0; i < n; ++i) {
                dst[i] = static_cast<char>(src[i]);
            }
            src = run;
            if (src == end) {
                break;
            }
        }
        const char16_t u = *src++;
        if (u < 0x80) {
            switch (u) {
            case u'"':
                out.append("\\\"", 2);
                break;
            case u'\\':
                out.append("\\\\", 2);
                break;
            case 0x08:
                out.append("\\b", 2);
                break;
            case 0x0c:
                out.append("\\f", 2);
                break;
            case 0x0a:
                out.append("\\n", 2);
                break;
            case 0x0d:
                out.append("\\r", 2);
                break;
            case 0x09:
                out.append("\\t", 2);
                break;
            default:
                appendEscapedUnit(out, u); // the other control characters
                break;
            }
        } else if (u < 0x800) {
            const char bytes[2] = {static_cast<char>(0xc0 | (u >> 6)), static_cast<char>(0x80 | (u & 0x3f))};
            out.append(bytes, 2);
        } else if (!isHighSurrogate(u) && !isLowSurrogate(u)) {
            const char bytes[3] = {static_cast<char>(0xe0 | (u >> 12)),
                                   static_cast<char>(0x80 | ((u >> 6) & 0x3f)),
                                   static_cast<char>(0x80 | (u & 0x3f))};
            out.append(bytes, 3);
        } else if (isHighSurrogate(u) && src != end && isLowSurrogate(*src)) {
            const char32_t cp = 0x10000 + ((static_cast<char32_t>(u) - 0xd800) << 10) + (*src++ - 0xdc00);
            const char bytes[4] = {static_cast<char>(0xf0 | (cp >> 18)),
                                   static_cast<char>(0x80 | ((cp >> 12) & 0x3f)),
                                   static_cast<char>(0x80 | ((cp >> 6) & 0x3f)),
                                   static_cast<char>(0x80 | (cp & 0x3f))};
            out.append(bytes, 4);
        } else {
            appendEscapedUnit(out, u); // an unpaired surrogate: not encodable as UTF-8
        }
    }
    out.append('"');
}

} // namespace gatehouse::engine
