-- Version 8: the SAML IdP simulator (development environments only) and its seeded Test organization.
-- Numbers 5 and 6 belong to other features; versions are applied in order and need not be contiguous.

-- One row per environment, written once by the first development start: the simulator's signing key pair
-- (private key sealed with the at-rest key, context "simulator:<environment id>") and what the seed created.
-- The row also records that the seed ran, so a Test organization the admin deleted is not created again.
CREATE TABLE simulator_state (
    environment_id TEXT PRIMARY KEY REFERENCES environments (id) ON DELETE CASCADE,
    certificate_pem TEXT NOT NULL,
    private_key_enc TEXT NOT NULL,
    test_organization_id TEXT,
    test_connection_id TEXT,
    created_at BIGINT NOT NULL
);

-- A pending login at the simulator: an AuthnRequest received (or an IdP-initiated start) waiting for the
-- scenario form. Single use (consumed_at), expiring; the form's CSRF token is bound to its id.
CREATE TABLE simulator_requests (
    id TEXT PRIMARY KEY,
    connection_id TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    sp_entity_id TEXT NOT NULL,
    acs_url TEXT NOT NULL,
    in_response_to TEXT,
    relay_state TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    consumed_at BIGINT,
    assertion_id TEXT
);
CREATE INDEX simulator_requests_expiry ON simulator_requests (expires_at);
CREATE INDEX simulator_requests_connection ON simulator_requests (connection_id, consumed_at);
