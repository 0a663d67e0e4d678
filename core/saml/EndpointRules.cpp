#include "core/saml/RuleContext.h"

#include <QHash>
#include <QSet>
#include <QUrl>

namespace gatehouse::core::saml::rules {

namespace {

// Loopback, private and link-local hosts, without QtNetwork (the core does no networking).
bool isLoopbackOrLocal(const QString& rawHost)
{
    QString host = rawHost.toLower();
    if (host.startsWith(u'[')) {
        host = host.mid(1, host.size() - 2);
    }
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))) {
        return true;
    }
    if (host.contains(u':')) { // IPv6 literal
        return host == QLatin1String("::1") || host.startsWith(QLatin1String("fe80:"))
               || host.startsWith(QLatin1String("fc")) || host.startsWith(QLatin1String("fd"));
    }
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4) {
        return false;
    }
    int octets[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        octets[i] = parts.at(i).toInt(&ok);
        if (!ok || octets[i] < 0 || octets[i] > 255) {
            return false;
        }
    }
    return octets[0] == 127 || octets[0] == 10 || (octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31)
           || (octets[0] == 192 && octets[1] == 168) || (octets[0] == 169 && octets[1] == 254) || octets[0] == 0;
}

const QSet<QString>& knownBindings()
{
    static const QSet<QString> bindings = {
        QLatin1String(kBindingRedirect),
        QLatin1String(kBindingPost),
        QLatin1String(kBindingArtifact),
        QLatin1String(kBindingSoap),
        QStringLiteral("urn:oasis:names:tc:SAML:2.0:bindings:PAOS"),
        QStringLiteral("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST-SimpleSign"),
        QStringLiteral("urn:oasis:names:tc:SAML:2.0:bindings:URI"),
        QStringLiteral("urn:oasis:names:tc:SAML:2.0:profiles:holder-of-key:SSO:browser"),
        QStringLiteral("urn:oasis:names:tc:SAML:1.0:bindings:SOAP-binding"),
        QStringLiteral("urn:oasis:names:tc:SAML:1.0:profiles:browser-post"),
        QStringLiteral("urn:oasis:names:tc:SAML:1.0:profiles:artifact-01"),
        QStringLiteral("urn:mace:shibboleth:1.0:profiles:AuthnRequest"),
        QStringLiteral("urn:mace:shibboleth:2.0:profiles:AuthnRequest"),
        QStringLiteral("urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol"),
        QStringLiteral("urn:oasis:names:tc:SAML:profiles:SSO:request-init"),
    };
    return bindings;
}

void checkUrl(const Endpoint& e, const QString& url, const QString& entityId, RuleContext& ctx)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (url.trimmed().isEmpty() || !parsed.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || parsed.host().isEmpty()) {
        ctx.add("endpoint.url-invalid", Severity::Error,
                QStringLiteral("%1 has an unusable location \"%2\": it must be an absolute http(s) URL.")
                    .arg(e.kind, url),
                QStringLiteral("Use the endpoint URL from the provider's admin console."), e.location, entityId);
        return;
    }
    if (!ctx.policy.lab && (scheme == QLatin1String("http") || isLoopbackOrLocal(parsed.host()))) {
        ctx.add("endpoint.insecure", Severity::Warning,
                QStringLiteral("%1 uses %2: browsers will send SAML messages %3.")
                    .arg(e.kind, url,
                         scheme == QLatin1String("http") ? QStringLiteral("without TLS")
                                                         : QStringLiteral("to a local or private address")),
                QStringLiteral("Use a public https URL in production; validate with --lab for test setups."),
                e.location, entityId);
    }
    if (parsed.hasFragment()) {
        ctx.add("endpoint.fragment", Severity::Warning,
                QStringLiteral("%1 location \"%2\" contains a fragment (#…), which browsers never send.").arg(e.kind, url),
                QStringLiteral("Remove the fragment from the URL."), e.location, entityId);
    }
}

void checkEndpoint(const Endpoint& e, const QString& entityId, RuleContext& ctx)
{
    checkUrl(e, e.url, entityId, ctx);
    if (!knownBindings().contains(e.binding)) {
        ctx.add("endpoint.binding-unknown", Severity::Warning,
                QStringLiteral("%1 uses the unknown binding \"%2\".").arg(e.kind, e.binding),
                QStringLiteral("Use a SAML 2.0 binding URI such as %1.").arg(QLatin1String(kBindingPost)), e.location,
                entityId);
    }
    if (!e.responseUrl.isEmpty()) {
        if (e.kind != QLatin1String("SingleLogoutService") && e.kind != QLatin1String("ManageNameIDService")) {
            ctx.add("endpoint.response-location", Severity::Warning,
                    QStringLiteral("%1 has a ResponseLocation, which SAML metadata allows only on logout and "
                                   "name-ID management endpoints.")
                        .arg(e.kind),
                    QStringLiteral("Remove the ResponseLocation attribute."), e.location, entityId);
        } else {
            checkUrl(e, e.responseUrl, entityId, ctx);
        }
    }
}

void checkIdp(const Role& role, const QString& entityId, RuleContext& ctx)
{
    const QList<Endpoint> sso = role.endpointsOf(QStringLiteral("SingleSignOnService"));
    const bool browserSso = std::any_of(sso.cbegin(), sso.cend(), [](const Endpoint& e) {
        return e.binding == QLatin1String(kBindingRedirect) || e.binding == QLatin1String(kBindingPost);
    });
    if (!browserSso) {
        ctx.add("endpoint.sso-missing", Severity::Error,
                QStringLiteral("The IdP has no SingleSignOnService with the HTTP-Redirect or HTTP-POST binding."),
                QStringLiteral("Enable the HTTP-Redirect or HTTP-POST SSO binding in the IdP and export the "
                               "metadata again."),
                role.location, entityId);
    }
    if (role.endpointsOf(QStringLiteral("SingleLogoutService")).isEmpty()) {
        ctx.add("endpoint.slo", Severity::Info,
                QStringLiteral("The IdP publishes no SingleLogoutService; single logout will not be available."),
                QStringLiteral("Nothing to do unless you need single logout."), role.location, entityId);
    }
}

void checkSp(const Role& role, const QString& entityId, RuleContext& ctx)
{
    const QList<Endpoint> acs = role.endpointsOf(QStringLiteral("AssertionConsumerService"));
    if (acs.isEmpty()) {
        ctx.add("endpoint.acs-missing", Severity::Error,
                QStringLiteral("The SP has no AssertionConsumerService."),
                QStringLiteral("Add the SP's ACS URL with the HTTP-POST binding."), role.location, entityId);
        return;
    }
    if (std::none_of(acs.cbegin(), acs.cend(), [](const Endpoint& e) { return e.binding == QLatin1String(kBindingPost); })) {
        ctx.add("endpoint.binding-unsupported", Severity::Warning,
                QStringLiteral("No AssertionConsumerService uses HTTP-POST; most IdPs (and Gatehouse) deliver "
                               "responses by HTTP-POST."),
                QStringLiteral("Add an HTTP-POST AssertionConsumerService."), role.location, entityId);
    }
    QHash<int, int> indexes;
    int defaults = 0;
    for (const Endpoint& e : acs) {
        if (e.index && indexes.contains(*e.index)) {
            ctx.add("endpoint.acs-index-duplicate", Severity::Warning,
                    QStringLiteral("Two AssertionConsumerService elements use index %1 (first at line %2).")
                        .arg(*e.index)
                        .arg(indexes.value(*e.index)),
                    QStringLiteral("Give every AssertionConsumerService its own index."), e.location, entityId);
        } else if (e.index) {
            indexes.insert(*e.index, e.location.line);
        }
        defaults += e.isDefault.value_or(false) ? 1 : 0;
    }
    if (defaults > 1) {
        ctx.add("endpoint.acs-default-multiple", Severity::Warning,
                QStringLiteral("%1 AssertionConsumerService elements are marked isDefault=\"true\".").arg(defaults),
                QStringLiteral("Mark exactly one AssertionConsumerService as the default."), role.location, entityId);
    } else if (defaults == 0 && acs.size() > 1) {
        ctx.add("endpoint.acs-no-default", Severity::Warning,
                QStringLiteral("No AssertionConsumerService is marked as the default; IdPs will pick the first one."),
                QStringLiteral("Set isDefault=\"true\" on the ACS that should be used."), role.location, entityId);
    }
}

} // namespace

void checkEndpoints(const EntityDescriptor& entity, RuleContext& ctx)
{
    for (const Role& role : entity.roles) {
        if (role.kind == RoleKind::Other || !role.supportsSaml2()) {
            continue;
        }
        for (const Endpoint& e : role.endpoints) {
            checkEndpoint(e, entity.entityId, ctx);
        }
        if (role.kind == RoleKind::IdentityProvider) {
            checkIdp(role, entity.entityId, ctx);
        } else if (role.kind == RoleKind::ServiceProvider) {
            checkSp(role, entity.entityId, ctx);
        }
    }
}

} // namespace gatehouse::core::saml::rules
