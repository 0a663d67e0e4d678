#include "engine/http/RequestHead.h"

#include <QList>

namespace gatehouse::engine {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
           || c == '.' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\'' || c == '*' || c == '+'
           || c == '^' || c == '`' || c == '|' || c == '~';
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty()) {
        return false;
    }
    for (char c : s) {
        if (!isTokenChar(c)) {
            return false;
        }
    }
    return true;
}

bool parseRequestLine(QByteArrayView line, RequestHead& out)
{
    const QList<QByteArray> parts = line.toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        return false;
    }
    for (char c : parts[1]) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
            return false;
        }
    }
    if (parts[2] == "HTTP/1.1") {
        out.http10 = false;
    } else if (parts[2] == "HTTP/1.0") {
        out.http10 = true;
    } else {
        return false;
    }
    out.method = parts[0];
    out.target = parts[1];
    return true;
}

bool parseContentLength(QByteArrayView value, qint64& out)
{
    if (value.isEmpty() || value.size() > 18) {
        return false;
    }
    qint64 n = 0;
    for (char c : value) {
        if (c < '0' || c > '9') {
            return false;
        }
        n = n * 10 + (c - '0');
    }
    out = n;
    return true;
}

bool hasToken(QByteArrayView headerValue, QByteArrayView token)
{
    for (const QByteArray& item : headerValue.toByteArray().split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

RequestHead::Verdict RequestHead::parse(QByteArrayView head, RequestHead& out)
{
    if (!head.endsWith("\r\n")) {
        return Verdict::BadRequest;
    }
    QList<QByteArray> lines = head.chopped(1).toByteArray().split('\n');
    for (QByteArray& line : lines) {
        if (!line.endsWith('\r')) {
            return Verdict::BadRequest;
        }
        line.chop(1);
    }
    if (lines.isEmpty() || !parseRequestLine(lines.first(), out)) {
        return Verdict::BadRequest;
    }
    bool close = false;
    bool sawLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            return Verdict::BadRequest;
        }
        const QByteArray name = line.first(colon).toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            qint64 n = 0;
            if (!parseContentLength(value, n) || (sawLength && n != out.contentLength)) {
                return Verdict::BadRequest;
            }
            sawLength = true;
            out.contentLength = n;
        } else if (name == "transfer-encoding") {
            return Verdict::LengthRequired;
        } else if (name == "connection") {
            close = close || hasToken(value, "close");
        }
    }
    // HTTP/1.0 keep-alive is not offered: every HTTP/1.0 request gets its answer and then the close.
    out.closeAfterResponse = close || out.http10;
    return Verdict::Ok;
}

} // namespace gatehouse::engine
