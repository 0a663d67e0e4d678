#include "engine/http/Router.h"

namespace gatehouse::engine {

void Router::add(const QByteArray& method, const QString& pattern, Handler handler)
{
    add(method, pattern, std::move(handler), RouteOptions{false, {}});
}

void Router::add(const QByteArray& method, const QString& pattern, Handler handler, RouteOptions options)
{
    m_routes.append(Route{method, compile(pattern), std::move(handler), std::move(options)});
}

QList<Router::Segment> Router::compile(const QString& pattern)
{
    QList<Segment> segments;
    for (const QString& part : pattern.split(u'/', Qt::SkipEmptyParts)) {
        Segment segment;
        if (part.startsWith(u'{')) {
            const qsizetype close = part.indexOf(u'}');
            segment.param = part.mid(1, close - 1);
            const QString rest = part.mid(close + 1);
            if (rest.startsWith(u':')) {
                segment.verb = rest.mid(1);
            }
        } else {
            segment.literal = part;
        }
        segments.append(segment);
    }
    return segments;
}

std::optional<QHash<QString, QString>>
Router::matchSegments(const Route& route, const QByteArrayList& parts, bool& badEncoding)
{
    if (parts.size() != route.segments.size()) {
        return std::nullopt;
    }
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Segment& segment = route.segments[i];
        QByteArray part = parts[i];
        if (segment.param.isEmpty()) {
            if (part != segment.literal.toUtf8()) {
                return std::nullopt;
            }
            continue;
        }
        if (!segment.verb.isEmpty()) {
            const QByteArray suffix = ':' + segment.verb.toUtf8();
            if (!part.endsWith(suffix)) {
                return std::nullopt;
            }
            part.chop(suffix.size());
        }
        if (part.isEmpty()) {
            return std::nullopt;
        }
        const auto decoded = decodeComponent(part, false);
        if (!decoded) {
            badEncoding = true;
            return std::nullopt;
        }
        params.insert(segment.param, *decoded);
    }
    return params;
}

Router::Match Router::match(const QByteArray& method, const QByteArray& rawPath) const
{
    Match result;
    QByteArrayList parts = rawPath.split('/');
    parts.removeAll(QByteArray());
    for (const Route& route : m_routes) {
        auto params = matchSegments(route, parts, result.badEncoding);
        if (!params) {
            continue;
        }
        if (route.method != method) {
            if (!result.allowedMethods.contains(route.method)) {
                result.allowedMethods.append(route.method);
            }
            continue;
        }
        result.handler = &route.handler;
        result.options = route.options;
        result.params = std::move(*params);
        result.allowedMethods.clear();
        return result;
    }
    return result;
}

} // namespace gatehouse::engine
