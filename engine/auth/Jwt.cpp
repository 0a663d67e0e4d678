#include "engine/auth/Jwt.h"

#include "core/util/Encoding.h"
#include "engine/crypto/RsaKey.h"

#include <QJsonDocument>

namespace gatehouse::engine {

namespace {

core::Error invalid(const QString& why)
{
    return core::Error{QStringLiteral("invalid_token"), why, {}};
}

std::optional<QJsonObject> decodeObject(QByteArrayView part)
{
    auto raw = core::encoding::fromBase64Url(part);
    if (!raw.ok()) {
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw.value(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

core::Result<QByteArray> Jwt::sign(const QJsonObject& claims, const RsaKey& key, const QString& kid)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), kid},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = core::encoding::base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + core::encoding::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    auto signature = key.signSha256(input);
    if (!signature.ok()) {
        return signature.error();
    }
    return QByteArray(input + '.' + core::encoding::base64Url(signature.value()));
}

core::Result<Jwt::Decoded> Jwt::decode(QByteArrayView token)
{
    const qsizetype first = token.indexOf('.');
    const qsizetype second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (first <= 0 || second <= first + 1 || token.indexOf('.', second + 1) >= 0) {
        return invalid(QStringLiteral("not a compact JWS"));
    }
    const auto header = decodeObject(token.first(first));
    const auto claims = decodeObject(token.sliced(first + 1, second - first - 1));
    auto signature = core::encoding::fromBase64Url(token.sliced(second + 1));
    if (!header || !claims || !signature.ok()) {
        return invalid(QStringLiteral("malformed token"));
    }
    return Decoded{*header, *claims, token.first(second).toByteArray(), signature.value()};
}

core::Result<Jwt::Verified> Jwt::verify(QByteArrayView token, const KeyLookup& keyFor)
{
    auto decoded = decode(token);
    if (!decoded.ok()) {
        return decoded.error();
    }
    const Decoded& d = decoded.value();
    if (d.header.value(QStringLiteral("alg")).toString() != QStringLiteral("RS256")) {
        return invalid(QStringLiteral("unsupported alg"));
    }
    const RsaKey* key = keyFor(d.header.value(QStringLiteral("kid")).toString());
    if (!key || !key->verifySha256(d.signingInput, d.signature)) {
        return invalid(QStringLiteral("bad signature"));
    }
    return Verified{d.header, d.claims};
}

} // namespace gatehouse::engine
