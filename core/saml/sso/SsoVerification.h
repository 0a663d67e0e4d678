#pragma once

// Internal to the Response verifier (SsoResponseVerifier.cpp, SsoAssertionChecks.cpp): the run state, the error
// codes and the assertion-level checks.

#include "core/saml/sso/SamlSso.h"
#include "core/saml/sso/SsoSupport.h"

#include <libxml/tree.h>

#include <utility>

namespace gatehouse::core::saml::sso::detail {

inline const QString kInvalid = QStringLiteral("invalid_saml_response");
inline const QString kSignature = QStringLiteral("signature_validation_failed");
inline const QString kAssertionExpired = QStringLiteral("assertion_expired");
inline const QString kResponseExpired = QStringLiteral("response_expired");
inline const QString kStatus = QStringLiteral("invalid_status");
inline const QString kMalformed = QStringLiteral("malformed_saml_response");
inline const QString kAcs = QStringLiteral("invalid_acs_url");
inline const QString kMissing = QStringLiteral("mandatory_attribute_missing");

// A failed check: the SSO error code, the reason and the fix.
struct Failure
{
    QString code;
    QString reason;
    QString fix;
};

class Run
{
public:
    explicit Run(const ResponseExpectations& expect)
        : e(expect)
    {}

    void pass(const QString& check, const QString& detail)
    {
        out.trace.append(CheckStep{check, true, detail});
    }

    ResponseVerification fail(const QString& check, const Failure& failure)
    {
        out.trace.append(CheckStep{check, false, failure.reason});
        out.ok = false;
        out.errorCode = failure.code;
        out.reason = failure.reason;
        out.fix = failure.fix;
        return std::move(out);
    }

    QString at(const QDateTime& t) const
    {
        return support::xsdDateTime(t);
    }

    const ResponseExpectations& e;
    ResponseVerification out;
};

inline QString skewText(int secs)
{
    return QStringLiteral("%1 s clock skew").arg(secs);
}

// The checks of the (verified, decrypted) assertion, in order; fills run.out.assertion on success.
ResponseVerification verifyAssertionContent(Run& run, xmlNode* assertion);

} // namespace gatehouse::core::saml::sso::detail
