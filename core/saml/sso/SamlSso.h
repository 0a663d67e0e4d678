#pragma once

// SAML 2.0 Web Browser SSO profile, the protocol half (no HTTP, no storage): what the engine's SAML service
// provider, its IdP simulator and the connection tests need. Pure functions over bytes; thread-safe.
//
// CONTRACT between the core and the engine: the engine codes against exactly these declarations. Additive
// changes only.

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace gatehouse::core::saml::sso {

// ---------------------------------------------------------------------------------------------------------
// IdP configuration read from metadata

struct IdpSettings
{
    QString entityId;
    QString ssoUrlRedirect;                   // SingleSignOnService, HTTP-Redirect binding (empty if none)
    QString ssoUrlPost;                       // SingleSignOnService, HTTP-POST binding (empty if none)
    QList<QByteArray> signingCertificatesDer; // KeyDescriptor use="signing" or without use
    bool wantAuthnRequestsSigned = false;
    QStringList nameIdFormats;
};

// Reads the single IdPSSODescriptor of an EntityDescriptor (or the one entity matching entityId in an
// aggregate). Safe parsing (core::xml::XmlDocument). Error codes: saml.metadata-malformed, saml.no-idp,
// saml.entity-not-found, saml.ambiguous-entity.
Result<IdpSettings> readIdpMetadata(QByteArrayView xml, const QString& entityId = {});

// ---------------------------------------------------------------------------------------------------------
// AuthnRequest (SP side builds, IdP simulator parses)

struct AuthnRequestParams
{
    QString id;           // "_" + random, unique; stored by the SP as the expected InResponseTo
    QString issuer;       // SP entity ID
    QString destination;  // IdP SSO URL
    QString acsUrl;       // AssertionConsumerServiceURL (HTTP-POST binding)
    QString nameIdFormat; // NameIDPolicy Format; empty = unspecified
    bool forceAuthn = false;
    QDateTime issueInstant;
};

QByteArray buildAuthnRequest(const AuthnRequestParams& params);

// HTTP-Redirect binding (SAML bindings §3.4.4): DEFLATE (raw), base64, SAMLRequest + RelayState (+ SigAlg +
// Signature over the exact query string when keyPem is given, rsa-sha256). Returns destination + query.
Result<QUrl> redirectBindingUrl(const QUrl& destination,
                                const QByteArray& authnRequestXml,
                                const QString& relayState,
                                const QByteArray& signingKeyPem = {});

// HTTP-POST binding: returns the base64 value for the SAMLRequest form field. When signingKeyPem/certPem are
// given the request carries an enveloped signature.
Result<QByteArray> postBindingValue(const QByteArray& authnRequestXml,
                                    const QByteArray& signingKeyPem = {},
                                    const QByteArray& signingCertPem = {});

struct ParsedAuthnRequest
{
    QString id;
    QString issuer;
    QString destination;
    QString acsUrl;
    QString nameIdFormat;
    bool forceAuthn = false;
    QDateTime issueInstant;
    bool signatureVerified = false; // a signature was present and verified with trustedSpCertsDer
};

// Parses an AuthnRequest received over HTTP-Redirect (query with SAMLRequest, optional SigAlg/Signature
// verified against trustedSpCertsDer when given; a present but invalid signature is an error) or HTTP-POST
// (base64 SAMLRequest, enveloped signature). Size-capped inflation (no zip bombs). Error codes:
// saml.request-malformed, saml.request-signature.
Result<ParsedAuthnRequest> parseRedirectAuthnRequest(const QUrlQuery& query,
                                                     const QList<QByteArray>& trustedSpCertsDer = {});
Result<ParsedAuthnRequest> parsePostAuthnRequest(QByteArrayView samlRequestBase64,
                                                 const QList<QByteArray>& trustedSpCertsDer = {});

// ---------------------------------------------------------------------------------------------------------
// Response (IdP simulator builds, SP verifies)

struct SamlAttribute
{
    QString name;         // Name
    QString friendlyName; // optional
    QString nameFormat;   // optional; default urn:oasis:names:tc:SAML:2.0:attrname-format:basic when building
    QStringList values;
};

struct ResponseParams
{
    QString responseId;   // empty = generated
    QString assertionId;  // empty = generated
    QString issuer;       // IdP entity ID
    QString destination;  // ACS URL
    QString recipient;    // SubjectConfirmationData Recipient (defaults to destination)
    QString audience;     // SP entity ID
    QString inResponseTo; // empty for IdP-initiated
    QString nameId;
    QString nameIdFormat = QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");
    QString sessionIndex;
    QList<SamlAttribute> attributes;
    QDateTime issueInstant; // "now" of the IdP
    int validitySecs = 300; // Conditions NotOnOrAfter and SubjectConfirmationData NotOnOrAfter
    QString statusCode = QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Success");
    QString subStatusCode; // optional second-level status
    QString statusMessage; // optional
    bool signResponse = true;
    bool signAssertion = true;
    QByteArray signingKeyPem;     // required when signing
    QByteArray signingCertPem;    // put in KeyInfo
    QByteArray encryptionCertPem; // when set: the assertion is an EncryptedAssertion (aes256-gcm or aes256-cbc
                                  // content, rsa-oaep key transport) for this certificate
};

// Builds the Response XML (signed as asked; assertion signed before encryption, response signed after).
// A failure Status (statusCode != Success) yields a Response without an assertion.
Result<QByteArray> buildResponse(const ResponseParams& params);

enum class SigningRequirement
{
    None,                 // NO_SIGNING: still verified when present; never accepted unsigned in production
    Response,             // SAML_ONLY_RESPONSE_SIGNING
    Assertion,            // SAML_ONLY_ASSERTION_SIGNING
    ResponseAndAssertion, // SAML_RESPONSE_ASSERTION_SIGNING
    ResponseOrAssertion,  // SAML_RESPONSE_OR_ASSERTION_SIGNING (the default)
};
// Maps the REST enum name (e.g. "SAML_ONLY_RESPONSE_SIGNING"); unknown/unspecified -> ResponseOrAssertion.
SigningRequirement signingRequirementFromString(const QString& restEnumName);

struct ResponseExpectations
{
    QString spEntityId;                   // Audience must contain it
    QString acsUrl;                       // Destination (when present) and Recipient must equal it
    QString idpEntityId;                  // Issuer of the Response (when present) and of the Assertion
    QList<QByteArray> idpCertificatesDer; // trusted signing certificates (any of them may verify)
    std::optional<QString> inResponseTo;  // SP-initiated: must equal; nullopt: unsolicited (IdP-initiated) and
                                          // then the response must NOT carry an InResponseTo
    SigningRequirement signing = SigningRequirement::ResponseOrAssertion;
    bool allowSha1 = false;
    QDateTime now;
    int clockSkewSecs = 180;       // applied in both directions
    QByteArray spDecryptionKeyPem; // for EncryptedAssertion; empty = encrypted assertions refused
    int maxResponseAgeSecs = 600;  // (added) Response IssueInstant older than this + skew: response_expired
};

// One check performed, in order, for the connection test trace.
struct CheckStep
{
    QString check; // stable id, e.g. "response.signature", "assertion.audience"
    bool passed = false;
    QString detail; // human, no secrets
};

struct VerifiedAssertion
{
    QString responseId;
    QString assertionId; // the replay-cache key (with issuer)
    QString issuer;
    QString nameId;
    QString nameIdFormat;
    QString sessionIndex;
    QString inResponseTo;
    QDateTime authnInstant;
    QDateTime notOnOrAfter; // the latest instant the assertion may be replayed at (for the cache's expiry)
    QList<SamlAttribute> attributes;
    QByteArray assertionXml;         // the verified (decrypted) assertion, for the test trace
    QByteArray signerCertificateDer; // the trusted IdP certificate whose key verified a signature (DER)
};

struct ResponseVerification
{
    bool ok = false;
    VerifiedAssertion assertion; // when ok
    // When !ok: one of the docs' SSO error codes: invalid_saml_response, signature_validation_failed,
    // assertion_expired, response_expired, invalid_status, malformed_saml_response, invalid_acs_url,
    // mandatory_attribute_missing (no NameID and no email attribute).
    QString errorCode;
    QString reason; // precise, e.g. "Audience 'x' does not contain the SP entity ID 'y'"
    QString fix;    // what the admin should change, e.g. "Set the Audience URI in Okta to …"
    QList<CheckStep> trace;
    QByteArray responseXml; // the decoded Response (for the test trace), empty when not decodable
};

// Verifies a SAMLResponse form value (base64 of the XML; whitespace tolerated) per SAML core/profiles and
// anchors-code §5.6: safe parsing, schema-shaped checks, exactly one Assertion (or EncryptedAssertion),
// signatures per `signing` with core::xml::SignatureVerifier (wrapping, duplicate IDs, comments refused;
// the verified element is the one whose data is returned), Status, Destination, Issuer, Audience,
// Recipient, InResponseTo, NotBefore/NotOnOrAfter (response_expired vs assertion_expired), bearer
// SubjectConfirmation. Never throws; replay detection is the caller's job (assertionId + notOnOrAfter).
//
// Error codes, precisely:
//   malformed_saml_response      not base64, not well-formed / DTD / too large, root not samlp:Response, missing
//                                Version/ID/IssueInstant/Status, Assertion without Version/ID/IssueInstant/Issuer
//   signature_validation_failed  a ds:Signature anywhere but on the Response or an Assertion; a present signature
//                                (Response or Assertion) does not verify with the trusted
//                                certificates (wrapping, duplicate IDs, forbidden transforms/algorithms, other key,
//                                altered content), or the `signing` requirement is not met by verified signatures
//   invalid_status               top-level StatusCode is not Success (reason carries the sub-status and message)
//   invalid_acs_url              Response Destination (when present) or bearer Recipient is not expect.acsUrl
//   response_expired             message-level time: Response IssueInstant in the future (beyond the skew) or older
//                                than maxResponseAgeSecs (600 s) + skew; bearer SubjectConfirmationData NotOnOrAfter
//                                passed or NotBefore not reached (both with skew)
//   assertion_expired            Conditions NotBefore not reached / NotOnOrAfter passed (with skew)
//   mandatory_attribute_missing  neither a NameID nor an email attribute (email, mail, emailaddress claim URI,
//                                urn:oid:0.9.2342.19200300.100.1.3)
//   invalid_saml_response        everything else: Issuer missing (Response) or mismatch (Response or Assertion),
//                                empty NameID, NameID SPNameQualifier not the SP, InResponseTo mismatch
//                                (or present when unsolicited; SubjectConfirmationData must carry the expected one),
//                                not exactly one Assertion/EncryptedAssertion (assertions inside saml:Advice are
//                                ignored, never used), encrypted assertion without a key or undecryptable, no Subject,
//                                no bearer confirmation, no Conditions / AudienceRestriction, Audience mismatch,
//                                unknown Condition, no AuthnStatement, duplicate attribute names.
// Data (NameID, attributes, ...) comes only from the Assertion that is either signature-verified itself or the
// direct child of the verified Response (an EncryptedAssertion child of it, once decrypted). Text values are the
// concatenation of all text nodes, so a comment inside NameID cannot truncate it (CVE-2017-11428 / CVE-2018-7340).
// trace lists every check in order; the failing one is last with passed=false.
ResponseVerification verifyResponse(QByteArrayView samlResponseBase64, const ResponseExpectations& expect);
ResponseVerification verifyResponseXml(QByteArrayView xml, const ResponseExpectations& expect);

// ---------------------------------------------------------------------------------------------------------
// Metadata documents

struct SpMetadataParams
{
    QString entityId;
    QString acsUrl;
    QByteArray signingCertPem;    // KeyDescriptor use="signing" (AuthnRequests signed with it)
    QByteArray encryptionCertPem; // KeyDescriptor use="encryption"
    // Published as well, for signing and encryption: the upcoming key of an SP key rotation (IdPs learn it before
    // the SP starts using it).
    QList<QByteArray> upcomingCertPems;
    QStringList nameIdFormats;
    bool authnRequestsSigned = false;
    bool wantAssertionsSigned = true;
    QDateTime validUntil; // optional
};

QByteArray buildSpMetadata(const SpMetadataParams& params);

struct IdpMetadataParams
{
    QString entityId;
    QString ssoUrl; // offered with both HTTP-Redirect and HTTP-POST bindings
    QByteArray signingCertPem;
    QStringList nameIdFormats;
    bool wantAuthnRequestsSigned = false;
};

QByteArray buildIdpMetadata(const IdpMetadataParams& params);

} // namespace gatehouse::core::saml::sso
