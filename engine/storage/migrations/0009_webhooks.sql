-- Version 9: signed webhooks with durable delivery (Standard Webhooks).
-- webhook_endpoints: where events go (`whk_…`). The signing key is sealed with the at-rest key (SecretBox,
-- context "<endpoint id>:<secret version>"); after a rotation the previous key keeps signing until
-- previous_secret_expires_at. failing_since = time of the first failed attempt since the last success.
-- webhook_deliveries: the outbox, one row per (event, endpoint) written in the event's own transaction
-- (`whd_…`; a redelivery is a new row). Claimed by one engine at a time with a conditional UPDATE on `version`;
-- a claim expires at claimed_until (the engine died), then another engine takes the delivery over.
-- webhook_attempts: every attempt (status code, latency, at most 1 KiB of the answer, error).

CREATE TABLE webhook_endpoints (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    url TEXT NOT NULL,
    description TEXT NOT NULL,
    event_types TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT,
    secret_sealed TEXT NOT NULL,
    secret_version INTEGER NOT NULL,
    previous_secret_sealed TEXT,
    previous_secret_version INTEGER,
    previous_secret_expires_at BIGINT,
    failing_since BIGINT,
    last_success_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX webhook_endpoints_seq ON webhook_endpoints (seq);

CREATE TABLE webhook_deliveries (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    redelivery_of TEXT,
    status TEXT NOT NULL,
    attempt_count INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT,
    version INTEGER NOT NULL DEFAULT 0,
    claimed_by TEXT,
    claimed_until BIGINT,
    last_status_code INTEGER,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    completed_at BIGINT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_claims ON webhook_deliveries (status, claimed_until);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, seq);
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id);

CREATE TABLE webhook_attempts (
    id BIGINT PRIMARY KEY,
    delivery_id TEXT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    engine_id TEXT NOT NULL,
    attempted_at BIGINT NOT NULL,
    status_code INTEGER,
    latency_ms INTEGER NOT NULL,
    response_snippet TEXT,
    error TEXT
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);
