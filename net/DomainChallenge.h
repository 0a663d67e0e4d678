#pragma once

#include "net/DnsTxtLookup.h"

#include <QString>
#include <QStringList>

namespace gatehouse::net {

// The DNS side of domain ownership verification (PRODUCT.md): a TXT record at
// `_gatehouse-challenge.<domain>` whose value is `gatehouse-verification=<token>`.
struct DomainChallengeOutcome
{
    bool verified = false;
    // verified, nxdomain, no_txt_record, value_mismatch, timeout, servfail, refused, invalid_reply, resolver_error
    QString reason;
    QString message;         // a sentence for the admin, with what DNS returned
    QStringList recordsSeen; // every TXT value returned (joined character-strings)
};

class DomainChallenge
{
public:
    static QString recordName(const QString& domain);
    // Lower-case, trailing dot removed, surrounding whitespace trimmed.
    static QString normalizeName(const QString& name);
    // Whether one TXT value is the expected challenge: surrounding whitespace and quotes are ignored, the
    // "gatehouse-verification=" prefix is compared without regard to case, the token exactly.
    static bool matches(const QString& txtValue, const QString& expected);
    static DomainChallengeOutcome evaluate(const TxtLookupResult& lookup, const QString& expected);
};

} // namespace gatehouse::net
