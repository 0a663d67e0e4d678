-- Version 17: the number of organizations, kept in one row so that GET /api/v1/organizations answers
-- total_size without counting the table on every call. OrganizationStore::insert / remove add or subtract 1 in
-- the transaction that inserts or deletes the organization (every path that creates or deletes one goes through
-- them), so the total is never stale; on PostgreSQL the row lock orders concurrent creates of several engines.
CREATE TABLE organization_totals (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    total BIGINT NOT NULL
);
INSERT INTO organization_totals (id, total) SELECT 1, COUNT(*) FROM organizations;
