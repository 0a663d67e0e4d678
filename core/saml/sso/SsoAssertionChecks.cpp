// Assertion-level checks of the Response verifier (SamlSso.h).
#include "core/saml/sso/SsoVerification.h"
#include "core/util/XsdTime.h"
#include "core/xmldsig/XmlNodes.h"

#include <optional>

namespace gatehouse::core::saml::sso::detail {

using namespace support;
using xml::kNsAssertion;

namespace {

const QStringList kEmailNames = {
    QStringLiteral("email"),
    QStringLiteral("mail"),
    QStringLiteral("emailaddress"),
    QStringLiteral("emailAddress"),
    QStringLiteral("Email"),
    QStringLiteral("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"),
    QStringLiteral("urn:oid:0.9.2342.19200300.100.1.3"),
};

std::optional<Failure> checkSubjectConfirmation(const Run& run, xmlNode* confirmation, QDateTime* notOnOrAfterOut)
{
    const ResponseExpectations& e = run.e;
    xmlNode* data = xml::firstChild(confirmation, kNsAssertion, "SubjectConfirmationData");
    if (data == nullptr) {
        return Failure{kInvalid,
                       QStringLiteral("The bearer SubjectConfirmation has no SubjectConfirmationData."),
                       QStringLiteral("Configure the IdP to send a standard SAML 2.0 Web SSO bearer assertion.")};
    }
    const QString recipient = xml::attribute(data, "Recipient");
    if (recipient != e.acsUrl) {
        return Failure{
            kAcs,
            QStringLiteral("SubjectConfirmationData Recipient '%1' is not the ACS URL '%2'.").arg(recipient, e.acsUrl),
            QStringLiteral("Set the ACS URL (Single sign-on URL / Reply URL) in the IdP to '%1'.").arg(e.acsUrl)};
    }
    const QString notOnOrAfterText = xml::attribute(data, "NotOnOrAfter");
    const QDateTime notOnOrAfter = xsd::parseDateTime(notOnOrAfterText);
    if (!notOnOrAfter.isValid()) {
        return Failure{kInvalid,
                       QStringLiteral("SubjectConfirmationData NotOnOrAfter is missing or not an xs:dateTime ('%1').")
                           .arg(notOnOrAfterText),
                       QStringLiteral("Configure the IdP to send a standard SAML 2.0 Web SSO bearer assertion.")};
    }
    if (e.now >= notOnOrAfter.addSecs(e.clockSkewSecs)) {
        return Failure{kResponseExpired,
                       QStringLiteral("The bearer confirmation expired at %1 (now %2, %3).")
                           .arg(run.at(notOnOrAfter), run.at(e.now), skewText(e.clockSkewSecs)),
                       QStringLiteral("Start the login again; if it keeps failing, synchronise the IdP's and the "
                                      "server's clocks (NTP) or raise the allowed clock skew.")};
    }
    const QDateTime notBefore = xsd::parseDateTime(xml::attribute(data, "NotBefore"));
    if (notBefore.isValid() && e.now.addSecs(e.clockSkewSecs) < notBefore) {
        return Failure{kResponseExpired,
                       QStringLiteral("The bearer confirmation is not valid before %1 (now %2, %3).")
                           .arg(run.at(notBefore), run.at(e.now), skewText(e.clockSkewSecs)),
                       QStringLiteral("Synchronise the IdP's and the server's clocks (NTP) or raise the allowed "
                                      "clock skew.")};
    }
    const bool hasInResponseTo = xml::hasAttribute(data, "InResponseTo");
    const QString inResponseTo = xml::attribute(data, "InResponseTo");
    if (e.inResponseTo.has_value() && inResponseTo != *e.inResponseTo) {
        return Failure{kInvalid,
                       QStringLiteral("SubjectConfirmationData InResponseTo '%1' is not the request ID '%2'.")
                           .arg(inResponseTo, *e.inResponseTo),
                       QStringLiteral("Start the login again from the application; the response answers another "
                                      "request.")};
    }
    if (!e.inResponseTo.has_value() && hasInResponseTo) {
        return Failure{kInvalid,
                       QStringLiteral("The unsolicited response carries InResponseTo '%1' in its bearer confirmation.")
                           .arg(inResponseTo),
                       QStringLiteral("Start the login from the application (SP-initiated) instead of replaying a "
                                      "response.")};
    }
    *notOnOrAfterOut = notOnOrAfter;
    return std::nullopt;
}

std::optional<Failure> checkConditions(Run& run, xmlNode* conditions, QDateTime* notOnOrAfterOut)
{
    const ResponseExpectations& e = run.e;
    const QDateTime notBefore = xsd::parseDateTime(xml::attribute(conditions, "NotBefore"));
    const QDateTime notOnOrAfter = xsd::parseDateTime(xml::attribute(conditions, "NotOnOrAfter"));
    const QString clockFix = QStringLiteral("Synchronise the IdP's and the server's clocks (NTP) or raise the allowed "
                                            "clock skew.");
    if (xml::hasAttribute(conditions, "NotBefore") && !notBefore.isValid()) {
        return Failure{kMalformed, QStringLiteral("Conditions NotBefore is not an xs:dateTime."), clockFix};
    }
    if (xml::hasAttribute(conditions, "NotOnOrAfter") && !notOnOrAfter.isValid()) {
        return Failure{kMalformed, QStringLiteral("Conditions NotOnOrAfter is not an xs:dateTime."), clockFix};
    }
    if (notBefore.isValid() && e.now.addSecs(e.clockSkewSecs) < notBefore) {
        return Failure{kAssertionExpired,
                       QStringLiteral("The assertion is not yet valid: Conditions NotBefore %1, now %2 (%3).")
                           .arg(run.at(notBefore), run.at(e.now), skewText(e.clockSkewSecs)),
                       clockFix};
    }
    if (notOnOrAfter.isValid() && e.now >= notOnOrAfter.addSecs(e.clockSkewSecs)) {
        return Failure{kAssertionExpired,
                       QStringLiteral("The assertion expired: Conditions NotOnOrAfter %1, now %2 (%3).")
                           .arg(run.at(notOnOrAfter), run.at(e.now), skewText(e.clockSkewSecs)),
                       QStringLiteral("Start the login again; if it keeps failing, ") + clockFix.toLower()};
    }
    *notOnOrAfterOut = notOnOrAfter;
    run.pass(QStringLiteral("assertion.conditions.time"),
             QStringLiteral("NotBefore %1, NotOnOrAfter %2, now %3 (%4)")
                 .arg(notBefore.isValid() ? run.at(notBefore) : QStringLiteral("-"),
                      notOnOrAfter.isValid() ? run.at(notOnOrAfter) : QStringLiteral("-"),
                      run.at(e.now),
                      skewText(e.clockSkewSecs)));

    int restrictions = 0;
    for (xmlNode* condition : xml::children(conditions)) {
        if (xml::isElement(condition, kNsAssertion, "AudienceRestriction")) {
            ++restrictions;
            QStringList audiences;
            for (xmlNode* audience : xml::children(condition, kNsAssertion, "Audience")) {
                audiences.append(xml::text(audience).trimmed());
            }
            if (!audiences.contains(e.spEntityId)) {
                return Failure{kInvalid,
                               QStringLiteral("Audience '%1' does not contain the SP entity ID '%2'.")
                                   .arg(audiences.join(QStringLiteral("', '")), e.spEntityId),
                               QStringLiteral("Set the Audience URI (SP Entity ID / Identifier) in the IdP to '%1'.")
                                   .arg(e.spEntityId)};
            }
        } else if (!xml::isElement(condition, kNsAssertion, "OneTimeUse")
                   && !xml::isElement(condition, kNsAssertion, "ProxyRestriction")) {
            return Failure{
                kInvalid,
                QStringLiteral("Unsupported condition '%1' in the assertion.").arg(xml::localName(condition)),
                QStringLiteral("Remove the custom condition from the IdP's assertion configuration.")};
        }
    }
    if (restrictions == 0) {
        return Failure{kInvalid,
                       QStringLiteral("The assertion has no AudienceRestriction (the SSO profile requires one naming "
                                      "'%1').")
                           .arg(e.spEntityId),
                       QStringLiteral("Set the Audience URI (SP Entity ID) in the IdP to '%1'.").arg(e.spEntityId)};
    }
    run.pass(QStringLiteral("assertion.audience"), QStringLiteral("Audience contains '%1'").arg(e.spEntityId));
    return std::nullopt;
}

// Attributes of all AttributeStatements; duplicate names are refused.
std::optional<Failure> readAttributes(xmlNode* assertion, QList<SamlAttribute>* attributes)
{
    for (xmlNode* statement : xml::children(assertion, kNsAssertion, "AttributeStatement")) {
        for (xmlNode* attr : xml::children(statement, kNsAssertion, "Attribute")) {
            SamlAttribute a;
            a.name = xml::attribute(attr, "Name");
            a.friendlyName = xml::attribute(attr, "FriendlyName");
            a.nameFormat = xml::attribute(attr, "NameFormat");
            for (xmlNode* value : xml::children(attr, kNsAssertion, "AttributeValue")) {
                a.values.append(xml::text(value)); // all text nodes: a comment cannot truncate a value
            }
            for (const SamlAttribute& seen : std::as_const(*attributes)) {
                if (seen.name == a.name) {
                    return Failure{kInvalid,
                                   QStringLiteral("Attribute '%1' appears more than once.").arg(a.name),
                                   QStringLiteral("Map the attribute only once in the IdP's attribute statements.")};
                }
            }
            attributes->append(a);
        }
    }
    return std::nullopt;
}

QString emailOf(const QList<SamlAttribute>& attributes)
{
    for (const SamlAttribute& a : attributes) {
        if ((kEmailNames.contains(a.name) || kEmailNames.contains(a.friendlyName)) && !a.values.isEmpty()
            && !a.values.constFirst().trimmed().isEmpty()) {
            return a.values.constFirst().trimmed();
        }
    }
    return {};
}

// The NameID (all its text nodes, so a comment cannot truncate it): present means non-empty and, when it names an
// SP, naming this one.
std::optional<Failure> readNameId(const ResponseExpectations& e, xmlNode* subject, VerifiedAssertion* out)
{
    if (xmlNode* nameId = xml::firstChild(subject, kNsAssertion, "NameID")) {
        out->nameId = xml::text(nameId).trimmed(); // every text node: a comment cannot truncate it
        out->nameIdFormat = xml::attribute(nameId, "Format");
        if (out->nameId.isEmpty()) {
            return Failure{kInvalid,
                           QStringLiteral("The Subject's NameID is empty."),
                           QStringLiteral("Configure the IdP's NameID source (e.g. the user's email) so that it is "
                                          "never empty.")};
        }
        const QString spNameQualifier = xml::attribute(nameId, "SPNameQualifier");
        if (xml::hasAttribute(nameId, "SPNameQualifier") && spNameQualifier != e.spEntityId) {
            return Failure{kInvalid,
                           QStringLiteral("NameID SPNameQualifier '%1' is not the SP entity ID '%2'.")
                               .arg(spNameQualifier, e.spEntityId),
                           QStringLiteral("Set the SP entity ID (Audience) in the IdP to '%1'.").arg(e.spEntityId)};
        }
    }
    return std::nullopt;
}

// At least one bearer SubjectConfirmation must satisfy every check; otherwise the first failure is reported.
std::optional<Failure> checkBearer(const Run& run, xmlNode* subject, QDateTime* notOnOrAfter)
{
    std::optional<Failure> confirmationFailure;
    bool confirmed = false;
    for (xmlNode* confirmation : xml::children(subject, kNsAssertion, "SubjectConfirmation")) {
        if (xml::attribute(confirmation, "Method") != QLatin1String(kBearer)) {
            continue;
        }
        std::optional<Failure> failed = checkSubjectConfirmation(run, confirmation, notOnOrAfter);
        if (!failed) {
            confirmed = true;
            break;
        }
        if (!confirmationFailure) {
            confirmationFailure = failed;
        }
    }
    if (!confirmed) {
        return confirmationFailure.value_or(
            Failure{kInvalid,
                    QStringLiteral("The Subject has no bearer SubjectConfirmation."),
                    QStringLiteral("Configure the IdP to send a SAML 2.0 Web SSO bearer assertion.")});
    }
    return std::nullopt;
}

} // namespace

ResponseVerification verifyAssertionContent(Run& run, xmlNode* assertion)
{
    const ResponseExpectations& e = run.e;
    const QString shapeFix =
        QStringLiteral("Configure the IdP to send a SAML 2.0 assertion (Web Browser SSO profile).");
    VerifiedAssertion& out = run.out.assertion;
    out.assertionId = xml::attribute(assertion, "ID");
    xmlNode* issuer = xml::firstChild(assertion, kNsAssertion, "Issuer");
    if (xml::attribute(assertion, "Version") != QLatin1String("2.0") || out.assertionId.isEmpty() || issuer == nullptr
        || !xsd::parseDateTime(xml::attribute(assertion, "IssueInstant")).isValid()) {
        return run.fail(QStringLiteral("assertion.shape"),
                        {kMalformed,
                         QStringLiteral("The Assertion lacks Version=\"2.0\", an ID, an IssueInstant or an Issuer."),
                         shapeFix});
    }
    run.pass(QStringLiteral("assertion.shape"), QStringLiteral("saml:Assertion %1").arg(out.assertionId));
    out.issuer = xml::text(issuer).trimmed();
    if (out.issuer != e.idpEntityId) {
        return run.fail(
            QStringLiteral("assertion.issuer"),
            {kInvalid,
             QStringLiteral("Assertion Issuer '%1' is not the IdP entity ID '%2'.").arg(out.issuer, e.idpEntityId),
             QStringLiteral("Set the connection's IdP entity ID (issuer) to the value the IdP sends, or "
                            "re-import the IdP metadata.")});
    }
    run.pass(QStringLiteral("assertion.issuer"), out.issuer);

    xmlNode* subject = xml::firstChild(assertion, kNsAssertion, "Subject");
    if (subject == nullptr) {
        return run.fail(QStringLiteral("assertion.subject"),
                        {kInvalid, QStringLiteral("The Assertion has no Subject."), shapeFix});
    }
    if (std::optional<Failure> failed = readNameId(e, subject, &out)) {
        return run.fail(QStringLiteral("assertion.subject"), *failed);
    }
    QDateTime confirmationNotOnOrAfter;
    if (std::optional<Failure> failed = checkBearer(run, subject, &confirmationNotOnOrAfter)) {
        return run.fail(QStringLiteral("assertion.subject-confirmation"), *failed);
    }
    run.pass(QStringLiteral("assertion.subject-confirmation"),
             QStringLiteral("bearer, Recipient %1, NotOnOrAfter %2").arg(e.acsUrl, run.at(confirmationNotOnOrAfter)));

    xmlNode* conditions = xml::firstChild(assertion, kNsAssertion, "Conditions");
    if (conditions == nullptr) {
        return run.fail(QStringLiteral("assertion.conditions"),
                        {kInvalid,
                         QStringLiteral("The Assertion has no Conditions (an AudienceRestriction is required)."),
                         QStringLiteral("Set the Audience URI (SP Entity ID) in the IdP to '%1'.").arg(e.spEntityId)});
    }
    QDateTime conditionsNotOnOrAfter;
    if (std::optional<Failure> failed = checkConditions(run, conditions, &conditionsNotOnOrAfter)) {
        return run.fail(QStringLiteral("assertion.conditions"), *failed);
    }

    xmlNode* authn = xml::firstChild(assertion, kNsAssertion, "AuthnStatement");
    if (authn == nullptr) {
        return run.fail(QStringLiteral("assertion.authn-statement"),
                        {kInvalid, QStringLiteral("The Assertion has no AuthnStatement."), shapeFix});
    }
    out.authnInstant = xsd::parseDateTime(xml::attribute(authn, "AuthnInstant"));
    out.sessionIndex = xml::attribute(authn, "SessionIndex");
    run.pass(QStringLiteral("assertion.authn-statement"),
             out.authnInstant.isValid() ? run.at(out.authnInstant) : QString());

    if (std::optional<Failure> failed = readAttributes(assertion, &out.attributes)) {
        return run.fail(QStringLiteral("assertion.attributes"), *failed);
    }
    run.pass(QStringLiteral("assertion.attributes"), QStringLiteral("%1 attributes").arg(out.attributes.size()));

    const QString email = emailOf(out.attributes);
    if (out.nameId.isEmpty() && email.isEmpty()) {
        return run.fail(QStringLiteral("assertion.identity"),
                        {kMissing,
                         QStringLiteral("The assertion has neither a NameID nor an email attribute."),
                         QStringLiteral("Configure the IdP to send the user's email as NameID (emailAddress format) or "
                                        "as the 'email' attribute.")});
    }
    run.pass(QStringLiteral("assertion.identity"),
             out.nameId.isEmpty() ? QStringLiteral("email attribute") : out.nameIdFormat);

    out.inResponseTo = e.inResponseTo.value_or(QString());
    QDateTime limit = confirmationNotOnOrAfter;
    if (conditionsNotOnOrAfter.isValid() && conditionsNotOnOrAfter < limit) {
        limit = conditionsNotOnOrAfter;
    }
    out.notOnOrAfter = limit.addSecs(e.clockSkewSecs);
    out.assertionXml = serializeNode(assertion);
    run.out.ok = true;
    return std::move(run.out);
}

} // namespace gatehouse::core::saml::sso::detail
