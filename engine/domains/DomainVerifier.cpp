#include "engine/domains/DomainVerifier.h"

#include "engine/EngineContext.h"
#include "engine/api/AuditLog.h"
#include "engine/storage/Database.h"
#include "net/DnsTxtLookup.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDomains, "gatehouse.engine.domains")

namespace gatehouse::engine {

DomainVerifier::DomainVerifier(EngineContext& context, Settings settings, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_settings(std::move(settings))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { sweep(); });
}

void DomainVerifier::startPeriodic()
{
    m_timer.start(std::clamp(m_settings.recheckSecs, 1, 60) * 1000);
}

Domain DomainVerifier::applyOutcome(Domain d,
                                    const net::DomainChallengeOutcome& outcome,
                                    const net::TxtLookupResult& lookup,
                                    const std::optional<QString>& claimedBy,
                                    qint64 now,
                                    const Settings& settings)
{
    QJsonObject seen{{QStringLiteral("reason"), outcome.reason},
                     {QStringLiteral("message"), outcome.message},
                     {QStringLiteral("records_seen"), QJsonArray::fromStringList(outcome.recordsSeen)},
                     {QStringLiteral("resolver"), lookup.resolver},
                     {QStringLiteral("lookup_ms"), lookup.elapsedMs}};
    const bool verified = outcome.verified && !claimedBy;
    if (outcome.verified && claimedBy) {
        seen.insert(QStringLiteral("reason"), QStringLiteral("claimed_by_another_organization"));
        seen.insert(QStringLiteral("message"),
                    QStringLiteral("the TXT record is correct, but another organization has already verified %1; "
                                   "a domain belongs to one organization")
                        .arg(d.domain));
    }
    d.lastCheck = seen;
    d.lastCheckAt = now;
    d.updatedAt = now;
    if (verified) {
        d.verificationStatus = QStringLiteral("VERIFIED");
        d.verificationMethod = QStringLiteral("DNS");
        d.verifiedAt = now;
        d.nextCheckAt = 0;
        return d;
    }
    if (d.verificationStatus != QStringLiteral("PENDING")) {
        return d; // a FAILED domain stays FAILED until it succeeds or is restarted
    }
    const qint64 deadline =
        d.verificationDeadline > 0 ? d.verificationDeadline : d.createdAt + settings.windowSecs * 1000;
    d.verificationDeadline = deadline;
    if (now >= deadline) {
        d.verificationStatus = QStringLiteral("FAILED");
        d.nextCheckAt = 0;
        const QString message = d.lastCheck.value(QStringLiteral("message")).toString()
                                + QStringLiteral(" The verification window has ended: restart the verification "
                                                 "to get a new record value.");
        d.lastCheck.insert(QStringLiteral("message"), message);
        return d;
    }
    d.nextCheckAt = now + static_cast<qint64>(settings.recheckSecs) * 1000;
    return d;
}

void DomainVerifier::checkNow(const Domain& domain, const QString& actor, Done done)
{
    ++m_inFlight;
    const QString name = net::DomainChallenge::recordName(domain.domain);
    net::DnsTxtLookup::start(name,
                             m_settings.resolvers,
                             m_settings.lookupTimeoutMs,
                             this,
                             [this, domain, actor, done = std::move(done)](const net::TxtLookupResult& lookup) {
                                 --m_inFlight;
                                 store(domain, lookup, actor, done);
                             });
}

void DomainVerifier::store(const Domain& checked,
                           const net::TxtLookupResult& lookup,
                           const QString& actor,
                           const Done& done)
{
    Domain stored;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto current = DomainStore::find(db, checked.organizationId, checked.id);
        if (!current.ok()) {
            return current.error();
        }
        if (!current.value()) {
            return core::Error{QStringLiteral("not_found"), QStringLiteral("domain not found"), {}};
        }
        const Domain before = *current.value();
        if (before.verificationStatus == QStringLiteral("VERIFIED")
            || before.txtRecordSecret != checked.txtRecordSecret) {
            stored = before; // verified meanwhile (manually) or restarted with a new value: this check is stale
            return {};
        }
        const auto outcome = net::DomainChallenge::evaluate(lookup, before.txtRecordSecret);
        std::optional<QString> claimedBy;
        if (outcome.verified) {
            auto other = DomainStore::verifiedBy(db, before.domain, before.organizationId);
            if (!other.ok()) {
                return other.error();
            }
            claimedBy = other.value();
        }
        const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
        stored = applyOutcome(before, outcome, lookup, claimedBy, now, m_settings);
        if (auto saved = DomainStore::saveVerification(db, stored); !saved.ok()) {
            return saved;
        }
        QString event;
        if (stored.verificationStatus != before.verificationStatus) {
            event = stored.verificationStatus == QStringLiteral("VERIFIED")
                        ? QStringLiteral("organization.domain_verified")
                        : QStringLiteral("organization.domain_verification_failed");
        }
        if (event.isEmpty()) {
            return {};
        }
        return m_context.audit.record(db,
                                      {event,
                                       actor,
                                       stored.organizationId,
                                       QStringLiteral("Domain"),
                                       stored.id,
                                       {{QStringLiteral("domain"), stored.domain},
                                        {QStringLiteral("verification_method"), stored.verificationMethod},
                                        {QStringLiteral("reason"), stored.lastCheck.value(QStringLiteral("reason"))}}});
    });
    if (!written.ok()) {
        done(written.error());
        return;
    }
    done(stored);
}

int DomainVerifier::sweep()
{
    if (m_inFlight > 0) {
        return 0; // the previous sweep is still waiting for DNS
    }
    const qint64 now = m_context.clock.now().toMSecsSinceEpoch();
    QList<Domain> claimed;
    auto written = m_context.db.write([&](const QSqlDatabase& db) -> core::Result<void> {
        auto due = DomainStore::dueForCheck(db, now, m_settings.batch);
        if (!due.ok()) {
            return due.error();
        }
        // Claimed for twice the lookup timeout: if this engine dies mid-check another one takes over.
        const qint64 until = now + std::max<qint64>(2LL * m_settings.lookupTimeoutMs, 1000);
        for (const Domain& d : due.value()) {
            auto mine = DomainStore::claimCheck(db, d, until);
            if (!mine.ok()) {
                return mine.error();
            }
            if (mine.value()) {
                claimed.append(d);
            }
        }
        return {};
    });
    if (!written.ok()) {
        qCWarning(lcDomains) << "domain re-check sweep failed:" << written.error().message;
        return 0;
    }
    for (const Domain& d : std::as_const(claimed)) {
        checkNow(d, QStringLiteral("system:domain-recheck"), [](const core::Result<Domain>& result) {
            if (!result.ok()) {
                qCWarning(lcDomains) << "domain re-check failed:" << result.error().message;
            }
        });
    }
    return static_cast<int>(claimed.size());
}

} // namespace gatehouse::engine
