#include "core/util/Encoding.h"

#include <openssl/crypto.h>

namespace gatehouse::core::encoding {

namespace {

bool isBase64Char(char c, bool url)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return url ? (c == '-' || c == '_') : (c == '+' || c == '/');
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

QByteArray base64(QByteArrayView data)
{
    return data.toByteArray().toBase64();
}

Result<QByteArray> fromBase64(QByteArrayView text, Whitespace whitespace)
{
    QByteArray compact(text.size(), Qt::Uninitialized);
    char* out = compact.data();
    int padding = 0;
    for (char c : text) {
        if (whitespace == Whitespace::Ignore && isXmlSpace(c)) {
            continue;
        }
        if (c == '=') {
            ++padding;
            *out++ = c;
            continue;
        }
        if (padding > 0 || !isBase64Char(c, false)) {
            return Result<QByteArray>::failure(QStringLiteral("base64.invalid"),
                                               QStringLiteral("Not valid base64: unexpected character"));
        }
        *out++ = c;
    }
    compact.truncate(out - compact.constData());
    if (padding > 2 || compact.size() % 4 != 0) {
        return Result<QByteArray>::failure(QStringLiteral("base64.invalid"),
                                           QStringLiteral("Not valid base64: wrong length or padding"));
    }
    return QByteArray::fromBase64(compact);
}

QByteArray base64Url(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> fromBase64Url(QByteArrayView text)
{
    for (char c : text) {
        if (!isBase64Char(c, true)) {
            return Result<QByteArray>::failure(QStringLiteral("base64url.invalid"),
                                               QStringLiteral("Not valid base64url: unexpected character"));
        }
    }
    if (text.size() % 4 == 1) {
        return Result<QByteArray>::failure(QStringLiteral("base64url.invalid"),
                                           QStringLiteral("Not valid base64url: wrong length"));
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::Base64UrlEncoding
                                                                          | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return Result<QByteArray>::failure(QStringLiteral("base64url.invalid"), QStringLiteral("Not valid base64url"));
    }
    return decoded.decoded;
}

QByteArray hex(QByteArrayView data, char separator)
{
    return data.toByteArray().toHex(separator).toUpper();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    if (a.isEmpty()) {
        return true;
    }
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace gatehouse::core::encoding
