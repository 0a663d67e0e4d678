#include "core/saml/RuleContext.h"

#include <QRegularExpression>

namespace gatehouse::core::saml::rules {

namespace {

constexpr char kTransient[] = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";

struct KnownIdp
{
    const char* pattern;
    const char* name;
    const char* advice;
};

// entityID patterns of the IdPs Gatehouse has presets for, with the advice that saves a support call.
const KnownIdp kKnownIdps[] = {
    {R"(^http://www\.okta\.com/\w+$)", "Okta",
     "Use the Okta preset; in Okta set 'Name ID format' to EmailAddress and add attribute statements for email, "
     "firstName and lastName."},
    {R"(^https://sts\.windows\.net/[0-9a-f-]{36}/?$)", "Microsoft Entra ID",
     "Use the Entra ID preset; Entra sends claims as URIs (…/claims/emailaddress), which Gatehouse maps "
     "automatically. Make sure users are assigned to the enterprise application."},
    {R"(^https?://[^/]+/adfs/services/trust/?$)", "AD FS",
     "Use the AD FS preset; add a claim issuance rule that sends E-Mail-Addresses as Name ID and attributes."},
    {R"(^https://accounts\.google\.com/o/saml2\?idpid=\w+$)", "Google Workspace",
     "Use the Google Workspace preset; Google's metadata carries a validUntil and needs re-downloading when its "
     "certificate is renewed."},
    {R"(^https://app\.onelogin\.com/saml/metadata/[\w-]+$)", "OneLogin",
     "Use the OneLogin preset; set the SAML signature element to 'Both' or 'Assertion'."},
    {R"(^https://sso\.jumpcloud\.com/saml2/[\w.-]+$)", "JumpCloud",
     "Use the JumpCloud preset; the IdP entity ID in JumpCloud must be unique per application."},
    {R"(^https://(auth\.pingone\.[a-z.]+|[^/]*pingidentity\.com)/)", "PingIdentity",
     "Use the PingIdentity preset."},
    {R"(/idp/shibboleth$)", "Shibboleth IdP",
     "Use the generic SAML preset; Shibboleth releases attributes by policy, so ask for email and names to be "
     "released to this SP."},
    {R"(/simplesaml/saml2/idp/metadata\.php$)", "SimpleSAMLphp", "Use the generic SAML preset."},
};

void checkKnownIdp(const EntityDescriptor& entity, RuleContext& ctx)
{
    for (const KnownIdp& known : kKnownIdps) {
        const QRegularExpression re(QString::fromLatin1(known.pattern));
        if (re.match(entity.entityId).hasMatch()) {
            ctx.add("idp.known", Severity::Info,
                    QStringLiteral("This looks like %1 metadata.").arg(QLatin1String(known.name)),
                    QString::fromUtf8(known.advice), entity.location, entity.entityId);
            return;
        }
    }
}

void checkIdpRole(const Role& role, const EntityDescriptor& entity, RuleContext& ctx)
{
    if (role.nameIdFormats.size() > 1 && role.nameIdFormats.first() == QLatin1String(kTransient)) {
        ctx.add("nameid.transient-first", Severity::Warning,
                QStringLiteral("The first NameIDFormat is transient; SPs that take the first format get a new "
                               "random identifier at every login."),
                QStringLiteral("Request a persistent or emailAddress NameID format explicitly in the connection."),
                role.location, entity.entityId);
    }
    if (role.wantAuthnRequestsSigned.value_or(false)) {
        ctx.add("idp.want-authn-requests-signed", Severity::Info,
                QStringLiteral("The IdP requires signed AuthnRequests (WantAuthnRequestsSigned=\"true\")."),
                QStringLiteral("Enable request signing on the connection and give the IdP the SP signing "
                               "certificate."),
                role.location, entity.entityId);
    }
    if (role.errorUrl.isEmpty()) {
        ctx.add("idp.error-url-missing", Severity::Info,
                QStringLiteral("The IdP publishes no errorURL for users who hit a login problem."),
                QStringLiteral("Nothing to do; federations such as SWAMID require it."), role.location,
                entity.entityId);
    }
}

} // namespace

void checkHints(const EntityDescriptor& entity, RuleContext& ctx)
{
    for (const Role& role : entity.roles) {
        if (role.kind == RoleKind::IdentityProvider && role.supportsSaml2()) {
            checkIdpRole(role, entity, ctx);
        } else if (role.kind == RoleKind::ServiceProvider && role.wantAssertionsSigned.value_or(false)) {
            ctx.add("sp.want-assertions-signed", Severity::Info,
                    QStringLiteral("The SP requires signed assertions (WantAssertionsSigned=\"true\")."),
                    QStringLiteral("Configure the IdP to sign the assertion, not only the response."), role.location,
                    entity.entityId);
        }
    }
    if (entity.displayNames.isEmpty()) {
        ctx.add("entity.ui-missing", Severity::Info,
                QStringLiteral("No mdui:DisplayName; pickers will show the entity ID."),
                QStringLiteral("Add mdui:UIInfo with DisplayName (and Logo) to the role's Extensions."),
                entity.location, entity.entityId);
    }
    const bool contact = std::any_of(entity.contacts.cbegin(), entity.contacts.cend(), [](const ContactPerson& c) {
        return c.type == QLatin1String("technical") || c.type == QLatin1String("support");
    });
    if (!contact) {
        ctx.add("entity.contacts-missing", Severity::Info,
                QStringLiteral("No technical or support ContactPerson."),
                QStringLiteral("Add a ContactPerson with contactType=\"technical\" so problems reach someone."),
                entity.location, entity.entityId);
    }
    checkKnownIdp(entity, ctx);
}

} // namespace gatehouse::core::saml::rules
