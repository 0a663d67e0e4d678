#include "engine/sso/OidcDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace gatehouse::engine {

namespace {

const QString kWellKnown = QStringLiteral("/.well-known/openid-configuration");
const QString kEntraTemplate = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
const QStringList kAccepted{QStringLiteral("RS256"), QStringLiteral("PS256"), QStringLiteral("ES256")};

core::Error invalid(const QString& message)
{
    return core::Error{QStringLiteral("oidc.discovery"), message, {}};
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString()) {
            out.append(item.toString());
        }
    }
    return out;
}

bool goodUrl(const QString& text, bool allowHttp)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() && url.fragment().isEmpty()
           && (url.scheme() == QStringLiteral("https") || (allowHttp && url.scheme() == QStringLiteral("http")));
}

} // namespace

bool OidcProviderMetadata::issuerIsTemplate() const
{
    return issuer.contains(QStringLiteral("{tenantid}"));
}

bool OidcDiscovery::isEntraMultiTenant(const QString& issuer)
{
    static const QRegularExpression shape(QStringLiteral(
        "^https://login\\.microsoftonline\\.com/(common|organizations|consumers|\\{tenantid\\})/v2\\.0/?$"));
    return shape.match(issuer).hasMatch();
}

QUrl OidcDiscovery::discoveryUrl(const QString& issuerOrWellKnown)
{
    QString text = issuerOrWellKnown.trimmed();
    if (text.contains(QStringLiteral("/.well-known/"))) {
        return QUrl(text, QUrl::StrictMode);
    }
    while (text.endsWith(u'/')) {
        text.chop(1);
    }
    return QUrl(text + kWellKnown, QUrl::StrictMode);
}

QString OidcDiscovery::issuerFor(const QUrl& discoveryUrl)
{
    // RFC 8414 / Discovery §4: the issuer is what precedes "/.well-known/…" (query and fragment never belong to it).
    const QString text = discoveryUrl.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const qsizetype at = text.indexOf(QStringLiteral("/.well-known/"));
    return at < 0 ? QString() : text.first(at);
}

core::Result<OidcProviderMetadata>
OidcDiscovery::parse(const QByteArray& json, const QString& expectedIssuer, bool allowHttp)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalid(QStringLiteral("The OpenID configuration is not a JSON object."));
    }
    const QJsonObject o = doc.object();
    OidcProviderMetadata m;
    m.issuer = o.value(QStringLiteral("issuer")).toString();
    m.authorizationEndpoint = o.value(QStringLiteral("authorization_endpoint")).toString();
    m.tokenEndpoint = o.value(QStringLiteral("token_endpoint")).toString();
    m.userinfoEndpoint = o.value(QStringLiteral("userinfo_endpoint")).toString();
    m.jwksUri = o.value(QStringLiteral("jwks_uri")).toString();
    const QList<QPair<QString, QString>> required{{QStringLiteral("issuer"), m.issuer},
                                                  {QStringLiteral("authorization_endpoint"), m.authorizationEndpoint},
                                                  {QStringLiteral("token_endpoint"), m.tokenEndpoint},
                                                  {QStringLiteral("jwks_uri"), m.jwksUri}};
    for (const auto& [name, value] : required) {
        if (value.isEmpty()) {
            return invalid(QStringLiteral("The OpenID configuration has no %1.").arg(name));
        }
        // The Entra template's "{tenantid}" is not URL syntax: check the URL with a tenant put in.
        QString checked = value;
        checked.replace(QStringLiteral("{tenantid}"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
        if (!goodUrl(checked, allowHttp)) {
            return invalid(QStringLiteral("The OpenID configuration's %1 \"%2\" is not an %3 URL.")
                               .arg(name, value, allowHttp ? QStringLiteral("http(s)") : QStringLiteral("https")));
        }
    }
    if (!m.userinfoEndpoint.isEmpty() && !goodUrl(m.userinfoEndpoint, allowHttp)) {
        return invalid(QStringLiteral("The OpenID configuration's userinfo_endpoint \"%1\" is not an %2 URL.")
                           .arg(m.userinfoEndpoint, allowHttp ? QStringLiteral("http(s)") : QStringLiteral("https")));
    }
    if (!expectedIssuer.isEmpty() && m.issuer != expectedIssuer) {
        const bool entraTemplate = m.issuer == kEntraTemplate && isEntraMultiTenant(expectedIssuer);
        if (!entraTemplate) {
            return invalid(QStringLiteral("The OpenID configuration names the issuer \"%1\", but it was fetched for "
                                          "\"%2\"; they must be identical (OpenID Connect Discovery §4.3).")
                               .arg(m.issuer, expectedIssuer));
        }
        m.warnings.append(QStringLiteral("Multi-tenant Microsoft Entra issuer: ID tokens must carry a tid that, put "
                                         "into %1, gives their iss.")
                              .arg(kEntraTemplate));
    }
    if (o.contains(QStringLiteral("response_types_supported"))
        && !strings(o.value(QStringLiteral("response_types_supported"))).contains(QStringLiteral("code"))) {
        return invalid(QStringLiteral("The provider does not support the authorization code flow "
                                      "(response_types_supported has no \"code\")."));
    }
    if (o.contains(QStringLiteral("id_token_signing_alg_values_supported"))) {
        const QStringList advertised = strings(o.value(QStringLiteral("id_token_signing_alg_values_supported")));
        for (const QString& alg : advertised) {
            if (kAccepted.contains(alg)) {
                m.signingAlgs.append(alg);
            } else {
                m.warnings.append(QStringLiteral("ID token algorithm %1 is advertised but never accepted.").arg(alg));
            }
        }
        if (m.signingAlgs.isEmpty()) {
            return invalid(QStringLiteral("The provider signs ID tokens with none of RS256, PS256, ES256 (it "
                                          "advertises %1).")
                               .arg(advertised.join(QStringLiteral(", "))));
        }
    } else {
        m.signingAlgs = {QStringLiteral("RS256")};
        m.warnings.append(QStringLiteral("id_token_signing_alg_values_supported is missing; RS256 assumed."));
    }
    m.tokenAuthMethods = strings(o.value(QStringLiteral("token_endpoint_auth_methods_supported")));
    if (m.tokenAuthMethods.isEmpty()) {
        m.tokenAuthMethods = {QStringLiteral("client_secret_basic")};
    }
    m.pkceS256 = strings(o.value(QStringLiteral("code_challenge_methods_supported"))).contains(QStringLiteral("S256"));
    return m;
}

core::Result<OidcKeySet> OidcDiscovery::parseJwks(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QStringLiteral("keys")).isArray()) {
        return core::Error{
            QStringLiteral("oidc.jwks"), QStringLiteral("The JWKS is not a JSON object with \"keys\"."), {}};
    }
    OidcKeySet set;
    for (const QJsonValue& value : doc.object().value(QStringLiteral("keys")).toArray()) {
        auto key = PublicJwk::fromJson(value.toObject());
        if (key.ok()) {
            set.keys.append(key.value());
        } else {
            set.rejected.append(key.error().message);
        }
    }
    if (set.keys.isEmpty()) {
        return core::Error{
            QStringLiteral("oidc.jwks"),
            QStringLiteral("The JWKS has no usable signing key: %1")
                .arg(set.rejected.isEmpty() ? QStringLiteral("it is empty") : set.rejected.join(QStringLiteral("; "))),
            {}};
    }
    return set;
}

} // namespace gatehouse::engine
