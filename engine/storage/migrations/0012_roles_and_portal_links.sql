-- Version 12: group-to-role mapping and admin-portal links.
-- directory_role_assignments: a directory group mapped to an environment role (by id, so a role's name is
-- read at use time; deleting the group or the role deletes the mapping). seq keeps the order of the last
-- roles:assign body.
-- directory_user_roles: each directory user's effective roles that come from mapped groups, recomputed in
-- the transaction of every change that can alter them; group_ids = JSON array of the groups granting it.
-- A user without rows here has the environment's default member role (applied when read).
-- portal_links: admin-portal links (`lnk_…`); secret_hash = SecretHasher of the "<uuid>_p" token.
-- kind SINGLE_USE (consumed by its first exchange) or SHAREABLE (until expire_at or revoked).
-- portal_sessions: what an exchange yields (`ses_…`); token_hash = SecretHasher of the session token.

CREATE TABLE directory_role_assignments (
    directory_id TEXT NOT NULL REFERENCES directories (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES directory_groups (id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, role_id)
);
CREATE INDEX directory_role_assignments_directory ON directory_role_assignments (directory_id, seq);
CREATE INDEX directory_role_assignments_role ON directory_role_assignments (role_id);

CREATE TABLE directory_user_roles (
    user_id TEXT NOT NULL REFERENCES directory_users (id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    directory_id TEXT NOT NULL,
    group_ids TEXT NOT NULL,
    PRIMARY KEY (user_id, role_id)
);
CREATE INDEX directory_user_roles_role ON directory_user_roles (role_id);
CREATE INDEX directory_user_roles_directory ON directory_user_roles (directory_id);

CREATE TABLE portal_links (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    secret_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    features TEXT NOT NULL,
    status TEXT NOT NULL,
    expire_at BIGINT NOT NULL,
    used_at BIGINT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX portal_links_secret ON portal_links (secret_hash);
CREATE INDEX portal_links_organization ON portal_links (organization_id, seq);

CREATE TABLE portal_sessions (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    link_id TEXT NOT NULL REFERENCES portal_links (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL,
    features TEXT NOT NULL,
    expire_at BIGINT NOT NULL,
    revoked_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX portal_sessions_token ON portal_sessions (token_hash);
CREATE INDEX portal_sessions_link ON portal_sessions (link_id);
