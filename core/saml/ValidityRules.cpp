#include "core/saml/RuleContext.h"
#include "core/util/XsdTime.h"

namespace gatehouse::core::saml::rules {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");

void checkValidUntil(const QString& raw, const Location& where, const QString& entityId, RuleContext& ctx)
{
    if (raw.isEmpty()) {
        return;
    }
    const QDateTime until = xsd::parseDateTime(raw);
    if (!until.isValid()) {
        ctx.add("validity.invalid", Severity::Error, QStringLiteral("validUntil \"%1\" is not a dateTime.").arg(raw),
                QStringLiteral("Use the xsd:dateTime form, e.g. 2030-01-31T00:00:00Z."), where, entityId);
        return;
    }
    if (until < ctx.now) {
        ctx.add("validity.expired", Severity::Error,
                QStringLiteral("The metadata expired on %1 (validUntil).").arg(until.toString(kDateFormat)),
                QStringLiteral("Download fresh metadata from the provider; expired metadata must not be trusted."),
                where, entityId);
    } else if (ctx.now.daysTo(until) > ctx.policy.maxValidityDays) {
        ctx.add("validity.too-long", Severity::Warning,
                QStringLiteral("validUntil is %1 days away; the policy maximum is %2 days.")
                    .arg(ctx.now.daysTo(until))
                    .arg(ctx.policy.maxValidityDays),
                QStringLiteral("Publishers should re-sign metadata with a short validity (days to weeks) so that "
                               "stale copies expire."),
                where, entityId);
    }
}

void checkCacheDuration(const QString& raw, const QString& validUntil, const Location& where, const QString& entityId,
                        RuleContext& ctx)
{
    if (raw.isEmpty()) {
        return;
    }
    const auto seconds = xsd::parseDurationSeconds(raw);
    if (!seconds || *seconds <= 0) {
        ctx.add("cache.duration", Severity::Warning,
                QStringLiteral("cacheDuration \"%1\" is not a positive xsd:duration.").arg(raw),
                QStringLiteral("Use an ISO 8601 duration such as PT6H."), where, entityId);
        return;
    }
    if (*seconds < 3600 || *seconds > 6 * 3600) {
        ctx.add("cache.duration", Severity::Warning,
                QStringLiteral("cacheDuration is %1; 1 to 6 hours is recommended.")
                    .arg(xsd::humanDuration(static_cast<qint64>(*seconds))),
                QStringLiteral("Set cacheDuration between PT1H and PT6H so changes propagate without hammering the "
                               "publisher."),
                where, entityId);
    }
    QDateTime refresh = ctx.now.addSecs(static_cast<qint64>(*seconds));
    const QDateTime until = xsd::parseDateTime(validUntil);
    if (until.isValid() && until < refresh) {
        refresh = until;
    }
    ctx.add("cache.refresh", Severity::Info,
            QStringLiteral("Next refresh due at %1.").arg(refresh.toString(kDateFormat)),
            QStringLiteral("Nothing to do."), where, entityId);
}

void checkPublication(const Metadata& metadata, RuleContext& ctx)
{
    if (!metadata.hasPublicationInfo) {
        ctx.add("aggregate.publication", Severity::Warning,
                QStringLiteral("The aggregate has no mdrpi:PublicationInfo (publisher and creation time)."),
                QStringLiteral("Publishers should add mdrpi:PublicationInfo with publisher and creationInstant."),
                metadata.location);
        return;
    }
    const QDateTime created = xsd::parseDateTime(metadata.creationInstant);
    if (metadata.publisher.isEmpty() || !created.isValid()) {
        ctx.add("aggregate.publication", Severity::Warning,
                QStringLiteral("mdrpi:PublicationInfo lacks a publisher or a valid creationInstant."),
                QStringLiteral("Add both attributes."), metadata.location);
    } else if (created > ctx.now.addSecs(300)) {
        ctx.add("aggregate.publication", Severity::Warning,
                QStringLiteral("creationInstant %1 is in the future.").arg(created.toString(kDateFormat)),
                QStringLiteral("Check the publisher's clock."), metadata.location);
    }
}

} // namespace

bool checkDocumentValidity(const Metadata& metadata, RuleContext& ctx)
{
    checkValidUntil(metadata.validUntil, metadata.location, metadata.aggregate ? QString() : metadata.entities.value(0).entityId,
                    ctx);
    checkCacheDuration(metadata.cacheDuration, metadata.validUntil, metadata.location, {}, ctx);
    if (ctx.policy.remote && metadata.validUntil.isEmpty()) {
        ctx.add("validity.missing", Severity::Warning,
                QStringLiteral("Metadata fetched from a URL has no validUntil, so a stale or replayed copy cannot "
                               "be detected."),
                QStringLiteral("Publishers should set validUntil (and sign the metadata)."), metadata.location);
    }
    if (!metadata.aggregate) {
        return false;
    }
    checkPublication(metadata, ctx);
    const QDateTime rootUntil = xsd::parseDateTime(metadata.validUntil);
    return rootUntil.isValid() && rootUntil < ctx.now;
}

void checkEntityValidity(const EntityDescriptor& entity, bool rootExpired, RuleContext& ctx)
{
    // Entity-level validity (own or inherited from nested groups) only when the root does not already expire.
    if (!rootExpired && entity.effectiveValidUntil.isValid() && entity.effectiveValidUntil < ctx.now) {
        ctx.add("validity.expired", Severity::Error,
                QStringLiteral("This entity's metadata expired on %1.")
                    .arg(entity.effectiveValidUntil.toString(kDateFormat)),
                QStringLiteral("Download fresh metadata."), entity.location, entity.entityId);
    }
    checkCacheDuration(entity.cacheDuration, entity.validUntil, entity.location, entity.entityId, ctx);
}

void checkValidity(const Metadata& metadata, const QList<const EntityDescriptor*>& selected, RuleContext& ctx)
{
    const bool rootExpired = checkDocumentValidity(metadata, ctx);
    if (!metadata.aggregate) {
        return;
    }
    for (const EntityDescriptor* entity : selected) {
        checkEntityValidity(*entity, rootExpired, ctx);
    }
}

} // namespace gatehouse::core::saml::rules
