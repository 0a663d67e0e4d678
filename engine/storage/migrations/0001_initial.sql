-- Gatehouse engine schema, version 1. Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- IDs are <prefix>_<decimal>; `seq` holds the decimal so that ordering and paging are numeric (the
-- decimal grows from 18 to 19 digits in 2027, which would break text ordering).
-- Times are milliseconds since the Unix epoch (UTC); booleans are 0/1 integers; JSON is stored as text.

CREATE TABLE environments (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE signing_keys (
    id TEXT PRIMARY KEY,
    algorithm TEXT NOT NULL,
    public_jwk TEXT NOT NULL,
    private_key_enc TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT
);

CREATE TABLE api_clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    scopes TEXT NOT NULL,
    secret_revealed INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    display_name TEXT NOT NULL,
    external_id TEXT,
    region_code TEXT NOT NULL,
    metadata TEXT NOT NULL,
    slug TEXT,
    logo_url TEXT,
    features TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX organizations_external_id ON organizations (external_id);
CREATE UNIQUE INDEX organizations_seq ON organizations (seq);

CREATE TABLE domains (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    domain_type TEXT NOT NULL,
    txt_record_key TEXT NOT NULL,
    txt_record_secret TEXT NOT NULL,
    verification_status TEXT NOT NULL,
    verification_method TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX domains_org_domain ON domains (organization_id, domain);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    type TEXT NOT NULL,
    actor TEXT NOT NULL,
    organization_id TEXT,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    data TEXT NOT NULL,
    occurred_at BIGINT NOT NULL
);
CREATE INDEX events_org_time ON events (organization_id, occurred_at);
