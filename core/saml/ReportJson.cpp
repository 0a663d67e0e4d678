#include "core/saml/ReportJson.h"

#include <QJsonArray>
#include <QSet>

namespace gatehouse::core::saml {

namespace {

QString useName(const KeyDescriptor& key)
{
    return key.use.isEmpty() ? QStringLiteral("signing+encryption") : key.use;
}

QJsonObject certificateJson(const KeyDescriptor& key, const KeyCertificate& cert)
{
    QJsonObject o{{QStringLiteral("use"), useName(key)}, {QStringLiteral("line"), cert.location.line}};
    if (!cert.parsed) {
        o.insert(QStringLiteral("error"), cert.error);
        return o;
    }
    const auto& c = cert.info;
    o.insert(QStringLiteral("subject"), c.subject);
    o.insert(QStringLiteral("issuer"), c.issuer);
    o.insert(QStringLiteral("not_before"), c.notBefore.toString(Qt::ISODate));
    o.insert(QStringLiteral("not_after"), c.notAfter.toString(Qt::ISODate));
    o.insert(QStringLiteral("key_type"), c.keyTypeName);
    o.insert(QStringLiteral("key_bits"), c.keyBits);
    o.insert(QStringLiteral("signature_algorithm"), c.signatureAlgorithm);
    o.insert(QStringLiteral("self_signed"), c.selfSigned);
    o.insert(QStringLiteral("sha1_fingerprint"), x509::CertificateInfo::formatFingerprint(c.sha1Fingerprint));
    o.insert(QStringLiteral("sha256_fingerprint"), x509::CertificateInfo::formatFingerprint(c.sha256Fingerprint));
    return o;
}

QJsonObject roleJson(const Role& role)
{
    QJsonArray endpoints;
    for (const Endpoint& e : role.endpoints) {
        QJsonObject eo{{QStringLiteral("kind"), e.kind},
                       {QStringLiteral("binding"), e.binding},
                       {QStringLiteral("location"), e.url}};
        if (e.index) {
            eo.insert(QStringLiteral("index"), *e.index);
        }
        if (e.isDefault) {
            eo.insert(QStringLiteral("is_default"), *e.isDefault);
        }
        endpoints.append(eo);
    }
    QJsonArray certificates;
    for (const KeyDescriptor& key : role.keys) {
        for (const KeyCertificate& cert : key.certificates) {
            certificates.append(certificateJson(key, cert));
        }
    }
    return QJsonObject{{QStringLiteral("role"), roleKindName(role.kind)},
                       {QStringLiteral("element"), role.elementName},
                       {QStringLiteral("protocols"), QJsonArray::fromStringList(role.protocols)},
                       {QStringLiteral("name_id_formats"), QJsonArray::fromStringList(role.nameIdFormats)},
                       {QStringLiteral("endpoints"), endpoints},
                       {QStringLiteral("certificates"), certificates}};
}

QJsonObject entityJson(const EntityDescriptor& entity)
{
    QJsonArray roles;
    for (const Role& role : entity.roles) {
        roles.append(roleJson(role));
    }
    return QJsonObject{{QStringLiteral("entity_id"), entity.entityId},
                       {QStringLiteral("line"), entity.location.line},
                       {QStringLiteral("display_names"), QJsonArray::fromStringList(entity.displayNames)},
                       {QStringLiteral("organization"), entity.organizationName},
                       {QStringLiteral("registration_authority"), entity.registrationAuthority},
                       {QStringLiteral("valid_until"), entity.validUntil},
                       {QStringLiteral("roles"), roles}};
}

} // namespace

QJsonObject ReportJson::summary(const ValidationReport& report)
{
    QJsonObject roles;
    for (const EntityDescriptor& e : report.metadata.entities) {
        QSet<QString> kinds;
        for (const Role& r : e.roles) {
            kinds.insert(roleKindName(r.kind));
        }
        for (const QString& k : kinds) {
            roles.insert(k, roles.value(k).toInt() + 1);
        }
    }
    QHash<QString, int> byRule;
    for (const Finding& f : report.findings) {
        byRule[f.ruleId] += 1;
    }
    return QJsonObject{{QStringLiteral("entities"), report.metadata.entities.size()},
                       {QStringLiteral("aggregate"), report.metadata.aggregate},
                       {QStringLiteral("groups"), report.metadata.groupCount},
                       {QStringLiteral("entities_per_role"), roles},
                       {QStringLiteral("duplicate_entity_ids"), byRule.value(QStringLiteral("aggregate.duplicate-entity"))},
                       {QStringLiteral("expired_certificates"), byRule.value(QStringLiteral("cert.expired"))},
                       {QStringLiteral("expiring_certificates"), byRule.value(QStringLiteral("cert.expiring"))},
                       {QStringLiteral("weak_keys"), byRule.value(QStringLiteral("cert.weak-key"))},
                       {QStringLiteral("signed"), report.metadata.hasSignature},
                       {QStringLiteral("valid_until"), report.metadata.validUntil}};
}

QJsonObject ReportJson::toJson(const ValidationReport& report, const QString& source, bool withSummary)
{
    QJsonArray findings;
    for (const Finding& f : report.findings) {
        QJsonObject o{{QStringLiteral("rule"), f.ruleId},
                      {QStringLiteral("severity"), severityName(f.severity)},
                      {QStringLiteral("message"), f.message},
                      {QStringLiteral("fix"), f.fix},
                      {QStringLiteral("line"), f.line}};
        if (!f.path.isEmpty()) {
            o.insert(QStringLiteral("path"), f.path);
        }
        if (!f.entityId.isEmpty()) {
            o.insert(QStringLiteral("entity_id"), f.entityId);
        }
        findings.append(o);
    }
    QJsonObject root{{QStringLiteral("schema"), QStringLiteral("gatehouse.metadata-validation/1")},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("readable"), report.readable},
                     {QStringLiteral("errors"), report.count(Severity::Error)},
                     {QStringLiteral("warnings"), report.count(Severity::Warning)},
                     {QStringLiteral("infos"), report.count(Severity::Info)},
                     {QStringLiteral("findings"), findings}};
    if (withSummary) {
        root.insert(QStringLiteral("summary"), summary(report));
    }
    if (report.metadata.entities.size() <= 20) {
        QJsonArray entities;
        for (const EntityDescriptor& e : report.metadata.entities) {
            entities.append(entityJson(e));
        }
        root.insert(QStringLiteral("entities"), entities);
    }
    return root;
}

} // namespace gatehouse::core::saml
