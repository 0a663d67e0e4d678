-- Version 11: IdP-initiated SAML login tokens, the IdP metadata and certificate lifecycle, SP key rotation.
-- Number 10 belongs to another feature; versions are applied in order and need not be contiguous.

-- One idp_initiated_login JWT issued at the ACS for an unsolicited SAML response (jti = id). The app hands the
-- token back to /oauth/authorize (parameter idp_initiated_login) to start the SP-initiated login; that call
-- consumes it with a conditional UPDATE (consumed_at IS NULL), so a token starts one login only, whichever
-- engine instance receives it.
CREATE TABLE idp_initiated_logins (
    jti TEXT PRIMARY KEY,
    connection_id TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    consumed_at BIGINT
);
CREATE INDEX idp_initiated_logins_expiry ON idp_initiated_logins (expires_at);

-- Refresh schedule of SAML connections that have an idp_metadata_url. A sweep claims a due row with a
-- conditional UPDATE of claimed_until (safe with several engines sharing one database).
CREATE TABLE saml_metadata_refresh (
    connection_id TEXT PRIMARY KEY REFERENCES connections (id) ON DELETE CASCADE,
    next_refresh_at BIGINT NOT NULL,
    claimed_until BIGINT NOT NULL DEFAULT 0,
    last_refresh_at BIGINT,
    last_error TEXT,
    unknown_key_refresh_at BIGINT NOT NULL DEFAULT 0,
    certificate_in_use TEXT -- SHA-256 (hex) of the IdP certificate that verified the latest login
);
CREATE INDEX saml_metadata_refresh_due ON saml_metadata_refresh (next_refresh_at);

-- connection.saml_certificate_expiring sent once per (connection, certificate, threshold in days).
CREATE TABLE saml_certificate_warnings (
    connection_id TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    threshold_days INTEGER NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (connection_id, fingerprint, threshold_days)
);

-- SP key rotation: saml_sp_keys.status is 'active' (signs, decrypts, published), 'next' (published in SP
-- metadata, not yet used), 'previous' (decrypts only, until retired) or 'retired'. retired_at records when.
ALTER TABLE saml_sp_keys ADD COLUMN retired_at BIGINT;
