#include "engine/sso/LoginFlow.h"

#include "engine/EngineContext.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretHasher.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcLogin, "gatehouse.engine.sso")

namespace gatehouse::engine {

namespace {

const QString kColumns = QStringLiteral(
    "id, purpose, client_id, redirect_uri, scope, state, nonce, code_challenge, organization_id, connection_id, "
    "login_hint, force_authn, upstream_request_id, upstream_request, test_request_id, created_at, expires_at");

LoginState fromRow(const QSqlQuery& q)
{
    LoginState s;
    s.id = q.value(0).toString();
    s.purpose =
        q.value(1).toString() == QStringLiteral("test") ? LoginState::Purpose::Test : LoginState::Purpose::Authorize;
    s.clientId = q.value(2).toString();
    s.redirectUri = q.value(3).toString();
    s.scope = q.value(4).toString();
    s.state = q.value(5).toString();
    s.nonce = q.value(6).toString();
    s.codeChallenge = q.value(7).toString();
    s.organizationId = q.value(8).toString();
    s.connectionId = q.value(9).toString();
    s.loginHint = q.value(10).toString();
    s.forceAuthn = q.value(11).toInt() != 0;
    s.upstreamRequestId = q.value(12).toString();
    s.upstreamRequest = q.value(13).toString();
    s.testRequestId = q.value(14).toString();
    s.createdAt = q.value(15).toLongLong();
    s.expiresAt = q.value(16).toLongLong();
    return s;
}

core::Error invalidState()
{
    return core::Error{QStringLiteral("login_state_invalid"),
                       QStringLiteral("This login has expired or was already used. Start the login again from the "
                                      "application."),
                       {}};
}

QString emailDomain(const QString& email)
{
    return email.mid(email.lastIndexOf(u'@') + 1).toLower();
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

LoginFlow::LoginFlow(EngineContext& context)
    : m_context(context)
{}

core::Result<void> LoginFlow::create(const QSqlDatabase& db, LoginState& state) const
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    state.id = Random::token(32);
    state.createdAt = now;
    state.expiresAt = now + qint64(m_context.loginLifetimeSecs) * 1000;
    // Housekeeping: expired states are useless (single use, short-lived); drop a bounded batch.
    (void)Sql::exec(db, QStringLiteral("DELETE FROM login_states WHERE expires_at < ?"), {now - 3600 * 1000});
    auto inserted =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO login_states (") + kColumns
                      + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {state.id,
                   state.purpose == LoginState::Purpose::Test ? QStringLiteral("test") : QStringLiteral("authorize"),
                   Sql::text(state.clientId),
                   Sql::text(state.redirectUri),
                   Sql::nonNull(state.scope),
                   Sql::text(state.state),
                   Sql::text(state.nonce),
                   Sql::text(state.codeChallenge),
                   state.organizationId,
                   state.connectionId,
                   Sql::text(state.loginHint),
                   state.forceAuthn ? 1 : 0,
                   Sql::text(state.upstreamRequestId),
                   Sql::text(state.upstreamRequest),
                   Sql::text(state.testRequestId),
                   state.createdAt,
                   state.expiresAt});
    return inserted.ok() ? core::Result<void>() : core::Result<void>(inserted.error());
}

core::Result<LoginState> LoginFlow::load(const QString& id) const
{
    if (id.isEmpty() || id.size() > 128) {
        return invalidState();
    }
    std::optional<LoginState> found;
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT ") + kColumns
                               + QStringLiteral(" FROM login_states WHERE id = ? AND consumed_at IS NULL "
                                                "AND expires_at > ?"),
                           {id, now});
        if (!q.ok()) {
            return q.error();
        }
        if (q.value().next()) {
            found = fromRow(q.value());
        }
        return {};
    });
    if (!read.ok()) {
        return read.error();
    }
    if (!found) {
        return invalidState();
    }
    return *found;
}

core::Result<void>
LoginFlow::recordUpstreamRequest(const QString& id, const QString& requestId, const QString& request) const
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("UPDATE login_states SET upstream_request_id = ?, upstream_request = ? "
                                          "WHERE id = ? AND consumed_at IS NULL AND expires_at > ?"),
                           {requestId, Sql::text(request), id, now});
        if (!q.ok()) {
            return q.error();
        }
        return q.value().numRowsAffected() == 1 ? core::Result<void>() : core::Result<void>(invalidState());
    });
    return written;
}

core::Result<LoginState> LoginFlow::consume(const QSqlDatabase& db, const QString& id, qint64 now) const
{
    auto q =
        Sql::exec(db,
                  QStringLiteral("SELECT ") + kColumns
                      + QStringLiteral(" FROM login_states WHERE id = ? AND consumed_at IS NULL AND expires_at > ?"),
                  {id, now});
    if (!q.ok()) {
        return q.error();
    }
    if (!q.value().next()) {
        return invalidState();
    }
    LoginState state = fromRow(q.value());
    // The guarded UPDATE makes the state single use even when two instances race for it.
    auto consumed = Sql::exec(
        db, QStringLiteral("UPDATE login_states SET consumed_at = ? WHERE id = ? AND consumed_at IS NULL"), {now, id});
    if (!consumed.ok()) {
        return consumed.error();
    }
    if (consumed.value().numRowsAffected() != 1) {
        return invalidState();
    }
    return state;
}

core::Result<QString>
LoginFlow::checkDomain(const QSqlDatabase& db, const LoginState& state, const QString& email) const
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT domain FROM domains WHERE organization_id = ? "
                                      "AND verification_status IN ('VERIFIED', 'AUTO_VERIFIED')"),
                       {state.organizationId});
    if (!q.ok()) {
        return q.error();
    }
    QStringList verified;
    while (q.value().next()) {
        verified << q.value().value(0).toString().toLower();
    }
    if (verified.isEmpty() || verified.contains(emailDomain(email))) {
        return QString();
    }
    return QStringLiteral("The email domain '%1' is not one of the organization's verified domains (%2)")
        .arg(emailDomain(email), verified.join(QStringLiteral(", ")));
}

core::Result<LoginFlow::Outcome> LoginFlow::complete(const QString& loginStateId,
                                                     const NormalizedProfile& profile,
                                                     const Evidence& evidence,
                                                     const Step& inTransaction) const
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    Outcome outcome;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto state = consume(db, loginStateId, now);
        if (!state.ok()) {
            return state.error();
        }
        core::Result<Outcome> result = core::Error{};
        if (auto step = inTransaction ? inTransaction(db) : core::Result<void>(); !step.ok()) {
            if (step.error().code == QStringLiteral("sql")) {
                return step.error();
            }
            Evidence withReason = evidence;
            withReason.reason = step.error().message;
            withReason.fix = step.error().detail;
            result = failed(db, state.value(), step.error().code, step.error().message, withReason, now);
        } else if (auto domain = checkDomain(db, state.value(), profile.email); !domain.ok()) {
            return domain.error();
        } else if (!domain.value().isEmpty()) {
            Evidence withReason = evidence;
            withReason.reason = domain.value();
            withReason.fix = QStringLiteral("Add and verify the user's email domain for this organization, or sign "
                                            "in with an account of a verified domain.");
            result = failed(db,
                            state.value(),
                            QStringLiteral("invalid_user_domain"),
                            QStringLiteral("User's domain not allowed for this SSO connection"),
                            withReason,
                            now);
        } else {
            result = succeed(db, state.value(), profile, evidence, now);
        }
        if (!result.ok()) {
            return result.error();
        }
        outcome = result.value();
        return {};
    });
    if (!written.ok()) {
        return written.error();
    }
    return outcome;
}

core::Result<LoginFlow::Outcome> LoginFlow::fail(const QString& loginStateId,
                                                 const QString& errorCode,
                                                 const QString& description,
                                                 const Evidence& evidence) const
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    Outcome outcome;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto state = consume(db, loginStateId, now);
        if (!state.ok()) {
            return state.error();
        }
        auto result = failed(db, state.value(), errorCode, description, evidence, now);
        if (!result.ok()) {
            return result.error();
        }
        outcome = result.value();
        return {};
    });
    if (!written.ok()) {
        return written.error();
    }
    return outcome;
}

core::Result<LoginFlow::Outcome> LoginFlow::succeed(const QSqlDatabase& db,
                                                    const LoginState& state,
                                                    const NormalizedProfile& profile,
                                                    const Evidence& evidence,
                                                    qint64 now) const
{
    if (state.purpose == LoginState::Purpose::Test) {
        QJsonObject result{{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                           {QStringLiteral("user_info"), profile.toJson()},
                           {QStringLiteral("trace"), evidence.trace},
                           {QStringLiteral("authn_request"), state.upstreamRequest},
                           {QStringLiteral("saml_response"), evidence.upstreamResponse}};
        if (auto stored = storeTestResult(db, state, result, true, now); !stored.ok()) {
            return stored.error();
        }
        return Outcome{testResultUrl(state), true, {}};
    }
    const QString code = Random::token(32);
    auto inserted = Sql::exec(db,
                              QStringLiteral("INSERT INTO authorization_codes (code_hash, client_id, redirect_uri, "
                                             "scope, nonce, code_challenge, organization_id, connection_id, profile, "
                                             "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {m_context.hasher.hash(code),
                               state.clientId,
                               state.redirectUri,
                               state.scope,
                               Sql::text(state.nonce),
                               Sql::text(state.codeChallenge),
                               state.organizationId,
                               state.connectionId,
                               json(profile.toJson()),
                               now,
                               now + qint64(m_context.codeLifetimeSecs) * 1000});
    if (!inserted.ok()) {
        return inserted.error();
    }
    (void)Sql::exec(db, QStringLiteral("DELETE FROM authorization_codes WHERE expires_at < ?"), {now - 86400 * 1000LL});
    qCInfo(lcLogin) << "login completed for connection" << state.connectionId << "client" << state.clientId;
    QList<QPair<QString, QString>> items{{QStringLiteral("code"), code}};
    if (!state.state.isEmpty()) {
        items.append({QStringLiteral("state"), state.state});
    }
    return Outcome{appendQuery(state.redirectUri, items), true, {}};
}

core::Result<LoginFlow::Outcome> LoginFlow::failed(const QSqlDatabase& db,
                                                   const LoginState& state,
                                                   const QString& errorCode,
                                                   const QString& description,
                                                   const Evidence& evidence,
                                                   qint64 now) const
{
    qCInfo(lcLogin) << "login failed for connection" << state.connectionId << "with" << errorCode;
    if (state.purpose == LoginState::Purpose::Test) {
        QJsonObject result{{QStringLiteral("status"), QStringLiteral("FAILURE")},
                           {QStringLiteral("error"), errorCode},
                           {QStringLiteral("error_description"), description},
                           {QStringLiteral("error_details"), evidence.reason.isEmpty() ? description : evidence.reason},
                           {QStringLiteral("fix"), evidence.fix},
                           {QStringLiteral("trace"), evidence.trace},
                           {QStringLiteral("authn_request"), state.upstreamRequest},
                           {QStringLiteral("saml_response"), evidence.upstreamResponse}};
        if (auto stored = storeTestResult(db, state, result, false, now); !stored.ok()) {
            return stored.error();
        }
        return Outcome{testResultUrl(state), false, errorCode};
    }
    return Outcome{errorRedirect(state.redirectUri, errorCode, description, state.state), false, errorCode};
}

core::Result<void> LoginFlow::storeTestResult(
    const QSqlDatabase& db, const LoginState& state, const QJsonObject& result, bool success, qint64 now) const
{
    return Sql::execOne(db,
                        QStringLiteral("UPDATE connection_test_requests SET status = ?, result = ?, updated_at = ? "
                                       "WHERE id = ? AND connection_id = ?"),
                        {success ? QStringLiteral("SUCCESS") : QStringLiteral("FAILURE"),
                         json(result),
                         now,
                         state.testRequestId,
                         state.connectionId});
}

QString
LoginFlow::upstreamStartUrl(const QString& connectionType, const QString& connectionId, const QString& loginId) const
{
    const QString protocol = connectionType == QStringLiteral("OIDC") ? QStringLiteral("oidc") : QStringLiteral("saml");
    return appendQuery(m_context.baseUrl + QStringLiteral("/sso/v1/") + protocol + u'/' + connectionId
                           + QStringLiteral("/start"),
                       {{QStringLiteral("login"), loginId}});
}

QString LoginFlow::testResultUrl(const LoginState& state) const
{
    return appendQuery(m_context.baseUrl + QStringLiteral("/sso/v1/connections/") + state.connectionId
                           + QStringLiteral("/test-requests/") + state.testRequestId,
                       {{QStringLiteral("login"), state.id}});
}

QString LoginFlow::errorRedirect(const QString& redirectUri,
                                 const QString& error,
                                 const QString& description,
                                 const QString& state)
{
    QList<QPair<QString, QString>> items{{QStringLiteral("error"), error},
                                         {QStringLiteral("error_description"), description}};
    if (!state.isEmpty()) {
        items.append({QStringLiteral("state"), state});
    }
    return appendQuery(redirectUri, items);
}

QString LoginFlow::appendQuery(const QString& uri, const QList<QPair<QString, QString>>& items)
{
    QString out = uri;
    QChar separator = uri.contains(u'?') ? u'&' : u'?';
    for (const auto& [key, value] : items) {
        out += separator + QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'='
               + QString::fromLatin1(QUrl::toPercentEncoding(value));
        separator = u'&';
    }
    return out;
}

} // namespace gatehouse::engine
