#include "engine/sso/ConnectionTests.h"

#include "core/util/IdGenerator.h"
#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/Timestamps.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/http/ApiError.h"
#include "engine/http/RateLimiter.h"
#include "engine/http/Router.h"
#include "engine/sso/ConnectionSelector.h"
#include "engine/sso/HtmlPage.h"
#include "engine/sso/LoginFlow.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::engine {

namespace {

bool validTestId(const QString& id)
{
    return id.size() <= 32 && core::IdGenerator::isValid(id, u"test");
}

bool validConnectionId(const QString& id)
{
    return id.size() <= 32 && core::IdGenerator::isValid(id, u"conn");
}

QString profileTable(const QJsonObject& profile)
{
    QString rows;
    for (const char* key :
         {"sub", "email", "email_verified", "name", "given_name", "family_name", "locale", "picture"}) {
        const QJsonValue value = profile.value(QString::fromLatin1(key));
        const QString text =
            value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : value.toString();
        rows += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(QString::fromLatin1(key), HtmlPage::escape(text));
    }
    const QJsonArray identities = profile.value(QStringLiteral("identities")).toArray();
    const QJsonObject raw =
        identities.isEmpty()
            ? QJsonObject()
            : identities.first().toObject().value(QStringLiteral("provider_raw_attributes")).toObject();
    QString rawRows;
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        const QString text = it.value().isArray()
                                 ? QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact))
                                 : it.value().toString();
        rawRows +=
            QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(HtmlPage::escape(it.key()), HtmlPage::escape(text));
    }
    return QStringLiteral("<h2>Normalized profile</h2><table>%1</table><h2>Attributes received</h2><table>%2</table>")
        .arg(rows, rawRows);
}

QString traceList(const QJsonArray& trace)
{
    if (trace.isEmpty()) {
        return {};
    }
    QString items;
    for (const QJsonValue& step : trace) {
        const QJsonObject o = step.toObject();
        const bool passed = o.value(QStringLiteral("passed")).toBool();
        items += QStringLiteral("<li class=\"%1\">%2 <code>%3</code> %4</li>")
                     .arg(passed ? QStringLiteral("ok") : QStringLiteral("fail"),
                          passed ? QStringLiteral("✔") : QStringLiteral("✘"),
                          HtmlPage::escape(o.value(QStringLiteral("check")).toString()),
                          HtmlPage::escape(o.value(QStringLiteral("detail")).toString()));
    }
    return QStringLiteral("<h2>Checks</h2><ul>%1</ul>").arg(items);
}

} // namespace

ConnectionTests::ConnectionTests(EngineContext& context, LoginFlow& flow, RateLimiter& limiter)
    : m_context(context)
    , m_flow(flow)
    , m_limiter(limiter)
{}

void ConnectionTests::registerRoutes(Router& router)
{
    router.add("GET",
               QStringLiteral("/sso/v1/connections/{connection_id}/test"),
               ApiSupport::handler(this, &ConnectionTests::start));
    router.add("GET",
               QStringLiteral("/sso/v1/connections/{connection_id}/test-requests/{test_request_id}"),
               ApiSupport::handler(this, &ConnectionTests::resultPage));
    router.add("GET",
               QStringLiteral("/api/v1/connections/{connection_id}/test-requests/{test_request_id}"),
               ApiSupport::handler(this, &ConnectionTests::result),
               {true, QStringLiteral("connections:read")});
}

HttpResponse ConnectionTests::start(HttpRequest& request)
{
    if (auto retry = m_limiter.hit(u"authorize-addr:" + request.remoteAddress.toString())) {
        HttpResponse response = HtmlPage::error(
            429, QStringLiteral("rate_limit_exceeded"), QStringLiteral("Too many sign-in attempts. Try again later."));
        response.setHeader("Retry-After", QByteArray::number(*retry));
        return response;
    }
    const QString connectionId = request.pathParam(QStringLiteral("connection_id"));
    if (!validConnectionId(connectionId)) {
        return HtmlPage::error(404, QStringLiteral("invalid_connection_id"), QStringLiteral("Invalid connection ID."));
    }
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    LoginState state;
    QString type;
    QString problem;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto connection = ConnectionSelector::findAnywhere(db, connectionId);
        if (!connection.ok()) {
            return connection.error();
        }
        if (!connection.value()) {
            problem = QStringLiteral("invalid_connection_id");
            return {};
        }
        type = connection.value()->type;
        if (connection.value()->status() != QStringLiteral("COMPLETED")) {
            problem = QStringLiteral("connection_not_configured");
            return {};
        }
        (void)Sql::exec(db, QStringLiteral("DELETE FROM connection_test_requests WHERE expires_at < ?"), {now});
        state.purpose = LoginState::Purpose::Test;
        state.scope = QStringLiteral("openid email profile");
        state.organizationId = connection.value()->organizationId;
        state.connectionId = connectionId;
        state.testRequestId = m_context.ids.next(u"test");
        if (auto created = m_flow.create(db, state); !created.ok()) {
            return created;
        }
        auto inserted =
            Sql::exec(db,
                      QStringLiteral("INSERT INTO connection_test_requests (id, connection_id, "
                                     "organization_id, status, view_key_hash, result, created_at, "
                                     "updated_at, expires_at) VALUES (?, ?, ?, 'PENDING', ?, '{}', ?, ?, ?)"),
                      {state.testRequestId,
                       connectionId,
                       state.organizationId,
                       m_context.hasher.hash(state.id),
                       now,
                       now,
                       now + qint64(m_context.testResultLifetimeSecs) * 1000});
        return inserted.ok() ? core::Result<void>() : core::Result<void>(inserted.error());
    });
    if (!written.ok()) {
        return HtmlPage::error(503, QStringLiteral("server_error"), QStringLiteral("The service is unavailable."));
    }
    if (problem == QStringLiteral("invalid_connection_id")) {
        return HtmlPage::error(404, problem, QStringLiteral("Invalid connection ID."));
    }
    if (!problem.isEmpty()) {
        return HtmlPage::error(400,
                               problem,
                               QStringLiteral("The connection is not fully configured yet."),
                               type == QStringLiteral("OIDC")
                                   ? QStringLiteral("Set the issuer (or discovery endpoint), client ID and client "
                                                    "secret first.")
                                   : QStringLiteral("Set the IdP entity ID, SSO URL and signing certificate first."));
    }
    return HtmlPage::redirect(m_flow.upstreamStartUrl(type, connectionId, state.id));
}

core::Result<std::optional<ConnectionTests::Stored>> ConnectionTests::load(const QString& connectionId,
                                                                           const QString& testId) const
{
    std::optional<Stored> stored;
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT status, view_key_hash, result, expires_at FROM "
                                          "connection_test_requests WHERE id = ? AND connection_id = ? "
                                          "AND expires_at > ?"),
                           {testId, connectionId, now});
        if (!q.ok()) {
            return q.error();
        }
        if (q.value().next()) {
            stored = Stored{q.value().value(0).toString(),
                            q.value().value(1).toString(),
                            QJsonDocument::fromJson(q.value().value(2).toByteArray()).object(),
                            q.value().value(3).toLongLong()};
        }
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    return stored;
}

HttpResponse ConnectionTests::resultPage(HttpRequest& request)
{
    const QString connectionId = request.pathParam(QStringLiteral("connection_id"));
    const QString testId = request.pathParam(QStringLiteral("test_request_id"));
    const QString key = request.queryValue(QStringLiteral("login")).value_or(QString());
    if (!validConnectionId(connectionId) || !validTestId(testId) || key.isEmpty() || key.size() > 128) {
        return HtmlPage::error(404, QStringLiteral("not_found"), QStringLiteral("No such test result."));
    }
    auto stored = load(connectionId, testId);
    if (!stored.ok()) {
        return HtmlPage::error(503, QStringLiteral("server_error"), QStringLiteral("The service is unavailable."));
    }
    if (!stored.value() || !m_context.hasher.matches(key, stored.value()->viewKeyHash)) {
        return HtmlPage::error(
            404, QStringLiteral("not_found"), QStringLiteral("No such test result (or it expired)."));
    }
    const Stored& s = *stored.value();
    QString body = QStringLiteral("<p>Test request <code>%1</code> for connection <code>%2</code></p>")
                       .arg(HtmlPage::escape(testId), HtmlPage::escape(connectionId));
    if (s.status == QStringLiteral("SUCCESS")) {
        body = QStringLiteral("<h1 class=\"ok\">Test connection succeeded</h1>") + body
               + profileTable(s.result.value(QStringLiteral("user_info")).toObject());
    } else if (s.status == QStringLiteral("FAILURE")) {
        body = QStringLiteral("<h1 class=\"fail\">Test connection failed</h1>") + body
               + QStringLiteral("<p>Error: <code>%1</code> — %2</p><p><strong>Reason:</strong> %3</p>"
                                "<p><strong>Fix:</strong> %4</p>")
                     .arg(HtmlPage::escape(s.result.value(QStringLiteral("error")).toString()),
                          HtmlPage::escape(s.result.value(QStringLiteral("error_description")).toString()),
                          HtmlPage::escape(s.result.value(QStringLiteral("error_details")).toString()),
                          HtmlPage::escape(s.result.value(QStringLiteral("fix")).toString()));
    } else {
        body = QStringLiteral("<h1>Test connection pending</h1>") + body;
    }
    body += traceList(s.result.value(QStringLiteral("trace")).toArray());
    body += QStringLiteral("<p>You can close this window.</p>");
    return HtmlPage::render(200, QStringLiteral("Test connection"), body);
}

HttpResponse ConnectionTests::result(HttpRequest& request)
{
    const QString connectionId = request.pathParam(QStringLiteral("connection_id"));
    const QString testId = request.pathParam(QStringLiteral("test_request_id"));
    if (!validConnectionId(connectionId)) {
        return ApiError::invalidArgument(
            QStringLiteral("invalid connection id"),
            {{QStringLiteral("connection_id"), QStringLiteral("must be a connection id (conn_…)")}});
    }
    if (!validTestId(testId)) {
        return ApiError::invalidArgument(
            QStringLiteral("invalid test request id"),
            {{QStringLiteral("test_request_id"), QStringLiteral("must be a test request id (test_…)")}});
    }
    auto stored = load(connectionId, testId);
    if (!stored.ok()) {
        return ApiError::fromStore(stored.error(), QStringLiteral("test request"));
    }
    if (!stored.value()) {
        return ApiError::notFound(QStringLiteral("test request not found"));
    }
    const Stored& s = *stored.value();
    QJsonObject out{{QStringLiteral("status"), s.status},
                    {QStringLiteral("expire_time"), Timestamps::rfc3339(s.expiresAt)}};
    const QJsonObject& r = s.result;
    if (s.status == QStringLiteral("SUCCESS")) {
        out.insert(QStringLiteral("user_info"),
                   QString::fromUtf8(
                       QJsonDocument(r.value(QStringLiteral("user_info")).toObject()).toJson(QJsonDocument::Compact)));
    }
    for (const char* key : {"error", "error_description", "error_details", "fix", "authn_request", "saml_response"}) {
        const QString text = r.value(QString::fromLatin1(key)).toString();
        if (!text.isEmpty()) {
            out.insert(QString::fromLatin1(key), text);
        }
    }
    out.insert(QStringLiteral("trace"), r.value(QStringLiteral("trace")).toArray());
    return HttpResponse::json(out);
}

} // namespace gatehouse::engine
