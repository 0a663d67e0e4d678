-- Version 16: rate limits shared by several engines on one database, and imported group-role mappings kept
-- until their groups arrive.
-- rate_limit_windows: fixed-window request counters of RateLimiter when --rate-limit-store=database, one row per
-- limiter ("address", "token", …) and key ("addr:203.0.113.7", "client:skc_…"), counted with one UPSERT per
-- request: windows that have ended are deleted by the next engine that sees its limiter's window change.
-- pending_group_roles: group → role mappings an organization import brought for groups SCIM has not pushed yet,
-- by the group's display name and (when the export had one) external id: applied to the directory's
-- directory_role_assignments and deleted in the transaction that creates or renames a matching group.
CREATE TABLE rate_limit_windows (
    limiter TEXT NOT NULL,
    bucket TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (limiter, bucket)
);
CREATE INDEX rate_limit_windows_start ON rate_limit_windows (limiter, window_start);

CREATE TABLE pending_group_roles (
    directory_id TEXT NOT NULL REFERENCES directories (id) ON DELETE CASCADE,
    group_display_name TEXT NOT NULL,
    group_external_id TEXT NOT NULL,
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (directory_id, group_display_name, group_external_id, role_id)
);
