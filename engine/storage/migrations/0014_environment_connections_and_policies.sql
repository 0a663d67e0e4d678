-- Version 14: environment-level SSO connections (CreateEnvironmentConnection, POST /api/v1/connections),
-- connection contexts (GET/PUT …/connections/{connection_id}/contexts), organization session policies and
-- user-management settings (OrganizationService).

-- Connections that belong to the environment, not to an organization. A table of their own (same columns as
-- connections, without organization_id) rather than a nullable connections.organization_id: SQLite cannot drop a
-- NOT NULL constraint without rebuilding the table, and every organization-scoped query on `connections` (lists,
-- home-realm discovery, ListOrganizationConnections, export, portal sessions) stays correct because these rows are
-- not in it. They are never used for sign-in (docs/engine.md, "Environment-level connections").
CREATE TABLE environment_connections (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
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
CREATE INDEX environment_connections_seq ON environment_connections (seq);

-- The custom context (a JSON object) of a connection. organization_id is NULL for an environment connection; the
-- row goes with the connection (ConnectionStore::remove, same transaction) or with its organization (cascade).
CREATE TABLE connection_contexts (
    connection_id TEXT PRIMARY KEY,
    organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE,
    context TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX connection_contexts_organization ON connection_contexts (organization_id);

-- A CUSTOM session policy of an organization (no row: the organization follows the application policy).
CREATE TABLE organization_session_policies (
    organization_id TEXT PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    policy_source TEXT NOT NULL,
    absolute_session_timeout INTEGER,
    absolute_session_timeout_unit TEXT,
    idle_session_timeout_enabled INTEGER,
    idle_session_timeout INTEGER,
    idle_session_timeout_unit TEXT,
    updated_at BIGINT NOT NULL
);

-- UpsertUserManagementSettings (no row: no limit).
CREATE TABLE organization_user_management (
    organization_id TEXT PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    max_allowed_users INTEGER,
    updated_at BIGINT NOT NULL
);
