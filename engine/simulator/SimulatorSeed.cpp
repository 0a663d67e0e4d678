#include "engine/simulator/SimulatorSeed.h"

#include "core/x509/Certificate.h"
#include "engine/EngineContext.h"
#include "engine/api/AuditLog.h"
#include "engine/api/ConnectionStore.h"
#include "engine/api/DomainStore.h"
#include "engine/api/OrganizationStore.h"
#include "engine/api/Timestamps.h"
#include "engine/crypto/Random.h"
#include "engine/crypto/SecretBox.h"
#include "engine/crypto/SelfSignedCertificate.h"
#include "engine/storage/Database.h"
#include "engine/storage/Sql.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSimulatorSeed, "gatehouse.engine.simulator.seed")

namespace gatehouse::engine {

namespace {

const QString kActor = QStringLiteral("system:simulator-seed");

// RSA-2048 and a self-signed sha256WithRSAEncryption certificate, valid from a day ago for ten years.
core::Result<SimulatorKeys> generateKeys(const QDateTime& now)
{
    auto generated =
        SelfSignedCertificate::generate(QStringLiteral("Gatehouse IdP simulator"), now.addDays(-1), now.addYears(10));
    if (!generated.ok()) {
        return generated.error();
    }
    return SimulatorKeys{generated.value().privateKeyPem, generated.value().certificatePem};
}

QByteArray sealContext(const QString& environmentId)
{
    return QByteArrayLiteral("simulator:") + environmentId.toUtf8();
}

} // namespace

SimulatorSeed::SimulatorSeed(EngineContext& context)
    : m_context(context)
{}

QString SimulatorSeed::entityId(const QString& baseUrl)
{
    return baseUrl + QStringLiteral("/simulator/saml/metadata");
}

QString SimulatorSeed::ssoUrl(const QString& baseUrl)
{
    return baseUrl + QStringLiteral("/simulator/saml/sso");
}

core::Result<bool> SimulatorSeed::ensure()
{
    bool development = false;
    auto done = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto dev = ConnectionStore::isDevelopment(db, m_context.environmentId);
        if (!dev.ok()) {
            return dev.error();
        }
        development = dev.value();
        if (!development) {
            return {};
        }
        auto q = Sql::exec(
            db, QStringLiteral("SELECT 1 FROM simulator_state WHERE environment_id = ?"), {m_context.environmentId});
        if (!q.ok()) {
            return q.error();
        }
        return q.value().next() ? core::Result<void>() : seed(db);
    });
    if (!done.ok()) {
        return done.error();
    }
    return development;
}

core::Result<void> SimulatorSeed::seed(const QSqlDatabase& db)
{
    const QDateTime now = m_context.clock.now();
    auto keys = generateKeys(now);
    if (!keys.ok()) {
        return keys.error();
    }
    auto sealed = m_context.box->seal(keys.value().privateKeyPem, sealContext(m_context.environmentId));
    if (!sealed.ok()) {
        return sealed.error();
    }
    QString connectionId;
    auto orgId = createTestOrganization(db, keys.value().certificatePem, connectionId);
    if (!orgId.ok()) {
        return orgId.error();
    }
    auto stored = Sql::exec(db,
                            QStringLiteral("INSERT INTO simulator_state (environment_id, certificate_pem, "
                                           "private_key_enc, test_organization_id, test_connection_id, created_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                            {m_context.environmentId,
                             QString::fromLatin1(keys.value().certificatePem),
                             QString::fromLatin1(sealed.value()),
                             orgId.value(),
                             connectionId,
                             now.toMSecsSinceEpoch()});
    if (!stored.ok()) {
        return stored.error();
    }
    qCInfo(lcSimulatorSeed) << "created the IdP simulator key pair and the Test organization" << orgId.value()
                            << "with connection" << connectionId;
    return {};
}

core::Result<QString>
SimulatorSeed::createTestOrganization(const QSqlDatabase& db, const QByteArray& certificatePem, QString& connectionId)
{
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    Organization org;
    org.id = m_context.ids.next(u"org");
    org.displayName = kTestOrganizationName;
    auto taken = OrganizationStore::find(db, QStringLiteral("external_id"), kTestOrganizationExternalId);
    if (!taken.ok()) {
        return taken.error();
    }
    if (!taken.value()) {
        org.externalId = kTestOrganizationExternalId; // else an organization of the admin's already uses it
    }
    org.metadata.insert(QStringLiteral("purpose"), QStringLiteral("idp-simulator"));
    org.features.insert(QStringLiteral("sso"), true);
    org.createdAt = org.updatedAt = now;
    if (auto inserted = OrganizationStore::insert(db, org); !inserted.ok()) {
        return inserted.error();
    }
    if (auto audited = m_context.audit.record(
            db,
            {QStringLiteral("organization.created"),
             kActor,
             org.id,
             QStringLiteral("Organization"),
             org.id,
             {{QStringLiteral("fields"),
               QJsonArray{
                   QStringLiteral("display_name"), QStringLiteral("external_id"), QStringLiteral("metadata")}}}});
        !audited.ok()) {
        return audited.error();
    }
    for (const QString& name : kTestDomains) {
        auto claimed = DomainStore::verifiedBy(db, name, org.id);
        if (!claimed.ok()) {
            return claimed.error();
        }
        if (claimed.value()) {
            qCWarning(lcSimulatorSeed) << "not seeding" << name << "- already verified by" << *claimed.value();
            continue;
        }
        Domain d;
        d.id = m_context.ids.next(u"dom");
        d.organizationId = org.id;
        d.domain = name;
        d.txtRecordKey = QStringLiteral("_gatehouse-challenge.") + name;
        d.txtRecordSecret = QStringLiteral("gatehouse-verification=") + Random::token(24);
        d.verificationStatus = QStringLiteral("VERIFIED");
        d.verificationMethod = QStringLiteral("ADMIN");
        d.createdAt = d.updatedAt = d.verifiedAt = d.lastCheckAt = now;
        d.lastCheck = {{QStringLiteral("reason"), QStringLiteral("auto_verified")},
                       {QStringLiteral("message"),
                        QStringLiteral("test domain of the IdP simulator's Test Organization, verified automatically "
                                       "(development environments only)")}};
        if (auto inserted = DomainStore::insert(db, d); !inserted.ok()) {
            return inserted.error();
        }
        if (auto audited = m_context.audit.record(db,
                                                  {QStringLiteral("organization.domain_verified"),
                                                   kActor,
                                                   org.id,
                                                   QStringLiteral("Domain"),
                                                   d.id,
                                                   {{QStringLiteral("domain"), name},
                                                    {QStringLiteral("verification_method"), QStringLiteral("ADMIN")},
                                                    {QStringLiteral("reason"), QStringLiteral("auto_verified")}}});
            !audited.ok()) {
            return audited.error();
        }
    }
    Connection c;
    c.id = m_context.ids.next(u"conn");
    c.organizationId = org.id;
    c.provider = QStringLiteral("IDP_SIMULATOR");
    c.type = QStringLiteral("SAML");
    c.enabled = true;
    c.uiButtonTitle = QStringLiteral("IdP Simulator");
    c.configurationType = QStringLiteral("MANUAL");
    c.settings = {{QStringLiteral("idp_sso_request_binding"), QStringLiteral("HTTP_REDIRECT")},
                  {QStringLiteral("idp_name_id_format"), QStringLiteral("EMAIL")},
                  {QStringLiteral("saml_signing_option"), QStringLiteral("SAML_RESPONSE_OR_ASSERTION_SIGNING")},
                  {QStringLiteral("allow_idp_initiated_login"), true}};
    c.createdAt = c.updatedAt = now;
    if (auto inserted = ConnectionStore::insert(db, c); !inserted.ok()) {
        return inserted.error();
    }
    bool changed = false;
    if (auto pointed = pointConnectionAtSimulator(db, c.id, certificatePem, changed); !pointed.ok()) {
        return pointed.error();
    }
    if (auto audited = m_context.audit.record(db,
                                              {QStringLiteral("organization.connection_created"),
                                               kActor,
                                               org.id,
                                               QStringLiteral("Connection"),
                                               c.id,
                                               {{QStringLiteral("provider"), c.provider},
                                                {QStringLiteral("type"), c.type},
                                                {QStringLiteral("enabled"), true}}});
        !audited.ok()) {
        return audited.error();
    }
    connectionId = c.id;
    return org.id;
}

core::Result<void> SimulatorSeed::pointConnectionAtSimulator(const QSqlDatabase& db,
                                                             const QString& connectionId,
                                                             const QByteArray& certificatePem,
                                                             bool& changed)
{
    changed = false;
    auto owner = Sql::exec(db, QStringLiteral("SELECT organization_id FROM connections WHERE id = ?"), {connectionId});
    if (!owner.ok()) {
        return owner.error();
    }
    if (!owner.value().next()) {
        return {}; // deleted by the admin: stays deleted
    }
    auto found = ConnectionStore::find(db, owner.value().value(0).toString(), connectionId);
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value() || found.value()->provider != QStringLiteral("IDP_SIMULATOR")
        || found.value()->type != QStringLiteral("SAML")) {
        return {}; // repurposed by the admin: not ours any more
    }
    Connection c = *found.value();
    auto parsed = core::x509::parsePem(certificatePem);
    if (!parsed.ok() || parsed.value().isEmpty()) {
        return core::Error{QStringLiteral("crypto"), QStringLiteral("the simulator certificate is unreadable"), {}};
    }
    const core::x509::CertificateInfo& info = parsed.value().first();
    const QString pem = QString::fromLatin1(certificatePem);
    const QJsonArray current = c.settings.value(QStringLiteral("idp_certificates")).toArray();
    const bool sameCertificate =
        current.size() == 1 && current.first()[QStringLiteral("certificate")].toString().trimmed() == pem.trimmed();
    const QString entity = entityId(m_context.baseUrl);
    const QString sso = ssoUrl(m_context.baseUrl);
    if (sameCertificate && c.settings.value(QStringLiteral("idp_entity_id")).toString() == entity
        && c.settings.value(QStringLiteral("idp_sso_url")).toString() == sso) {
        return {};
    }
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    c.settings.insert(QStringLiteral("idp_entity_id"), entity);
    c.settings.insert(QStringLiteral("idp_sso_url"), sso);
    if (!sameCertificate) {
        c.settings.insert(QStringLiteral("idp_certificates"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("id"), m_context.ids.next(u"cert")},
                              {QStringLiteral("certificate"), pem},
                              {QStringLiteral("create_time"), Timestamps::rfc3339(now)},
                              {QStringLiteral("expiry_time"), Timestamps::rfc3339(info.notAfter.toMSecsSinceEpoch())},
                              {QStringLiteral("issuer"), info.issuer}}});
    }
    c.updatedAt = now;
    changed = true;
    return ConnectionStore::update(db, c);
}

core::Result<void> SimulatorSeed::refresh()
{
    return m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT certificate_pem, test_connection_id FROM simulator_state "
                                          "WHERE environment_id = ?"),
                           {m_context.environmentId});
        if (!q.ok()) {
            return q.error();
        }
        if (!q.value().next() || q.value().value(1).toString().isEmpty()) {
            return {};
        }
        const QByteArray certificatePem = q.value().value(0).toString().toLatin1();
        const QString connectionId = q.value().value(1).toString();
        bool changed = false;
        if (auto pointed = pointConnectionAtSimulator(db, connectionId, certificatePem, changed); !pointed.ok()) {
            return pointed;
        }
        if (changed) {
            qCInfo(lcSimulatorSeed) << "pointed the Test organization's connection" << connectionId
                                    << "at the simulator under" << m_context.baseUrl;
        }
        return {};
    });
}

core::Result<SimulatorKeys> SimulatorSeed::loadKeys()
{
    SimulatorKeys keys;
    auto done = m_context.db.read([&](const QSqlDatabase& db) -> core::Result<void> {
        auto q = Sql::exec(db,
                           QStringLiteral("SELECT certificate_pem, private_key_enc FROM simulator_state "
                                          "WHERE environment_id = ?"),
                           {m_context.environmentId});
        if (!q.ok()) {
            return q.error();
        }
        if (!q.value().next()) {
            return core::Error{QStringLiteral("not_found"), QStringLiteral("the simulator has no key pair"), {}};
        }
        keys.certificatePem = q.value().value(0).toString().toLatin1();
        auto opened =
            m_context.box->open(q.value().value(1).toString().toLatin1(), sealContext(m_context.environmentId));
        if (!opened.ok()) {
            return core::Error{QStringLiteral("key_unreadable"),
                               QStringLiteral("the simulator key cannot be decrypted (wrong master key?)"),
                               {}};
        }
        keys.privateKeyPem = opened.value();
        return {};
    });
    if (!done.ok()) {
        return done.error();
    }
    return keys;
}

} // namespace gatehouse::engine
