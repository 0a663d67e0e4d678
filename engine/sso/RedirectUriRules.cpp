#include "engine/sso/RedirectUriRules.h"

#include <QHostAddress>

namespace gatehouse::engine {

namespace {

struct Parts
{
    QString scheme;
    QString host; // lower-case; IPv6 without brackets
    QString port; // as written, may be empty
    QString path;
};

std::optional<Parts> split(const QString& uri)
{
    const qsizetype sep = uri.indexOf(QStringLiteral("://"));
    if (sep <= 0) {
        return std::nullopt;
    }
    Parts parts;
    parts.scheme = uri.left(sep).toLower();
    const QString rest = uri.mid(sep + 3);
    const qsizetype slash = rest.indexOf(u'/');
    const QString authority = slash < 0 ? rest : rest.left(slash);
    parts.path = slash < 0 ? QString() : rest.mid(slash);
    if (authority.isEmpty() || authority.contains(u'@')) {
        return std::nullopt;
    }
    QString hostPort = authority;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0) {
            return std::nullopt;
        }
        parts.host = hostPort.mid(1, close - 1).toLower();
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':')) {
            return std::nullopt;
        }
        parts.port = after.mid(1);
    } else {
        const qsizetype colon = hostPort.lastIndexOf(u':');
        parts.host = (colon < 0 ? hostPort : hostPort.left(colon)).toLower();
        parts.port = colon < 0 ? QString() : hostPort.mid(colon + 1);
    }
    if (parts.host.isEmpty()) {
        return std::nullopt;
    }
    for (QChar c : std::as_const(parts.port)) {
        if (!c.isDigit() || c.unicode() > 127) {
            return std::nullopt;
        }
    }
    if (!parts.port.isEmpty() && (parts.port.size() > 5 || parts.port.toInt() > 65535)) {
        return std::nullopt;
    }
    return parts;
}

bool isLoopback(const QString& host)
{
    if (host == QStringLiteral("localhost") || host.endsWith(QStringLiteral(".localhost"))) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool validHostChars(const QString& host, bool allowStar)
{
    if (host.contains(u':')) {
        return !QHostAddress(host).isNull(); // IPv6 literal
    }
    for (QChar c : host) {
        const bool ok =
            (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || (allowStar && c == u'*');
        if (!ok) {
            return false;
        }
    }
    return !host.startsWith(u'.') && !host.endsWith(u'.') && !host.contains(QStringLiteral(".."));
}

std::optional<QString> checkWildcard(const QString& host)
{
    if (host.count(u'*') > 1) {
        return QStringLiteral("only one wildcard (*) is allowed");
    }
    const QStringList labels = host.split(u'.');
    if (!labels.first().contains(u'*')) {
        return QStringLiteral("the wildcard must be in the leftmost subdomain of the host name");
    }
    if (labels.size() < 3) {
        return QStringLiteral("a wildcard is not allowed at the root level (e.g. https://*.com)");
    }
    return std::nullopt;
}

bool labelMatches(const QString& pattern, const QString& label)
{
    const qsizetype star = pattern.indexOf(u'*');
    const QString prefix = pattern.left(star);
    const QString suffix = pattern.mid(star + 1);
    if (label.size() < prefix.size() + suffix.size() + 1 || !label.startsWith(prefix) || !label.endsWith(suffix)) {
        return false;
    }
    const QString middle = label.mid(prefix.size(), label.size() - prefix.size() - suffix.size());
    for (QChar c : middle) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<QString> RedirectUriRules::check(const QString& uri, bool development)
{
    if (uri.isEmpty()) {
        return QStringLiteral("must not be empty");
    }
    if (uri.size() > kMaxLength) {
        return QStringLiteral("at most %1 characters").arg(kMaxLength);
    }
    if (uri.contains(u'?')) {
        return QStringLiteral("must not contain a query");
    }
    if (uri.contains(u'#')) {
        return QStringLiteral("must not contain a fragment");
    }
    for (QChar c : uri) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u'\\' || c == u'"' || c == u'<' || c == u'>') {
            return QStringLiteral("must be a URL in plain ASCII without spaces");
        }
    }
    const auto parts = split(uri);
    if (!parts) {
        return QStringLiteral("must be an absolute URL (scheme://host/path)");
    }
    const bool https = parts->scheme == QStringLiteral("https");
    const bool http = parts->scheme == QStringLiteral("http");
    if (!https && !(development && http)) {
        return development ? QStringLiteral("must use http or https") : QStringLiteral("must use https");
    }
    const bool wildcard = parts->host.contains(u'*');
    if (!validHostChars(parts->host, wildcard)) {
        return QStringLiteral("has an invalid host name");
    }
    if (!development && isLoopback(parts->host)) {
        return QStringLiteral("localhost is allowed in development environments only");
    }
    if (wildcard) {
        if (!development) {
            return QStringLiteral("wildcards are allowed in development environments only");
        }
        if (parts->path.contains(u'*') || parts->port.contains(u'*')) {
            return QStringLiteral("the wildcard is allowed in the host name only");
        }
        if (auto bad = checkWildcard(parts->host)) {
            return bad;
        }
    } else if (uri.contains(u'*')) {
        return QStringLiteral("the wildcard is allowed in the host name only");
    }
    return std::nullopt;
}

bool RedirectUriRules::matches(const QString& registered, const QString& candidate)
{
    if (!registered.contains(u'*')) {
        return registered == candidate;
    }
    const auto pattern = split(registered);
    const auto actual = split(candidate);
    if (!pattern || !actual || pattern->scheme != actual->scheme || pattern->port != actual->port
        || pattern->path != actual->path || candidate.contains(u'?') || candidate.contains(u'#')
        || candidate.contains(u'@')) {
        return false;
    }
    const QStringList want = pattern->host.split(u'.');
    const QStringList got = actual->host.split(u'.');
    if (want.size() != got.size()) {
        return false;
    }
    for (qsizetype i = 1; i < want.size(); ++i) {
        if (want[i] != got[i]) {
            return false;
        }
    }
    return labelMatches(want.first(), got.first());
}

bool RedirectUriRules::matchesAny(const QStringList& registered, const QString& candidate)
{
    for (const QString& uri : registered) {
        if (matches(uri, candidate)) {
            return true;
        }
    }
    return false;
}

} // namespace gatehouse::engine
