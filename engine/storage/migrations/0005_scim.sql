-- Version 5: SCIM directory users and groups, and group memberships.
-- `resource` is the canonical SCIM JSON (without id, meta and memberships); `raw_attributes` the last
-- body the IdP sent (password removed). `version` feeds meta.version / ETag. The *_key columns hold
-- case-folded values for case-insensitive lookups (userName is unique per directory, ignoring case).

CREATE TABLE directory_users (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    directory_id TEXT NOT NULL REFERENCES directories (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    user_name_key TEXT NOT NULL,
    external_id TEXT,
    email TEXT,
    email_key TEXT,
    display_name TEXT,
    given_name TEXT,
    family_name TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    resource TEXT NOT NULL,
    raw_attributes TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX directory_users_user_name ON directory_users (directory_id, user_name_key);
CREATE INDEX directory_users_external_id ON directory_users (directory_id, external_id);
CREATE INDEX directory_users_email ON directory_users (directory_id, email_key);
CREATE INDEX directory_users_seq ON directory_users (directory_id, seq);
CREATE INDEX directory_users_updated ON directory_users (directory_id, updated_at);

CREATE TABLE directory_groups (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    directory_id TEXT NOT NULL REFERENCES directories (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    display_name_key TEXT NOT NULL,
    external_id TEXT,
    resource TEXT NOT NULL,
    raw_attributes TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX directory_groups_display_name ON directory_groups (directory_id, display_name_key);
CREATE INDEX directory_groups_external_id ON directory_groups (directory_id, external_id);
CREATE INDEX directory_groups_seq ON directory_groups (directory_id, seq);

-- member_id is a directory user (or a nested directory group, member_type 'Group') of the same directory.
CREATE TABLE directory_group_members (
    group_id TEXT NOT NULL REFERENCES directory_groups (id) ON DELETE CASCADE,
    member_id TEXT NOT NULL,
    member_type TEXT NOT NULL,
    directory_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX directory_group_members_member ON directory_group_members (member_id);
