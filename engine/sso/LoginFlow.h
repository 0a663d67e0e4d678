#pragma once

#include "core/util/Result.h"
#include "engine/sso/NormalizedProfile.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace gatehouse::engine {

struct EngineContext;

// One login between /oauth/authorize (or a connection test) and the upstream IdP, as stored in login_states.
struct LoginState
{
    enum class Purpose
    {
        Authorize, // an app's /oauth/authorize: the outcome goes to its redirect URI
        Test,      // a connection test: the outcome is stored in the test request and shown on a result page
    };

    QString id; // opaque, random (the SAML RelayState); never a redirect target
    Purpose purpose = Purpose::Authorize;
    QString clientId;
    QString redirectUri;
    QString scope;
    QString state;
    QString nonce;
    QString codeChallenge; // S256 only
    QString organizationId;
    QString connectionId;
    QString loginHint;
    bool forceAuthn = false;
    QString upstreamRequestId; // SAML AuthnRequest ID (the expected InResponseTo)
    QString upstreamRequest;   // the AuthnRequest XML, kept for connection tests' traces only
    QString testRequestId;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
};

// The interface between the protocol handlers that talk to IdPs (the SAML SP now, the OIDC RP later, the IdP
// simulator) and the provider side that talks to apps. A handler loads the login state named by its
// RelayState / state, runs its protocol, and ends the login with complete() or fail(); both consume the state
// (single use) and answer where to send the browser. Everything happens in one database transaction.
class LoginFlow
{
public:
    // What to send the browser to: the app's redirect URI with code & state (or error & error_description &
    // state), or for a connection test the engine's result page.
    struct Outcome
    {
        QString redirectUrl;
        bool success = false;
        QString errorCode; // when !success
    };

    // For connection tests: what the handler saw, stored with the result (expiring). Never logged.
    struct Evidence
    {
        QString reason;           // precise internal reason of a failure
        QString fix;              // what the admin should change
        QJsonArray trace;         // [{check, passed, detail}]
        QString upstreamResponse; // e.g. the SAML Response XML
    };

    // Extra work inside complete()'s transaction, e.g. the SAML replay-cache insert. An error aborts the login:
    // its code (an SSO error code) and message become the failure sent to the app.
    using Step = std::function<core::Result<void>(const QSqlDatabase&)>;

    explicit LoginFlow(EngineContext& context);

    // Stores a new login state (id generated here) inside the caller's transaction.
    core::Result<void> create(const QSqlDatabase& db, LoginState& state) const;
    // A login state that is neither consumed nor expired; error code "login_state_invalid" otherwise.
    core::Result<LoginState> load(const QString& id) const;
    // Remembers the upstream request (e.g. AuthnRequest ID) for the response check.
    core::Result<void> recordUpstreamRequest(const QString& id, const QString& requestId, const QString& request) const;

    core::Result<Outcome> complete(const QString& loginStateId,
                                   const NormalizedProfile& profile,
                                   const Evidence& evidence = {},
                                   const Step& inTransaction = {}) const;
    core::Result<Outcome> fail(const QString& loginStateId,
                               const QString& errorCode,
                               const QString& description,
                               const Evidence& evidence = {}) const;

    // Where the browser starts the upstream login for a connection type ("SAML" / "OIDC").
    QString upstreamStartUrl(const QString& connectionType, const QString& connectionId, const QString& loginId) const;
    // The app's redirect URI with the error parameters (used before a login state exists, too).
    static QString
    errorRedirect(const QString& redirectUri, const QString& error, const QString& description, const QString& state);
    static QString appendQuery(const QString& uri, const QList<QPair<QString, QString>>& items);
    QString testResultUrl(const LoginState& state) const;

private:
    core::Result<LoginState> consume(const QSqlDatabase& db, const QString& id, qint64 now) const;
    core::Result<QString> checkDomain(const QSqlDatabase& db, const LoginState& state, const QString& email) const;
    core::Result<Outcome> succeed(const QSqlDatabase& db,
                                  const LoginState& state,
                                  const NormalizedProfile& profile,
                                  const Evidence& evidence,
                                  qint64 now) const;
    core::Result<Outcome> failed(const QSqlDatabase& db,
                                 const LoginState& state,
                                 const QString& errorCode,
                                 const QString& description,
                                 const Evidence& evidence,
                                 qint64 now) const;
    core::Result<void> storeTestResult(
        const QSqlDatabase& db, const LoginState& state, const QJsonObject& result, bool success, qint64 now) const;

    EngineContext& m_context;
};

} // namespace gatehouse::engine
