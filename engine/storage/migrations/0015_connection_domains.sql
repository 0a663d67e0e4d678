-- Version 15: domains assigned to SSO connections (AssignDomainsToConnection,
-- PUT /api/v1/organizations/{organization_id}/connections/{connection_id}/domains).
-- Only VERIFIED domains of the connection's own organization are assigned (checked by the API); a domain that
-- stops being VERIFIED or is deleted leaves every connection in the same transaction (DomainStore). seq keeps
-- the order of the last assignment body. Home-realm discovery prefers the enabled connection that has the
-- user's domain assigned when an organization has several.
CREATE TABLE connection_domains (
    connection_id TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    domain_id TEXT NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    PRIMARY KEY (connection_id, domain_id)
);
CREATE INDEX connection_domains_domain ON connection_domains (domain_id);
CREATE INDEX connection_domains_organization ON connection_domains (organization_id);
