-- Version 3: directories (DirectoryService) and their SCIM bearer secrets (stored as peppered HMACs).

CREATE TABLE directories (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    directory_type TEXT NOT NULL,
    directory_provider TEXT NOT NULL,
    status TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 0,
    mappings TEXT NOT NULL,
    external_groups TEXT NOT NULL,
    last_synced_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX directories_org ON directories (organization_id, seq);

CREATE TABLE directory_secrets (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    directory_id TEXT NOT NULL REFERENCES directories (id) ON DELETE CASCADE,
    secret_hash TEXT NOT NULL,
    secret_suffix TEXT NOT NULL,
    status TEXT NOT NULL,
    expire_at BIGINT,
    last_used_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX directory_secrets_hash ON directory_secrets (secret_hash);
CREATE INDEX directory_secrets_directory ON directory_secrets (directory_id, seq);
