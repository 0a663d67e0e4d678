#include "engine/api/ApiSupport.h"

#include "core/util/Encoding.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"

namespace gatehouse::engine {

QString ApiSupport::actor(const HttpRequest& request)
{
    return request.caller ? QStringLiteral("client:") + request.caller->clientId : QStringLiteral("system");
}

std::optional<HttpResponse> ApiSupport::parseBody(const HttpRequest& request, QJsonObject& out, bool allowEmpty)
{
    auto body = JsonInput::parseObject(request.body, allowEmpty);
    if (!body.ok()) {
        return ApiError::invalidArgument(body.error().message);
    }
    out = body.value();
    return std::nullopt;
}

QString ApiSupport::pageToken(QByteArrayView kind, qint64 seq)
{
    return QString::fromLatin1(
        core::encoding::base64Url(QByteArray(kind.toByteArray() + ':' + QByteArray::number(seq))));
}

std::optional<qint64> ApiSupport::fromPageToken(QByteArrayView kind, const QString& token)
{
    if (token.isEmpty()) {
        return 0;
    }
    auto raw = core::encoding::fromBase64Url(token.toLatin1());
    const QByteArray prefix = kind.toByteArray() + ':';
    if (!raw.ok() || !raw.value().startsWith(prefix)) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seq = raw.value().sliced(prefix.size()).toLongLong(&ok);
    return ok && seq > 0 ? std::optional(seq) : std::nullopt;
}

std::optional<int> ApiSupport::pageSize(const HttpRequest& request, int fallback, int max)
{
    const auto text = request.queryValue(QStringLiteral("page_size"));
    if (!text) {
        return fallback;
    }
    bool ok = false;
    const uint value = text->toUInt(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return value == 0 ? fallback : static_cast<int>(std::min<uint>(value, static_cast<uint>(max)));
}

HttpResponse ApiSupport::enabledResponse(bool enabled, bool already, const QString& noun)
{
    QJsonObject out{{QStringLiteral("enabled"), enabled}};
    if (already) {
        out.insert(QStringLiteral("error_message"),
                   QStringLiteral("The %1 is already %2")
                       .arg(noun, enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")));
    }
    return HttpResponse::json(out);
}

} // namespace gatehouse::engine
