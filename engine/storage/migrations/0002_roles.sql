-- Version 2: environment roles and permissions (RolesService). Organization-level roles are not
-- served yet; organization_id is here so that they need no further migration.

CREATE TABLE permissions (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX permissions_name ON permissions (name);

CREATE TABLE roles (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    description TEXT NOT NULL,
    extends_role TEXT,
    default_creator INTEGER NOT NULL DEFAULT 0,
    default_member INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX roles_environment_name ON roles (name) WHERE organization_id IS NULL;
CREATE UNIQUE INDEX roles_organization_name ON roles (organization_id, name) WHERE organization_id IS NOT NULL;

CREATE TABLE role_permissions (
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    permission_id TEXT NOT NULL REFERENCES permissions (id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, permission_id)
);
