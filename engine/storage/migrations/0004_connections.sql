-- Version 4: SSO connections (ConnectionService). The type-specific IdP settings are one JSON object;
-- the OIDC client secret is kept apart, sealed with the at-rest key (SecretBox, context = connection id).

CREATE TABLE connections (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    connection_type TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 0,
    debug_enabled INTEGER NOT NULL DEFAULT 0,
    ui_button_title TEXT NOT NULL,
    configuration_type TEXT NOT NULL,
    attribute_mapping TEXT NOT NULL,
    settings TEXT NOT NULL,
    client_secret_sealed TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX connections_org ON connections (organization_id, seq);
