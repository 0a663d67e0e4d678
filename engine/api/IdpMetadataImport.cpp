#include "engine/api/IdpMetadataImport.h"

#include "core/saml/MetadataValidator.h"
#include "core/util/XsdTime.h"
#include "engine/api/Timestamps.h"
#include "engine/http/JsonInput.h"

#include <QJsonArray>

namespace gatehouse::engine {

namespace {

QString toPem(const QByteArray& der)
{
    QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\n");
    const QString body = QString::fromLatin1(der.toBase64());
    for (qsizetype i = 0; i < body.size(); i += 64) {
        pem += body.mid(i, 64) + u'\n';
    }
    return pem + QStringLiteral("-----END CERTIFICATE-----\n");
}

const core::saml::EntityDescriptor* pickEntity(const core::saml::Metadata& metadata, const QString& entityId)
{
    const core::saml::EntityDescriptor* found = nullptr;
    for (const auto& entity : metadata.entities) {
        if (entity.rolesOf(core::saml::RoleKind::IdentityProvider).isEmpty()) {
            continue;
        }
        if (!entityId.isEmpty() && entity.entityId == entityId) {
            return &entity;
        }
        if (entityId.isEmpty()) {
            if (found) {
                return nullptr; // ambiguous
            }
            found = &entity;
        }
    }
    return found;
}

} // namespace

void IdpMetadataImport::apply(JsonInput& in,
                              const QString& field,
                              const QByteArray& document,
                              QJsonObject& settings,
                              bool development,
                              const QDateTime& now,
                              core::IdGenerator& ids,
                              Freshness* freshness)
{
    core::saml::ValidationPolicy policy;
    policy.role = core::saml::ExpectedRole::IdentityProvider;
    policy.lab = development;
    policy.now = now;
    policy.entityId = settings.value(QStringLiteral("idp_entity_id")).toString();
    const core::saml::ValidationReport report = core::saml::MetadataValidator::validate(document, policy);
    if (!report.readable) {
        in.violation(field, QStringLiteral("is not a SAML metadata document (XML)"));
        return;
    }
    bool errors = false;
    for (const core::saml::Finding& finding : report.findings) {
        if (finding.severity == core::saml::Severity::Error) {
            errors = true;
            in.violation(field,
                         QStringLiteral("[%1] %2 (line %3)%4")
                             .arg(finding.ruleId, finding.message)
                             .arg(finding.line)
                             .arg(finding.fix.isEmpty() ? QString() : QStringLiteral(" — ") + finding.fix));
        }
    }
    if (errors) {
        return;
    }
    const auto* entity = pickEntity(report.metadata, policy.entityId);
    if (!entity) {
        in.violation(field,
                     QStringLiteral("has several identity providers (or none); set idp_entity_id to choose one"));
        return;
    }
    const core::saml::Role* role = entity->rolesOf(core::saml::RoleKind::IdentityProvider).first();
    QString ssoUrl;
    QString binding;
    for (const core::saml::Endpoint& endpoint : role->endpointsOf(QStringLiteral("SingleSignOnService"))) {
        if (endpoint.binding == QLatin1String(core::saml::kBindingRedirect)) {
            ssoUrl = endpoint.url;
            binding = QStringLiteral("HTTP_REDIRECT");
            break;
        }
        if (endpoint.binding == QLatin1String(core::saml::kBindingPost) && ssoUrl.isEmpty()) {
            ssoUrl = endpoint.url;
            binding = QStringLiteral("HTTP_POST");
        }
    }
    QJsonArray certificates;
    const QString created = Timestamps::rfc3339(now.toMSecsSinceEpoch());
    for (const core::saml::KeyDescriptor& key : role->keys) {
        if (!key.usableForSigning()) {
            continue;
        }
        for (const core::saml::KeyCertificate& cert : key.certificates) {
            if (cert.parsed) {
                certificates.append(QJsonObject{
                    {QStringLiteral("id"), ids.next(u"cert")},
                    {QStringLiteral("certificate"), toPem(cert.info.der)},
                    {QStringLiteral("create_time"), created},
                    {QStringLiteral("expiry_time"), Timestamps::rfc3339(cert.info.notAfter.toMSecsSinceEpoch())},
                    {QStringLiteral("issuer"), cert.info.issuer}});
            }
        }
    }
    if (ssoUrl.isEmpty() || certificates.isEmpty()) {
        in.violation(field,
                     QStringLiteral("the identity provider has no HTTP-Redirect or HTTP-POST SingleSignOnService or "
                                    "no signing certificate"));
        return;
    }
    if (freshness) {
        freshness->validUntil = entity->effectiveValidUntil;
        for (const QString& text : {report.metadata.cacheDuration, entity->cacheDuration}) {
            if (const auto secs = core::xsd::parseDurationSeconds(text); !text.isEmpty() && secs && *secs > 0) {
                const auto whole = static_cast<qint64>(*secs);
                freshness->cacheDurationSecs =
                    freshness->cacheDurationSecs < 0 ? whole : std::min(freshness->cacheDurationSecs, whole);
            }
        }
    }
    settings.insert(QStringLiteral("idp_entity_id"), entity->entityId);
    settings.insert(QStringLiteral("idp_sso_url"), ssoUrl);
    settings.insert(QStringLiteral("idp_sso_request_binding"), binding);
    settings.insert(QStringLiteral("idp_certificates"), certificates);
    if (role->wantAuthnRequestsSigned.value_or(false)) {
        settings.insert(QStringLiteral("want_request_signed"), true);
    }
    if (role->nameIdFormats.contains(QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"))
        && !settings.contains(QStringLiteral("idp_name_id_format"))) {
        settings.insert(QStringLiteral("idp_name_id_format"), QStringLiteral("EMAIL"));
    }
}

} // namespace gatehouse::engine
