#include "engine/api/ConnectionsApi.h"

#include "core/x509/Certificate.h"
#include "engine/EngineContext.h"
#include "engine/api/ApiSupport.h"
#include "engine/api/AuditLog.h"
#include "engine/api/IdpMetadataImport.h"
#include "engine/api/OrganizationStore.h"
#include "engine/api/OrganizationsApi.h"
#include "engine/api/Timestamps.h"
#include "engine/crypto/SecretBox.h"
#include "engine/http/ApiError.h"
#include "engine/http/JsonInput.h"
#include "engine/http/Router.h"
#include "engine/sso/MetadataRefresher.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonDocument>
#include <QUrl>

namespace gatehouse::engine {

namespace {

const QStringList kProviders{QStringLiteral("CONNECTION_PROVIDER_UNSPECIFIED"),
                             QStringLiteral("OKTA"),
                             QStringLiteral("GOOGLE"),
                             QStringLiteral("MICROSOFT_AD"),
                             QStringLiteral("AUTH0"),
                             QStringLiteral("ONELOGIN"),
                             QStringLiteral("PING_IDENTITY"),
                             QStringLiteral("JUMPCLOUD"),
                             QStringLiteral("CUSTOM"),
                             QStringLiteral("GITHUB"),
                             QStringLiteral("GITLAB"),
                             QStringLiteral("LINKEDIN"),
                             QStringLiteral("SALESFORCE"),
                             QStringLiteral("MICROSOFT"),
                             QStringLiteral("IDP_SIMULATOR"),
                             QStringLiteral("SCALEKIT"),
                             QStringLiteral("ADFS")};
const QStringList kTypes{QStringLiteral("INVALID"),
                         QStringLiteral("OIDC"),
                         QStringLiteral("SAML"),
                         QStringLiteral("PASSWORD"),
                         QStringLiteral("OAUTH"),
                         QStringLiteral("PASSWORDLESS"),
                         QStringLiteral("BASIC"),
                         QStringLiteral("BEARER"),
                         QStringLiteral("API_KEY"),
                         QStringLiteral("WEBAUTHN"),
                         QStringLiteral("OAUTH_M2M"),
                         QStringLiteral("TRELLO_OAUTH1"),
                         QStringLiteral("GOOGLE_DWD"),
                         QStringLiteral("TRUSTED_IDP"),
                         QStringLiteral("SMART_FHIR"),
                         QStringLiteral("NO_AUTH")};
const QStringList kConfigurationTypes{
    QStringLiteral("CONFIGURATION_TYPE_UNSPECIFIED"), QStringLiteral("DISCOVERY"), QStringLiteral("MANUAL")};
const QStringList kNameIdFormats{QStringLiteral("NAME_ID_FORMAT_NIL"),
                                 QStringLiteral("UNSPECIFIED"),
                                 QStringLiteral("EMAIL"),
                                 QStringLiteral("TRANSIENT"),
                                 QStringLiteral("PERSISTENT")};
const QStringList kBindings{
    QStringLiteral("REQUEST_BINDING_UNSPECIFIED"), QStringLiteral("HTTP_POST"), QStringLiteral("HTTP_REDIRECT")};
const QStringList kSigningOptions{QStringLiteral("SAML_SIGNING_OPTIONS_UNSPECIFIED"),
                                  QStringLiteral("NO_SIGNING"),
                                  QStringLiteral("SAML_ONLY_RESPONSE_SIGNING"),
                                  QStringLiteral("SAML_ONLY_ASSERTION_SIGNING"),
                                  QStringLiteral("SAML_RESPONSE_ASSERTION_SIGNING"),
                                  QStringLiteral("SAML_RESPONSE_OR_ASSERTION_SIGNING")};
const QStringList kTokenAuthTypes{
    QStringLiteral("TOKEN_AUTH_TYPE_UNSPECIFIED"), QStringLiteral("URL_PARAMS"), QStringLiteral("BASIC_AUTH")};
const QStringList kScopes{QStringLiteral("OIDC_SCOPE_UNSPECIFIED"),
                          QStringLiteral("openid"),
                          QStringLiteral("profile"),
                          QStringLiteral("email"),
                          QStringLiteral("address"),
                          QStringLiteral("phone")};

constexpr int kMaxConnectionDomains = 50;           // AssignDomainsToConnection: repeated{max_items=50}
constexpr int kMaxContextBytes = 16 * 1024;         // a connection context, as compact JSON
constexpr int kMaxContextDepth = 8;                 // nesting of objects and arrays in a context
constexpr int kMaxContextKeyLength = 128;           // a context's object keys
constexpr int kMaxOrganizationConnectionsPage = 30; // ListOrganizationConnections: page_size lte=30

enum class Kind
{
    Url,
    Text,
    Flag,
    Choice,
};

struct FieldSpec
{
    QString name;
    Kind kind;
    const QStringList* choices = nullptr;
};

const QList<FieldSpec> kSamlFields{{QStringLiteral("idp_metadata_url"), Kind::Url, nullptr},
                                   {QStringLiteral("idp_entity_id"), Kind::Text, nullptr},
                                   {QStringLiteral("idp_sso_url"), Kind::Url, nullptr},
                                   {QStringLiteral("idp_slo_url"), Kind::Url, nullptr},
                                   {QStringLiteral("default_redirect_uri"), Kind::Url, nullptr},
                                   {QStringLiteral("ui_button_title"), Kind::Text, nullptr},
                                   {QStringLiteral("idp_name_id_format"), Kind::Choice, &kNameIdFormats},
                                   {QStringLiteral("idp_sso_request_binding"), Kind::Choice, &kBindings},
                                   {QStringLiteral("idp_slo_request_binding"), Kind::Choice, &kBindings},
                                   {QStringLiteral("saml_signing_option"), Kind::Choice, &kSigningOptions},
                                   {QStringLiteral("force_authn"), Kind::Flag, nullptr},
                                   {QStringLiteral("assertion_encrypted"), Kind::Flag, nullptr},
                                   {QStringLiteral("want_request_signed"), Kind::Flag, nullptr},
                                   {QStringLiteral("idp_slo_required"), Kind::Flag, nullptr},
                                   {QStringLiteral("allow_idp_initiated_login"), Kind::Flag, nullptr},
                                   {QStringLiteral("sync_user_profile_on_login"), Kind::Flag, nullptr},
                                   {QStringLiteral("jit_provisioning_with_sso_enabled"), Kind::Flag, nullptr}};
const QList<FieldSpec> kOidcFields{{QStringLiteral("issuer"), Kind::Url, nullptr},
                                   {QStringLiteral("discovery_endpoint"), Kind::Url, nullptr},
                                   {QStringLiteral("authorize_uri"), Kind::Url, nullptr},
                                   {QStringLiteral("token_uri"), Kind::Url, nullptr},
                                   {QStringLiteral("user_info_uri"), Kind::Url, nullptr},
                                   {QStringLiteral("jwks_uri"), Kind::Url, nullptr},
                                   {QStringLiteral("client_id"), Kind::Text, nullptr},
                                   {QStringLiteral("token_auth_type"), Kind::Choice, &kTokenAuthTypes},
                                   {QStringLiteral("pkce_enabled"), Kind::Flag, nullptr},
                                   {QStringLiteral("idp_logout_required"), Kind::Flag, nullptr},
                                   {QStringLiteral("sync_user_profile_on_login"), Kind::Flag, nullptr},
                                   {QStringLiteral("jit_provisioning_with_sso_enabled"), Kind::Flag, nullptr}};

core::Error notFound()
{
    return core::Error{QStringLiteral("not_found"), {}, {}};
}

// Audit event type of a connection change: organization.connection_<what>, or environment.connection_<what> for an
// environment-level connection.
QString eventType(const Connection& connection, const QString& what)
{
    return (connection.organizationId.isEmpty() ? QStringLiteral("environment.connection_")
                                                : QStringLiteral("organization.connection_"))
           + what;
}

bool acceptableUrl(const QString& text, bool development)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty()
           && (scheme == QStringLiteral("https") || (development && scheme == QStringLiteral("http")));
}

// Reads the fields of specs into settings; "" clears a string field.
void readFields(JsonInput& in, const QList<FieldSpec>& specs, QJsonObject& settings, bool development)
{
    for (const FieldSpec& spec : specs) {
        if (spec.kind == Kind::Flag) {
            if (const auto flag = in.boolean(spec.name)) {
                settings.insert(spec.name, *flag);
            }
            continue;
        }
        if (spec.kind == Kind::Choice) {
            if (const auto choice = in.enumName(spec.name, *spec.choices)) {
                settings.insert(spec.name, *choice);
            }
            continue;
        }
        const auto text = in.string(spec.name, {0, spec.kind == Kind::Url ? 2048 : 1024});
        if (!text) {
            continue;
        }
        if (text->isEmpty()) {
            settings.remove(spec.name);
        } else if (spec.kind == Kind::Url && !acceptableUrl(*text, development)) {
            in.violation(spec.name,
                         development ? QStringLiteral("must be an absolute http or https URL")
                                     : QStringLiteral("must be an absolute https URL"));
        } else {
            settings.insert(spec.name, *text);
        }
    }
}

// A connection context (google.protobuf.Struct): object keys 1–128 characters, nesting at most kMaxContextDepth.
void checkContextValue(const QJsonValue& value, const QString& path, int depth, QList<FieldViolation>& violations)
{
    if (violations.size() >= 20) {
        return;
    }
    if (depth > kMaxContextDepth && (value.isObject() || value.isArray())) {
        violations.append({path, QStringLiteral("nested more than %1 levels deep").arg(kMaxContextDepth)});
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString child = path.isEmpty() ? it.key() : QString(path + u'.' + it.key());
            if (it.key().isEmpty() || it.key().size() > kMaxContextKeyLength) {
                violations.append({path.isEmpty() ? QStringLiteral("context") : path,
                                   QStringLiteral("keys must be 1 to %1 characters").arg(kMaxContextKeyLength)});
                continue;
            }
            checkContextValue(it.value(), child, depth + 1, violations);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            checkContextValue(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), depth + 1, violations);
        }
    }
}

QString toPem(const QByteArray& der)
{
    QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\n");
    const QString body = QString::fromLatin1(der.toBase64());
    for (qsizetype i = 0; i < body.size(); i += 64) {
        pem += body.mid(i, 64) + u'\n';
    }
    return pem + QStringLiteral("-----END CERTIFICATE-----\n");
}

// One or more PEM certificates, or the base64 DER of one (as in a ds:X509Certificate element).
core::Result<QList<core::x509::CertificateInfo>> parseCertificates(const QByteArray& text)
{
    if (text.contains("-----BEGIN")) {
        return core::x509::parsePem(text);
    }
    auto one = core::x509::parseBase64(text);
    if (!one.ok()) {
        return one.error();
    }
    return QList<core::x509::CertificateInfo>{one.value()};
}

} // namespace

ConnectionsApi::ConnectionsApi(EngineContext& context)
    : m_context(context)
{}

void ConnectionsApi::registerRoutes(Router& router)
{
    const auto bind = [this](HttpResponse (ConnectionsApi::*method)(HttpRequest&)) {
        return ApiSupport::handler(this, method);
    };
    const Router::RouteOptions read{true, QStringLiteral("connections:read")};
    const Router::RouteOptions write{true, QStringLiteral("connections:write")};
    const QString base = QStringLiteral("/api/v1/organizations/{organization_id}/connections");
    // All organizations ("-"): registered before the {organization_id} routes.
    router.add(
        "GET", QStringLiteral("/api/v1/organizations/-/connections:search"), bind(&ConnectionsApi::searchAll), read);
    router.add("GET", QStringLiteral("/api/v1/organizations/-/connections"), bind(&ConnectionsApi::listAll), read);
    router.add("POST", base, bind(&ConnectionsApi::create), write);
    router.add("PUT", base + QStringLiteral("/{id}/domains"), bind(&ConnectionsApi::assignDomains), write);
    // Environment-level forms of get / update / delete / enable / disable: the connection's organization is
    // looked up from its id.
    const QString environment = QStringLiteral("/api/v1/connections/{id}");
    router.add("GET", environment + QStringLiteral("/contexts"), bind(&ConnectionsApi::environmentGetContext), read);
    router.add(
        "PUT", environment + QStringLiteral("/contexts"), bind(&ConnectionsApi::environmentUpdateContext), write);
    router.add("GET", base + QStringLiteral("/{id}/contexts"), bind(&ConnectionsApi::getContext), read);
    router.add("PUT", base + QStringLiteral("/{id}/contexts"), bind(&ConnectionsApi::updateContext), write);
    router.add("PATCH", environment + QStringLiteral(":enable"), bind(&ConnectionsApi::environmentEnable), write);
    router.add("PATCH", environment + QStringLiteral(":disable"), bind(&ConnectionsApi::environmentDisable), write);
    router.add("GET", environment, bind(&ConnectionsApi::environmentGet), read);
    router.add("PATCH", environment, bind(&ConnectionsApi::environmentUpdate), write);
    router.add("DELETE", environment, bind(&ConnectionsApi::environmentRemove), write);
    router.add("GET", QStringLiteral("/api/v1/connections"), bind(&ConnectionsApi::list), read);
    // CreateEnvironmentConnection: a connection of the environment, no organization (never used for sign-in).
    router.add("POST", QStringLiteral("/api/v1/connections"), bind(&ConnectionsApi::create), write);
    router.add("PATCH", base + QStringLiteral("/{id}:enable"), bind(&ConnectionsApi::enable), write);
    router.add("PATCH", base + QStringLiteral("/{id}:disable"), bind(&ConnectionsApi::disable), write);
    router.add("POST",
               base + QStringLiteral("/{id}/saml_metadata:accept"),
               bind(&ConnectionsApi::acceptMetadata),
               write);
    router.add("GET", base + QStringLiteral("/{id}"), bind(&ConnectionsApi::get), read);
    router.add("PATCH", base + QStringLiteral("/{id}"), bind(&ConnectionsApi::update), write);
    router.add("DELETE", base + QStringLiteral("/{id}"), bind(&ConnectionsApi::remove), write);
}

std::optional<HttpResponse> ConnectionsApi::checkIds(const HttpRequest& request, bool withId) const
{
    // Organization routes always carry organization_id (route template; viaEnvironment sets it for an organization's
    // connection); without it the request is about an environment-level connection.
    if (request.pathParams.contains(QStringLiteral("organization_id"))) {
        if (auto bad = OrganizationsApi::checkOrganizationId(request.pathParam(QStringLiteral("organization_id")))) {
            return bad;
        }
    }
    const QString id = request.pathParam(QStringLiteral("id"));
    if (withId && (id.size() > 32 || !core::IdGenerator::isValid(id, u"conn"))) {
        return ApiError::invalidArgument(QStringLiteral("invalid connection id"),
                                         {{QStringLiteral("id"), QStringLiteral("must be a connection id (conn_…)")}});
    }
    return std::nullopt;
}

core::Result<Connection> ConnectionsApi::load(const QSqlDatabase& db, const HttpRequest& request)
{
    auto found = ConnectionStore::find(
        db, request.pathParam(QStringLiteral("organization_id")), request.pathParam(QStringLiteral("id")));
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    return *found.value();
}

HttpResponse ConnectionsApi::create(HttpRequest& request)
{
    if (auto bad = checkIds(request, false)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    Connection connection;
    const auto provider = in.enumName(QStringLiteral("provider"), kProviders, true);
    if (provider && *provider == kProviders.first()) {
        in.violation(QStringLiteral("provider"), QStringLiteral("provider is required"));
    }
    const auto type = in.enumName(QStringLiteral("type"), kTypes, true);
    if (type && *type != QStringLiteral("SAML") && *type != QStringLiteral("OIDC")) {
        in.violation(QStringLiteral("type"), QStringLiteral("only SAML and OIDC connections are supported"));
    }
    in.rejectUnknown();
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid connection"), violations);
    }
    connection.provider = *provider;
    connection.type = *type;
    connection.id = m_context.ids.next(u"conn");
    connection.organizationId = request.pathParam(QStringLiteral("organization_id"));
    const bool environment = !request.pathParams.contains(QStringLiteral("organization_id"));
    connection.createdAt = connection.updatedAt = m_context.clock.now().toMSecsSinceEpoch();
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (!environment) {
            auto org = OrganizationStore::find(db, QStringLiteral("id"), connection.organizationId);
            if (!org.ok() || !org.value()) {
                return org.ok() ? core::Result<void>(notFound()) : core::Result<void>(org.error());
            }
        }
        if (auto inserted = ConnectionStore::insert(db, connection); !inserted.ok()) {
            return inserted;
        }
        return m_context.audit.record(
            db,
            {eventType(connection, QStringLiteral("created")),
             ApiSupport::actor(request),
             connection.organizationId,
             QStringLiteral("Connection"),
             connection.id,
             {{QStringLiteral("type"), connection.type}, {QStringLiteral("provider"), connection.provider}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("organization"));
    }
    return HttpResponse::json(
        {{QStringLiteral("connection"), connection.toJson(m_context.baseUrl, m_context.environmentId)}}, 201);
}

HttpResponse ConnectionsApi::get(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    QJsonObject json;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto connection = load(db, request);
        if (!connection.ok()) {
            return connection.error();
        }
        json = connection.value().toJson(m_context.baseUrl, m_context.environmentId);
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("connection"));
    }
    return HttpResponse::json({{QStringLiteral("connection"), json}});
}

HttpResponse ConnectionsApi::list(HttpRequest& request)
{
    ConnectionStore::Filter filter;
    filter.organizationId = request.queryValue(QStringLiteral("organization_id")).value_or(QString());
    filter.domain = request.queryValue(QStringLiteral("domain")).value_or(QString()).toLower();
    if (!filter.organizationId.isEmpty()) {
        if (OrganizationsApi::checkOrganizationId(filter.organizationId)) {
            return ApiError::invalidArgument(
                QStringLiteral("invalid organization id"),
                {{QStringLiteral("organization_id"), QStringLiteral("must be an organization id (org_…)")}});
        }
    }
    if (filter.domain.size() > 255) {
        return ApiError::invalidArgument(QStringLiteral("invalid domain"),
                                         {{QStringLiteral("domain"), QStringLiteral("at most 255 characters")}});
    }
    QJsonArray items;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto all = ConnectionStore::list(db, filter);
        if (!all.ok()) {
            return all.error();
        }
        for (const Connection& c : std::as_const(all.value())) {
            items.append(c.toListJson());
        }
        if (!filter.organizationId.isEmpty() || !filter.domain.isEmpty()) {
            return {}; // environment-level connections have neither an organization nor domains
        }
        auto environment = ConnectionStore::listEnvironment(db);
        if (!environment.ok()) {
            return environment.error();
        }
        for (const Connection& c : std::as_const(environment.value())) {
            items.append(c.toListJson());
        }
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("connection"));
    }
    return HttpResponse::json({{QStringLiteral("connections"), items}});
}

void ConnectionsApi::readUpdate(JsonInput& in,
                                Connection& connection,
                                bool development,
                                IdpMetadataImport::Freshness* freshness)
{
    const bool saml = connection.type == QStringLiteral("SAML");
    if (const auto provider = in.enumName(QStringLiteral("provider"), kProviders)) {
        if (*provider == kProviders.first()) {
            in.violation(QStringLiteral("provider"), QStringLiteral("provider is required"));
        }
        connection.provider = *provider;
    }
    if (const auto type = in.enumName(QStringLiteral("type"), kTypes); type && *type != connection.type) {
        in.violation(QStringLiteral("type"), QStringLiteral("the connection type cannot be changed"));
    }
    connection.debugEnabled = in.boolean(QStringLiteral("debug_enabled")).value_or(connection.debugEnabled);
    connection.uiButtonTitle =
        in.string(QStringLiteral("ui_button_title"), {0, 256}).value_or(connection.uiButtonTitle);
    connection.configurationType =
        in.enumName(QStringLiteral("configuration_type"), kConfigurationTypes).value_or(connection.configurationType);
    if (const auto mapping = in.stringMap(QStringLiteral("attribute_mapping"), 30, {1, 100}, {1, 256})) {
        connection.attributeMapping = QJsonObject();
        for (auto it = mapping->cbegin(); it != mapping->cend(); ++it) {
            connection.attributeMapping.insert(it.key(), it.value());
        }
    }
    const QString mine = saml ? QStringLiteral("saml_config") : QStringLiteral("oidc_config");
    const QString other = saml ? QStringLiteral("oidc_config") : QStringLiteral("saml_config");
    if (in.has(other)) {
        in.object(other);
        in.violation(other, QStringLiteral("this is a %1 connection; use %2").arg(connection.type, mine));
    }
    const auto config = in.object(mine);
    if (!config) {
        return;
    }
    // development widens the URL check only; the nested reader reports "saml_config.<field>".
    QList<FieldViolation> nested;
    JsonInput sub(*config, mine, &nested);
    readFields(sub, saml ? kSamlFields : kOidcFields, connection.settings, development);
    if (saml) {
        if (const auto metadata = sub.string(QStringLiteral("idp_metadata"), {0, 1 << 20});
            metadata && !metadata->isEmpty()) {
            IdpMetadataImport::apply(sub,
                                     QStringLiteral("idp_metadata"),
                                     metadata->toUtf8(),
                                     connection.settings,
                                     development,
                                     m_context.clock.now(),
                                     m_context.ids,
                                     freshness);
        }
        if (const auto pem = sub.string(QStringLiteral("idp_certificate"), {0, 65536})) {
            QJsonArray certificates;
            const QByteArray text = pem->toUtf8();
            const auto parsed = parseCertificates(pem->toUtf8());
            if (!pem->isEmpty() && !parsed.ok()) {
                sub.violation(QStringLiteral("idp_certificate"),
                              QStringLiteral("must be an X.509 certificate (PEM or base64 DER)"));
            } else if (!pem->isEmpty()) {
                const QString now = Timestamps::rfc3339(m_context.clock.now().toMSecsSinceEpoch());
                for (const core::x509::CertificateInfo& info : std::as_const(parsed.value())) {
                    certificates.append(QJsonObject{
                        {QStringLiteral("id"), m_context.ids.next(u"cert")},
                        {QStringLiteral("certificate"), toPem(info.der)},
                        {QStringLiteral("create_time"), now},
                        {QStringLiteral("expiry_time"), Timestamps::rfc3339(info.notAfter.toMSecsSinceEpoch())},
                        {QStringLiteral("issuer"), info.issuer}});
                }
            }
            connection.settings.insert(QStringLiteral("idp_certificates"), certificates);
        }
    } else {
        if (const auto scopes = sub.array(QStringLiteral("scopes"))) {
            QJsonArray clean;
            for (qsizetype i = 0; i < scopes->size(); ++i) {
                const QString scope = scopes->at(i).toString();
                if (!scopes->at(i).isString() || scope == kScopes.first() || !kScopes.contains(scope)) {
                    sub.violation(QStringLiteral("scopes[%1]").arg(i),
                                  QStringLiteral("value must be one of %1").arg(kScopes.mid(1).join(u", ")));
                } else if (!clean.contains(scope)) {
                    clean.append(scope);
                }
            }
            connection.settings.insert(QStringLiteral("scopes"), clean);
        }
        if (const auto secret = sub.string(QStringLiteral("client_secret"), {0, 1024})) {
            if (secret->isEmpty()) {
                connection.clientSecretSealed.clear();
            } else if (auto sealed = m_context.box->seal(secret->toUtf8(), connection.id.toUtf8()); sealed.ok()) {
                connection.clientSecretSealed = QString::fromLatin1(sealed.value());
            } else {
                sub.violation(QStringLiteral("client_secret"), QStringLiteral("could not be stored"));
            }
        }
    }
    sub.rejectUnknown();
    for (const FieldViolation& v : std::as_const(nested)) {
        in.violation(v.field, v.description);
    }
}

HttpResponse ConnectionsApi::update(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    // saml_config.idp_metadata_url: fetched first (guarded fetcher), then imported like a pasted idp_metadata.
    const QJsonObject samlConfig = body.value(QStringLiteral("saml_config")).toObject();
    const QString metadataUrl = samlConfig.value(QStringLiteral("idp_metadata_url")).toString();
    if (m_refresher && !metadataUrl.isEmpty() && !samlConfig.contains(QStringLiteral("idp_metadata"))) {
        const QUrl url(metadataUrl, QUrl::StrictMode);
        bool development = false;
        auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
            auto dev = ConnectionStore::isDevelopment(db, m_context.environmentId);
            development = dev.ok() && dev.value();
            return dev.ok() ? core::Result<void>() : core::Result<void>(dev.error());
        });
        if (!read.ok()) {
            return ApiError::fromStore(read.error(), QStringLiteral("connection"));
        }
        if (!acceptableUrl(metadataUrl, development)) {
            return ApiError::invalidArgument(
                QStringLiteral("invalid connection update"),
                {{QStringLiteral("saml_config.idp_metadata_url"),
                  development ? QStringLiteral("must be an absolute http(s) URL")
                              : QStringLiteral("must be an absolute https URL")}});
        }
        return HttpResponse::async([this, request, body, url, development](std::function<void(HttpResponse)> reply) {
            m_refresher->fetch(url, development, [this, request, body, reply](core::Result<QByteArray> fetched) {
                if (!fetched.ok()) {
                    reply(ApiError::invalidArgument(
                        QStringLiteral("invalid connection update"),
                        {{QStringLiteral("saml_config.idp_metadata_url"),
                          QStringLiteral("could not be fetched (%1): %2")
                              .arg(fetched.error().code, fetched.error().message)}}));
                    return;
                }
                QJsonObject withDocument = body;
                QJsonObject config = withDocument.value(QStringLiteral("saml_config")).toObject();
                config.insert(QStringLiteral("idp_metadata"), QString::fromUtf8(fetched.value()));
                withDocument.insert(QStringLiteral("saml_config"), config);
                HttpRequest copy = request;
                reply(updateWith(copy, withDocument));
            });
        });
    }
    return updateWith(request, body);
}

HttpResponse ConnectionsApi::updateWith(HttpRequest& request, const QJsonObject& body)
{
    QJsonObject json;
    QList<FieldViolation> violations;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto connection = load(db, request);
        if (!connection.ok()) {
            return connection.error();
        }
        auto development = ConnectionStore::isDevelopment(db, m_context.environmentId);
        if (!development.ok()) {
            return development.error();
        }
        JsonInput in(body, QString(), &violations);
        IdpMetadataImport::Freshness freshness;
        readUpdate(in, connection.value(), development.value(), &freshness);
        in.rejectUnknown();
        if (!violations.isEmpty()) {
            return core::Error{QStringLiteral("invalid_body"), {}, {}};
        }
        const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
        connection.value().updatedAt = now;
        if (auto updated = ConnectionStore::update(db, connection.value()); !updated.ok()) {
            return updated;
        }
        // The refresh schedule is kept for organization connections only (saml_metadata_refresh references
        // connections); an environment connection keeps the metadata imported by this update.
        if (m_refresher && !connection.value().organizationId.isEmpty()
            && body.value(QStringLiteral("saml_config")).toObject().contains(QStringLiteral("idp_metadata_url"))) {
            if (auto scheduled =
                    MetadataRefresher::schedule(db, connection.value(), freshness, now, m_refresher->settings());
                !scheduled.ok()) {
                return scheduled;
            }
        }
        json = connection.value().toJson(m_context.baseUrl, m_context.environmentId);
        QStringList fields;
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) { // names only, never values
            const QStringList inner = it.value().isObject() && it.key() != QStringLiteral("attribute_mapping")
                                          ? it.value().toObject().keys()
                                          : QStringList();
            fields.append(it.key());
            for (const QString& key : inner) {
                fields.append(QString(it.key() + u'.' + key));
            }
        }
        return m_context.audit.record(db,
                                      {eventType(connection.value(), QStringLiteral("updated")),
                                       ApiSupport::actor(request),
                                       connection.value().organizationId,
                                       QStringLiteral("Connection"),
                                       connection.value().id,
                                       {{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                                        {QStringLiteral("status"), connection.value().status()}}});
    });
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid connection update"), violations);
    }
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("connection"));
    }
    return HttpResponse::json({{QStringLiteral("connection"), json}});
}

// Applies the metadata change a refresh held back (saml_config.saml_metadata_pending_change): a new entity ID or
// the removal of the certificate in use. 412 when nothing is pending.
HttpResponse ConnectionsApi::acceptMetadata(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    if (!request.body.trimmed().isEmpty() && request.body.trimmed() != "{}") {
        return ApiError::invalidArgument(QStringLiteral("this call takes no body"));
    }
    QJsonObject json;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto connection = load(db, request);
        if (!connection.ok()) {
            return connection.error();
        }
        if (!MetadataRefresher::acceptPending(connection.value())) {
            return core::Result<void>::failure(QStringLiteral("failed_precondition"),
                                               QStringLiteral("the connection has no pending metadata change"));
        }
        connection.value().updatedAt = m_context.clock.now().toMSecsSinceEpoch();
        if (auto updated = ConnectionStore::update(db, connection.value()); !updated.ok()) {
            return updated;
        }
        json = connection.value().toJson(m_context.baseUrl, m_context.environmentId);
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.connection_updated"),
                                       ApiSupport::actor(request),
                                       connection.value().organizationId,
                                       QStringLiteral("Connection"),
                                       connection.value().id,
                                       {{QStringLiteral("fields"),
                                         QJsonArray{QStringLiteral("saml_config.saml_metadata_pending_change")}},
                                        {QStringLiteral("status"), connection.value().status()}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("connection"));
    }
    return HttpResponse::json({{QStringLiteral("connection"), json}});
}

HttpResponse ConnectionsApi::remove(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    const QString id = request.pathParam(QStringLiteral("id"));
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        if (auto removed = ConnectionStore::remove(db, orgId, id); !removed.ok()) {
            return removed;
        }
        return m_context.audit.record(db,
                                      {orgId.isEmpty() ? QStringLiteral("environment.connection_deleted")
                                                       : QStringLiteral("organization.connection_deleted"),
                                       ApiSupport::actor(request),
                                       orgId,
                                       QStringLiteral("Connection"),
                                       id,
                                       {}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("connection"));
    }
    return HttpResponse::json(QJsonObject());
}

HttpResponse ConnectionsApi::enable(HttpRequest& request)
{
    return toggle(request, true);
}

HttpResponse ConnectionsApi::disable(HttpRequest& request)
{
    return toggle(request, false);
}

HttpResponse ConnectionsApi::toggle(HttpRequest& request, bool enabled)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    if (!request.body.trimmed().isEmpty() && request.body.trimmed() != "{}") {
        return ApiError::invalidArgument(QStringLiteral("this call takes no body"));
    }
    bool already = false;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto connection = load(db, request);
        if (!connection.ok()) {
            return connection.error();
        }
        already = connection.value().enabled == enabled;
        if (already) {
            return {};
        }
        if (enabled && connection.value().status() != QStringLiteral("COMPLETED")) {
            return core::Result<void>::failure(
                QStringLiteral("failed_precondition"),
                QStringLiteral("the connection is not fully configured (status %1)").arg(connection.value().status()));
        }
        connection.value().enabled = enabled;
        connection.value().updatedAt = m_context.clock.now().toMSecsSinceEpoch();
        if (auto updated = ConnectionStore::update(db, connection.value()); !updated.ok()) {
            return updated;
        }
        if (auto audited = m_context.audit.record(db,
                                                  {eventType(connection.value(),
                                                             enabled ? QStringLiteral("enabled")
                                                                     : QStringLiteral("disabled")),
                                                   ApiSupport::actor(request),
                                                   connection.value().organizationId,
                                                   QStringLiteral("Connection"),
                                                   connection.value().id,
                                                   {}});
            !audited.ok()) {
            return audited;
        }
        if (connection.value().organizationId.isEmpty()) {
            return {}; // organization.sso_* are about an organization's SSO
        }
        // PRODUCT.md's own event for the same change, delivered to webhooks (docs/webhooks.md).
        return m_context.audit.record(db,
                                      {enabled ? QStringLiteral("organization.sso_enabled")
                                               : QStringLiteral("organization.sso_disabled"),
                                       ApiSupport::actor(request),
                                       connection.value().organizationId,
                                       QStringLiteral("Connection"),
                                       connection.value().id,
                                       {{QStringLiteral("connection_type"), connection.value().type},
                                        {QStringLiteral("provider"), connection.value().provider}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("connection"));
    }
    return ApiSupport::enabledResponse(enabled, already, QStringLiteral("connection"));
}

} // namespace gatehouse::engine

namespace gatehouse::engine {

HttpResponse ConnectionsApi::viaEnvironment(HttpRequest& request, HttpResponse (ConnectionsApi::*method)(HttpRequest&))
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (id.size() > 32 || !core::IdGenerator::isValid(id, u"conn")) {
        return ApiError::invalidArgument(
            QStringLiteral("invalid connection id"),
            {{QStringLiteral("connection_id"), QStringLiteral("must be a connection id (conn_…)")}});
    }
    QString organizationId;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto owner = ConnectionStore::ownerOf(db, id);
        if (!owner.ok()) {
            return owner.error();
        }
        if (!owner.value().found) {
            return notFound();
        }
        organizationId = owner.value().organizationId;
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("connection"));
    }
    // An environment-level connection: no organization_id parameter (checkIds and load() then reach the
    // environment's connections only).
    request.pathParams.remove(QStringLiteral("organization_id"));
    if (!organizationId.isEmpty()) {
        request.pathParams.insert(QStringLiteral("organization_id"), organizationId);
    }
    return (this->*method)(request);
}

HttpResponse ConnectionsApi::environmentGet(HttpRequest& request)
{
    return viaEnvironment(request, &ConnectionsApi::get);
}

HttpResponse ConnectionsApi::environmentUpdate(HttpRequest& request)
{
    return viaEnvironment(request, &ConnectionsApi::update);
}

HttpResponse ConnectionsApi::environmentRemove(HttpRequest& request)
{
    return viaEnvironment(request, &ConnectionsApi::remove);
}

HttpResponse ConnectionsApi::environmentEnable(HttpRequest& request)
{
    return viaEnvironment(request, &ConnectionsApi::enable);
}

HttpResponse ConnectionsApi::environmentDisable(HttpRequest& request)
{
    return viaEnvironment(request, &ConnectionsApi::disable);
}

// AssignDomainsToConnection: replaces the connection's domains with domain_ids (0–50). Each must be a domain of
// the connection's organization and VERIFIED — otherwise the connection could route logins of a domain its
// organization does not own.
HttpResponse ConnectionsApi::assignDomains(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    QJsonObject body;
    if (auto bad = ApiSupport::parseBody(request, body)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    JsonInput in(body, QString(), &violations);
    const auto ids = in.array(QStringLiteral("domain_ids"));
    in.rejectUnknown();
    QStringList domainIds;
    if (ids) {
        if (ids->size() > kMaxConnectionDomains) {
            in.violation(QStringLiteral("domain_ids"), QStringLiteral("at most %1 domains").arg(kMaxConnectionDomains));
        }
        for (qsizetype i = 0; i < ids->size() && i < kMaxConnectionDomains; ++i) {
            const QString field = QStringLiteral("domain_ids[%1]").arg(i);
            const QString id = ids->at(i).toString();
            if (!ids->at(i).isString() || id.size() > 32 || !core::IdGenerator::isValid(id, u"dom")) {
                in.violation(field, QStringLiteral("must be a domain id (dom_…)"));
            } else if (const qsizetype first = domainIds.indexOf(id); first >= 0) {
                in.violation(field, QStringLiteral("%1 is listed twice (also domain_ids[%2])").arg(id).arg(first));
            } else {
                domainIds.append(id);
            }
        }
    }
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid domain assignment"), violations);
    }
    const QString orgId = request.pathParam(QStringLiteral("organization_id"));
    QJsonObject json;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto connection = load(db, request);
        if (!connection.ok()) {
            return connection.error();
        }
        for (qsizetype i = 0; i < domainIds.size(); ++i) {
            // Every entry was a distinct valid id (checked above), so domainIds[i] is domain_ids[i].
            const QString field = QStringLiteral("domain_ids[%1]").arg(i);
            auto domain = DomainStore::find(db, orgId, domainIds[i]);
            if (!domain.ok()) {
                return domain.error();
            }
            if (!domain.value()) {
                violations.append(
                    {field, QStringLiteral("%1 is not a domain of organization %2").arg(domainIds[i], orgId)});
            } else if (domain.value()->verificationStatus != QStringLiteral("VERIFIED")) {
                violations.append(
                    {field,
                     QStringLiteral("%1 (%2) is not verified (status %3); only verified domains of the organization "
                                    "can be assigned to a connection")
                         .arg(domainIds[i], domain.value()->domain, domain.value()->verificationStatus)});
            }
        }
        if (!violations.isEmpty()) {
            return core::Error{QStringLiteral("invalid_body"), {}, {}};
        }
        if (auto assigned = DomainStore::assignToConnection(db, orgId, connection.value().id, domainIds);
            !assigned.ok()) {
            return assigned;
        }
        connection.value().updatedAt = m_context.clock.now().toMSecsSinceEpoch();
        if (auto updated = ConnectionStore::update(db, connection.value()); !updated.ok()) {
            return updated;
        }
        auto reloaded = load(db, request);
        if (!reloaded.ok()) {
            return reloaded.error();
        }
        json = reloaded.value().toJson(m_context.baseUrl, m_context.environmentId);
        return m_context.audit.record(db,
                                      {QStringLiteral("organization.connection_updated"),
                                       ApiSupport::actor(request),
                                       orgId,
                                       QStringLiteral("Connection"),
                                       connection.value().id,
                                       {{QStringLiteral("fields"), QJsonArray{QStringLiteral("domain_ids")}},
                                        {QStringLiteral("domain_ids"), QJsonArray::fromStringList(domainIds)},
                                        {QStringLiteral("status"), connection.value().status()}}});
    });
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid domain assignment"), violations);
    }
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("connection"));
    }
    return HttpResponse::json({{QStringLiteral("connection"), json}});
}

HttpResponse ConnectionsApi::listAll(HttpRequest& request)
{
    return pagedAcrossOrganizations(request, false);
}

HttpResponse ConnectionsApi::searchAll(HttpRequest& request)
{
    return pagedAcrossOrganizations(request, true);
}

// ListOrganizationConnections / SearchOrganizationConnections: connections of every organization, oldest first,
// page_size at most 30 (default 30), opaque page tokens. Search: `query` is a connection id or an organization
// id; `provider`, `status`, `connection_type` and `enabled` filter further.
HttpResponse ConnectionsApi::pagedAcrossOrganizations(HttpRequest& request, bool search)
{
    QList<FieldViolation> violations;
    ConnectionStore::Filter filter;
    int pageSize = kMaxOrganizationConnectionsPage;
    if (const auto text = request.queryValue(QStringLiteral("page_size"))) {
        bool ok = false;
        const uint value = text->toUInt(&ok);
        if (!ok || value > static_cast<uint>(kMaxOrganizationConnectionsPage)) {
            violations.append({QStringLiteral("page_size"),
                               QStringLiteral("must be a number from 0 to %1").arg(kMaxOrganizationConnectionsPage)});
        } else if (value > 0) {
            pageSize = static_cast<int>(value);
        }
    }
    // A list token is not a search token (and the reverse).
    const QByteArrayView kind = search ? QByteArrayView("connsearch") : QByteArrayView("conn");
    const auto cursor = ApiSupport::fromPageToken(
        m_context.hasher, kind, request.queryValue(QStringLiteral("page_token")).value_or(QString()));
    if (!cursor) {
        violations.append({QStringLiteral("page_token"), QStringLiteral("not a token from this list")});
    }
    QString provider; // null: no filter
    QString status;
    QString type;
    std::optional<bool> enabled;
    if (search) {
        const QString query = request.queryValue(QStringLiteral("query")).value_or(QString()).trimmed();
        if (query.size() > 100) {
            violations.append({QStringLiteral("query"), QStringLiteral("at most 100 characters")});
        } else if (core::IdGenerator::isValid(query, u"conn")) {
            filter.connectionId = query;
        } else if (core::IdGenerator::isValid(query, u"org")) {
            filter.organizationId = query;
        } else if (!query.isEmpty()) {
            violations.append({QStringLiteral("query"),
                               QStringLiteral("must be a connection id (conn_…) or an organization id (org_…)")});
        }
        if (const auto text = request.queryValue(QStringLiteral("provider"))) {
            provider = text->toUpper();
            if (!kProviders.mid(1).contains(provider)) {
                violations.append({QStringLiteral("provider"),
                                   QStringLiteral("must be one of %1").arg(kProviders.mid(1).join(u", "))});
            }
        }
        const QStringList statuses{QStringLiteral("DRAFT"), QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")};
        if (const auto text = request.queryValue(QStringLiteral("status"))) {
            status = *text;
        }
        if (!status.isNull() && !statuses.contains(status)) {
            violations.append(
                {QStringLiteral("status"), QStringLiteral("must be one of %1").arg(statuses.join(u", "))});
        }
        if (const auto text = request.queryValue(QStringLiteral("connection_type"))) {
            type = *text;
        }
        if (!type.isNull() && !kTypes.mid(1).contains(type)) {
            violations.append({QStringLiteral("connection_type"),
                               QStringLiteral("must be one of %1").arg(kTypes.mid(1).join(u", "))});
        }
        if (const auto text = request.queryValue(QStringLiteral("enabled"))) {
            if (*text == QStringLiteral("true")) {
                enabled = true;
            } else if (*text == QStringLiteral("false")) {
                enabled = false;
            } else {
                violations.append({QStringLiteral("enabled"), QStringLiteral("must be true or false")});
            }
        }
    }
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid connection query"), violations);
    }
    QList<ApiSupport::KeyedItem> matching;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        // status is computed from the settings, so the filters apply here rather than in SQL.
        auto all = ConnectionStore::list(db, filter);
        if (!all.ok()) {
            return all.error();
        }
        for (const Connection& c : std::as_const(all.value())) {
            if ((!provider.isNull() && c.provider != provider) || (!type.isNull() && c.type != type)
                || (!status.isNull() && c.status() != status)
                || (enabled && c.enabled != *enabled)) {
                continue;
            }
            matching.append({Timestamps::idNumber(c.id), c.toListJson()});
        }
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("connection"));
    }
    // Oldest first, keyed by the id's time-ordered number.
    std::stable_sort(matching.begin(), matching.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
    return ApiSupport::pageOfList(
        m_context.hasher, kind, *cursor, pageSize, QStringLiteral("connections"), matching);
}

} // namespace gatehouse::engine

namespace gatehouse::engine {

HttpResponse ConnectionsApi::environmentGetContext(HttpRequest& request)
{
    return viaEnvironment(request, &ConnectionsApi::getContext);
}

HttpResponse ConnectionsApi::environmentUpdateContext(HttpRequest& request)
{
    return viaEnvironment(request, &ConnectionsApi::updateContext);
}

// GetConnectionContext: {"context": {...}} ({} when none was stored).
HttpResponse ConnectionsApi::getContext(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    QJsonObject context;
    auto read = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto connection = load(db, request);
        if (!connection.ok()) {
            return connection.error();
        }
        auto q = Sql::exec(
            db, QStringLiteral("SELECT context FROM connection_contexts WHERE connection_id = ?"), {connection.value().id});
        if (!q.ok()) {
            return q.error();
        }
        if (q.value().next()) {
            context = QJsonDocument::fromJson(q.value().value(0).toByteArray()).object();
        }
        return {};
    });
    if (!read.ok()) {
        return ApiError::fromStore(read.error(), QStringLiteral("connection"));
    }
    return HttpResponse::json({{QStringLiteral("context"), context}});
}

// UpdateConnectionContext: the body is the context itself (body: context), a JSON object that replaces the stored
// one; {} clears it. The audit event names the top-level keys, never the values.
HttpResponse ConnectionsApi::updateContext(HttpRequest& request)
{
    if (auto bad = checkIds(request, true)) {
        return std::move(*bad);
    }
    QJsonObject context;
    if (auto bad = ApiSupport::parseBody(request, context)) {
        return std::move(*bad);
    }
    QList<FieldViolation> violations;
    checkContextValue(context, QString(), 1, violations);
    const QByteArray stored = QJsonDocument(context).toJson(QJsonDocument::Compact);
    if (stored.size() > kMaxContextBytes) {
        violations.append(
            {QStringLiteral("context"), QStringLiteral("at most %1 bytes as compact JSON").arg(kMaxContextBytes)});
    }
    if (!violations.isEmpty()) {
        return ApiError::invalidArgument(QStringLiteral("invalid connection context"), violations);
    }
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto connection = load(db, request);
        if (!connection.ok()) {
            return connection.error();
        }
        const QString id = connection.value().id;
        const QString orgId = connection.value().organizationId;
        if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM connection_contexts WHERE connection_id = ?"), {id});
            !cleared.ok()) {
            return cleared.error();
        }
        if (!context.isEmpty()) {
            auto inserted = Sql::exec(db,
                                      QStringLiteral("INSERT INTO connection_contexts (connection_id, organization_id, "
                                                     "context, updated_at) VALUES (?, ?, ?, ?)"),
                                      {id,
                                       orgId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(orgId),
                                       QString::fromUtf8(stored),
                                       m_context.clock.now().toMSecsSinceEpoch()});
            if (!inserted.ok()) {
                return inserted.error();
            }
        }
        return m_context.audit.record(db,
                                      {eventType(connection.value(), QStringLiteral("context_updated")),
                                       ApiSupport::actor(request),
                                       orgId,
                                       QStringLiteral("Connection"),
                                       id,
                                       {{QStringLiteral("keys"), QJsonArray::fromStringList(context.keys())}}});
    });
    if (!written.ok()) {
        return ApiError::fromStore(written.error(), QStringLiteral("connection"));
    }
    return HttpResponse::json(QJsonObject());
}

} // namespace gatehouse::engine
