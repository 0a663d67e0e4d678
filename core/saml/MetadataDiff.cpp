#include "core/saml/MetadataDiff.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSet>

namespace gatehouse::core::saml {

namespace {

using CertMap = QMap<QByteArray, const KeyCertificate*>; // by SHA-256 fingerprint

void add(Findings& out,
         const char* id,
         Severity severity,
         QString message,
         QString fix,
         const Location& where,
         const QString& entityId)
{
    out.append(Finding{
        QString::fromLatin1(id), severity, std::move(message), std::move(fix), where.line, where.path, entityId});
}

CertMap certificates(const EntityDescriptor& entity, bool signing)
{
    CertMap map;
    for (const Role& role : entity.roles) {
        for (const KeyDescriptor& key : role.keys) {
            if (signing ? !key.usableForSigning() : !key.usableForEncryption()) {
                continue;
            }
            for (const KeyCertificate& cert : key.certificates) {
                if (cert.parsed) {
                    map.insert(cert.info.sha256Fingerprint, &cert);
                }
            }
        }
    }
    return map;
}

QString describe(const KeyCertificate& cert)
{
    return QStringLiteral("%1 (SHA-256 %2…, valid until %3)")
        .arg(cert.info.subject,
             x509::CertificateInfo::formatFingerprint(cert.info.sha256Fingerprint.left(8)),
             cert.info.notAfter.toUTC().toString(Qt::ISODate));
}

// Endpoints by role, kind, binding and index: the value an SP or IdP configuration points at.
QMap<QString, const Endpoint*> endpoints(const EntityDescriptor& entity)
{
    QMap<QString, const Endpoint*> map;
    for (const Role& role : entity.roles) {
        for (const Endpoint& endpoint : role.endpoints) {
            QString key = role.elementName + u' ' + endpoint.kind + u' ' + endpoint.binding;
            if (endpoint.index) {
                key += QStringLiteral(" index ") + QString::number(*endpoint.index);
            }
            map.insert(key, &endpoint);
        }
    }
    return map;
}

QString endpointName(const Endpoint& endpoint)
{
    QString binding = endpoint.binding.section(u':', -1);
    QString name = endpoint.kind + QStringLiteral(" (") + binding;
    if (endpoint.index) {
        name += QStringLiteral(", index ") + QString::number(*endpoint.index);
    }
    return name + u')';
}

void compareEntity(const EntityDescriptor& before,
                   const EntityDescriptor& after,
                   const DiffPolicy& policy,
                   Findings& out)
{
    const QString& id = after.entityId;

    // Roles
    QMap<QString, const Role*> oldRoles;
    QMap<QString, const Role*> newRoles;
    for (const Role& role : before.roles) {
        oldRoles.insert(role.elementName, &role);
    }
    for (const Role& role : after.roles) {
        newRoles.insert(role.elementName, &role);
    }
    for (auto it = newRoles.cbegin(); it != newRoles.cend(); ++it) {
        if (!oldRoles.contains(it.key())) {
            add(out,
                "diff.role-added",
                Severity::Info,
                QStringLiteral("New role %1.").arg(it.key()),
                QStringLiteral("Nothing to do unless you want to use the new role."),
                (*it)->location,
                id);
        }
    }
    for (auto it = oldRoles.cbegin(); it != oldRoles.cend(); ++it) {
        if (!newRoles.contains(it.key())) {
            add(out,
                "diff.role-removed",
                Severity::Warning,
                QStringLiteral("The role %1 is no longer published.").arg(it.key()),
                QStringLiteral("If a connection uses this role, it stops working once the new metadata is applied; "
                               "ask the metadata owner whether the removal is intended."),
                after.location,
                id);
        }
    }

    // Signing certificates: a new one next to the old ones is a rollover in preparation; an old one gone is
    // a warning, or an error when it is the certificate that verifies today's responses.
    const CertMap oldSigning = certificates(before, true);
    const CertMap newSigning = certificates(after, true);
    QSet<QByteArray> inUse;
    for (const QByteArray& der : policy.inUseCertificatesDer) {
        inUse.insert(QCryptographicHash::hash(der, QCryptographicHash::Sha256));
    }
    bool anyOldKept = false;
    for (auto it = oldSigning.cbegin(); it != oldSigning.cend(); ++it) {
        anyOldKept = anyOldKept || newSigning.contains(it.key());
    }
    for (auto it = newSigning.cbegin(); it != newSigning.cend(); ++it) {
        if (oldSigning.contains(it.key())) {
            continue;
        }
        if (anyOldKept && !inUse.contains(it.key())) {
            add(out,
                "diff.rollover-pending",
                Severity::Warning,
                QStringLiteral("New signing certificate %1 published next to the current one: a rollover is pending.")
                    .arg(describe(**it)),
                QStringLiteral("Apply this metadata now so both certificates are trusted before the IdP switches; "
                               "keep the old certificate until the switch has happened."),
                (*it)->location,
                id);
        } else {
            add(out,
                "diff.signing-cert-added",
                Severity::Info,
                QStringLiteral("New signing certificate %1.").arg(describe(**it)),
                QStringLiteral("Nothing to do: it is trusted once this metadata is applied."),
                (*it)->location,
                id);
        }
    }
    for (auto it = oldSigning.cbegin(); it != oldSigning.cend(); ++it) {
        if (newSigning.contains(it.key())) {
            continue;
        }
        if (inUse.contains(it.key())) {
            add(out,
                "diff.in-use-cert-removed",
                Severity::Error,
                QStringLiteral("The signing certificate %1, which verifies the responses seen so far, is no longer "
                               "published.")
                    .arg(describe(**it)),
                QStringLiteral("Do not apply this metadata until the IdP signs with one of the published "
                               "certificates; otherwise every login fails with an invalid signature."),
                after.location,
                id);
        } else {
            add(out,
                "diff.signing-cert-removed",
                Severity::Warning,
                QStringLiteral("The signing certificate %1 is no longer published.").arg(describe(**it)),
                QStringLiteral("Check that the IdP no longer signs with it (a recent login verified by another "
                               "certificate shows that); logins still signed with it will fail."),
                after.location,
                id);
        }
    }

    // Encryption certificates: the other side encrypts to these.
    const CertMap oldEncryption = certificates(before, false);
    const CertMap newEncryption = certificates(after, false);
    if (QSet<QByteArray>(oldEncryption.keyBegin(), oldEncryption.keyEnd())
        != QSet<QByteArray>(newEncryption.keyBegin(), newEncryption.keyEnd())) {
        add(out,
            "diff.encryption-cert-changed",
            Severity::Info,
            QStringLiteral("The encryption certificates changed (%1 before, %2 now).")
                .arg(oldEncryption.size())
                .arg(newEncryption.size()),
            QStringLiteral("Assertions are encrypted to the new certificate once this metadata is applied; the "
                           "holder of the matching private key must have it installed first."),
            after.location,
            id);
    }

    // Endpoints
    const auto oldEndpoints = endpoints(before);
    const auto newEndpoints = endpoints(after);
    for (auto it = newEndpoints.cbegin(); it != newEndpoints.cend(); ++it) {
        const auto old = oldEndpoints.constFind(it.key());
        if (old == oldEndpoints.cend()) {
            add(out,
                "diff.endpoint-added",
                Severity::Info,
                QStringLiteral("New endpoint %1: %2.").arg(endpointName(**it), (*it)->url),
                QStringLiteral("Nothing to do."),
                (*it)->location,
                id);
        } else if ((*old)->url != (*it)->url || (*old)->responseUrl != (*it)->responseUrl) {
            add(out,
                "diff.endpoint-changed",
                Severity::Warning,
                QStringLiteral("Endpoint %1 moved from %2 to %3.").arg(endpointName(**it), (*old)->url, (*it)->url),
                QStringLiteral("Check that the new address is the provider's (a changed host can mean the document "
                               "is not the one you expect); logins go there once the metadata is applied."),
                (*it)->location,
                id);
        }
    }
    for (auto it = oldEndpoints.cbegin(); it != oldEndpoints.cend(); ++it) {
        if (!newEndpoints.contains(it.key())) {
            add(out,
                "diff.endpoint-removed",
                Severity::Warning,
                QStringLiteral("Endpoint %1 (%2) is no longer published.").arg(endpointName(**it), (*it)->url),
                QStringLiteral("A connection configured with this binding must switch to one that is still "
                               "published."),
                after.location,
                id);
        }
    }

    // NameID formats
    QStringList oldFormats;
    QStringList newFormats;
    for (const Role& role : before.roles) {
        oldFormats += role.nameIdFormats;
    }
    for (const Role& role : after.roles) {
        newFormats += role.nameIdFormats;
    }
    if (oldFormats != newFormats) {
        add(out,
            "diff.nameid-formats-changed",
            Severity::Info,
            QStringLiteral("NameID formats changed from [%1] to [%2].")
                .arg(oldFormats.join(QStringLiteral(", ")), newFormats.join(QStringLiteral(", "))),
            QStringLiteral("Check that the format your connection requests is still listed."),
            after.location,
            id);
    }
}

} // namespace

Findings MetadataDiff::compare(const Metadata& previous, const Metadata& current, const DiffPolicy& policy)
{
    Findings out;
    const bool single =
        !previous.aggregate && !current.aggregate && previous.entities.size() == 1 && current.entities.size() == 1;
    if (single) {
        const EntityDescriptor& before = previous.entities.constFirst();
        const EntityDescriptor& after = current.entities.constFirst();
        if (before.entityId != after.entityId) {
            add(out,
                "diff.entity-id-changed",
                Severity::Error,
                QStringLiteral("The entityID changed from %1 to %2.").arg(before.entityId, after.entityId),
                QStringLiteral("A new entityID is a different provider to every partner (the issuer or audience "
                               "changes): do not apply it as a routine refresh; confirm with its owner and "
                               "reconfigure the connection deliberately."),
                after.location,
                after.entityId);
        }
        compareEntity(before, after, policy, out);
    } else {
        QMap<QString, const EntityDescriptor*> oldById;
        for (const EntityDescriptor& e : previous.entities) {
            oldById.insert(e.entityId, &e);
        }
        QSet<QString> seen;
        for (const EntityDescriptor& e : current.entities) {
            if (!policy.entityId.isEmpty() && e.entityId != policy.entityId) {
                continue;
            }
            seen.insert(e.entityId);
            const auto old = oldById.constFind(e.entityId);
            if (old == oldById.cend()) {
                add(out,
                    "diff.entity-added",
                    Severity::Info,
                    QStringLiteral("New entity %1.").arg(e.entityId),
                    QStringLiteral("Nothing to do."),
                    e.location,
                    e.entityId);
            } else {
                compareEntity(**old, e, policy, out);
            }
        }
        for (const EntityDescriptor& e : previous.entities) {
            if ((policy.entityId.isEmpty() || e.entityId == policy.entityId) && !seen.contains(e.entityId)) {
                add(out,
                    "diff.entity-removed",
                    Severity::Warning,
                    QStringLiteral("The entity %1 is no longer in the document.").arg(e.entityId),
                    QStringLiteral("Connections that trust this entity lose its metadata; ask the publisher "
                                   "whether it left the federation."),
                    current.location,
                    e.entityId);
            }
        }
    }
    if (out.isEmpty()) {
        add(out,
            "diff.unchanged",
            Severity::Info,
            QStringLiteral("No change in entities, roles, certificates, endpoints or NameID formats."),
            QStringLiteral("Nothing to do."),
            current.location,
            QString());
    }
    return out;
}

} // namespace gatehouse::core::saml
