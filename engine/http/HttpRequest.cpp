#include "engine/http/HttpRequest.h"

#include <QStringDecoder>

namespace gatehouse::engine {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

} // namespace

std::optional<QString> decodeComponent(QByteArrayView encoded, bool plusIsSpace)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%') {
            if (i + 2 >= encoded.size()) {
                return std::nullopt;
            }
            const int hi = hexValue(encoded[i + 1]);
            const int lo = hexValue(encoded[i + 2]);
            if (hi < 0 || lo < 0) {
                return std::nullopt;
            }
            bytes.append(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else {
            bytes.append(plusIsSpace && c == '+' ? ' ' : c);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.contains(QChar(0))) {
        return std::nullopt;
    }
    return text;
}

QString camelCase(const QString& snakeName)
{
    QString out;
    out.reserve(snakeName.size());
    bool upper = false;
    for (QChar c : snakeName) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

core::Result<HttpRequest> HttpRequest::fromTarget(const QByteArray& method, const QByteArray& target)
{
    HttpRequest request;
    request.method = method;
    const qsizetype q = target.indexOf('?');
    request.rawPath = q < 0 ? target : target.first(q);
    if (!request.rawPath.startsWith('/') || request.rawPath.contains('#')) {
        return core::Error{QStringLiteral("bad_target"), QStringLiteral("request target must be an absolute path"), {}};
    }
    if (q < 0) {
        return request;
    }
    for (const QByteArray& pair : target.sliced(q + 1).split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        const auto key = decodeComponent(eq < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(eq), true);
        const auto value = decodeComponent(eq < 0 ? QByteArrayView() : QByteArrayView(pair).sliced(eq + 1), true);
        if (!key || !value) {
            return core::Error{
                QStringLiteral("bad_query"), QStringLiteral("query string is not valid UTF-8 / percent-encoding"), {}};
        }
        request.query.append({*key, *value});
    }
    return request;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

std::optional<QString> HttpRequest::queryValue(const QString& snakeName) const
{
    const QString camel = camelCase(snakeName);
    for (const auto& [key, value] : query) {
        if (key == snakeName || key == camel) {
            return value;
        }
    }
    return std::nullopt;
}

QString HttpRequest::pathParam(const QString& name) const
{
    return pathParams.value(name);
}

} // namespace gatehouse::engine
