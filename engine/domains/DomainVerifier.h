#pragma once

#include "core/util/Result.h"
#include "engine/api/DomainStore.h"
#include "net/DomainChallenge.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace gatehouse::engine {

struct EngineContext;

// DNS ownership checks of organization domains (PRODUCT.md: TXT `_gatehouse-challenge.<domain>` =
// `gatehouse-verification=<token>`): on demand (the :verify endpoint) and periodically for PENDING domains,
// which become FAILED when their verification window ends. Every state change is written in one transaction
// with its event (organization.domain_verified / organization.domain_verification_failed). Runs on the
// event-loop thread; lookups are asynchronous.
class DomainVerifier : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QList<QHostAddress> resolvers; // empty: the system resolvers
        int lookupTimeoutMs = 5000;
        int recheckSecs = 3600;               // PENDING domains are re-checked this often
        qint64 windowSecs = 30LL * 24 * 3600; // and FAILED after this long without success
        int batch = 50;                       // re-checks started per sweep
    };

    using Done = std::function<void(core::Result<Domain>)>;

    DomainVerifier(EngineContext& context, Settings settings, QObject* parent = nullptr);

    const Settings& settings() const
    {
        return m_settings;
    }

    // Looks the challenge up now and stores what was seen; `done` gets the domain as stored afterwards.
    void checkNow(const Domain& domain, const QString& actor, Done done);
    // Starts the periodic sweep (every min(recheck interval, 60 s)).
    void startPeriodic();
    // One sweep: re-checks the PENDING domains that are due. Returns how many checks it started.
    int sweep();

    int checksInFlight() const
    {
        return m_inFlight;
    }

    // The state a check leaves the domain in (pure; `claimedBy` = another organization that has it VERIFIED).
    static Domain applyOutcome(Domain domain,
                               const net::DomainChallengeOutcome& outcome,
                               const net::TxtLookupResult& lookup,
                               const std::optional<QString>& claimedBy,
                               qint64 now,
                               const Settings& settings);

private:
    void store(const Domain& checked, const net::TxtLookupResult& lookup, const QString& actor, const Done& done);

    EngineContext& m_context;
    Settings m_settings;
    QTimer m_timer;
    int m_inFlight = 0;
};

} // namespace gatehouse::engine
