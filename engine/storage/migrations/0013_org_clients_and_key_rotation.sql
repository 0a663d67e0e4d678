-- Version 13: organization M2M API clients and signing-key rotation.
-- org_clients: an organization's machine-to-machine API clients (`m2morg_…`); scopes, audience and
-- custom_claims are JSON arrays (text); expiry = lifetime in seconds of the access tokens it gets.
-- org_client_secrets: up to 5 per client (`sks_…`); secret_hash = SecretHasher of the plain secret (which is
-- returned once and never stored); secret_suffix = its last 4 characters, to tell secrets apart.
-- signing_keys gains rotation: status "next" (published in /keys, not yet signing) → "active" (signs) →
-- "previous" (published, verifies tokens it signed) → retired (retire_at has passed: no longer published).
-- activate_at: when a key starts (or started) signing; retire_at: when a "previous" key is retired. The status
-- column records the state at the last change; the current state follows from these times and the clock.

CREATE TABLE org_clients (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    scopes TEXT NOT NULL,
    audience TEXT NOT NULL,
    custom_claims TEXT NOT NULL,
    expiry BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX org_clients_seq ON org_clients (seq);
CREATE INDEX org_clients_org ON org_clients (organization_id, seq);

CREATE TABLE org_client_secrets (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES org_clients (id) ON DELETE CASCADE,
    secret_hash TEXT NOT NULL,
    secret_suffix TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX org_client_secrets_client ON org_client_secrets (client_id, created_at);

ALTER TABLE signing_keys ADD COLUMN activate_at BIGINT;
ALTER TABLE signing_keys ADD COLUMN retire_at BIGINT;
UPDATE signing_keys SET activate_at = created_at WHERE status = 'active';
