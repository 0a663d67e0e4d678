#pragma once

#include "engine/http/HttpRequest.h"
#include "engine/http/HttpResponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace gatehouse::engine {

// Path patterns like "/api/v1/organizations/{id}", "/api/v1/organizations:external/{external_id}" or
// "/api/v1/organizations/{organization_id}/domains/{id}:verify" (grpc-gateway custom verbs). A parameter
// matches one non-empty segment (':' included, e.g. permission "read:users"); it is percent-decoded and
// must be valid UTF-8. Routes match in registration order: register ":verb" forms before plain ones.
class Router
{
public:
    using Handler = std::function<HttpResponse(HttpRequest&)>;

    struct RouteOptions
    {
        bool authenticated = false; // needs a valid bearer token
        QString scope;              // and this scope in it (empty: any)
    };

    struct Match
    {
        const Handler* handler = nullptr;
        RouteOptions options;
        QHash<QString, QString> params;
        QByteArrayList allowedMethods; // when the path matched but the method did not
        bool badEncoding = false;
    };

    void add(const QByteArray& method, const QString& pattern, Handler handler);
    void add(const QByteArray& method, const QString& pattern, Handler handler, RouteOptions options);
    Match match(const QByteArray& method, const QByteArray& rawPath) const;

private:
    struct Segment
    {
        QString literal; // when not a parameter
        QString param;   // parameter name
        QString verb;    // ":verb" suffix after a parameter
    };

    struct Route
    {
        QByteArray method;
        QList<Segment> segments;
        Handler handler;
        RouteOptions options;
    };

    static QList<Segment> compile(const QString& pattern);
    static std::optional<QHash<QString, QString>>
    matchSegments(const Route& route, const QByteArrayList& parts, bool& badEncoding);

    QList<Route> m_routes;
};

} // namespace gatehouse::engine
