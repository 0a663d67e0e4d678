-- Version 6: the SSO login flow (OAuth 2.0 / OIDC provider for apps, SAML service provider, connection tests).
-- Number 5 belongs to another feature; versions are applied in order and need not be contiguous.
-- Every secret-like value (authorization codes, refresh tokens) is stored as a peppered HMAC, never in clear.

-- Environment settings (our extension): redirect URIs and token lifetimes, one JSON object per environment.
CREATE TABLE environment_settings (
    environment_id TEXT PRIMARY KEY REFERENCES environments (id) ON DELETE CASCADE,
    settings TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- One /oauth/authorize request (or one connection test) between the app and the upstream IdP. Single use
-- (consumed_at), expiring; in the database so that any engine instance can finish a login another began.
CREATE TABLE login_states (
    id TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    client_id TEXT,
    redirect_uri TEXT,
    scope TEXT NOT NULL,
    state TEXT,
    nonce TEXT,
    code_challenge TEXT,
    organization_id TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    login_hint TEXT,
    force_authn INTEGER NOT NULL DEFAULT 0,
    upstream_request_id TEXT,
    upstream_request TEXT,
    test_request_id TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    consumed_at BIGINT
);
CREATE INDEX login_states_expiry ON login_states (expires_at);

-- Sessions ("ses_…", the sid claim): everything issued from one authorization code. Revoking the family
-- (code reuse, refresh-token reuse, logout) ends its refresh tokens and makes /userinfo refuse its access tokens.
CREATE TABLE token_families (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    profile TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    revoked_reason TEXT
);
CREATE INDEX token_families_expiry ON token_families (expires_at);

-- One-time authorization codes (10 minutes), bound to client, redirect URI and PKCE challenge.
CREATE TABLE authorization_codes (
    code_hash TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    scope TEXT NOT NULL,
    nonce TEXT,
    code_challenge TEXT,
    organization_id TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    profile TEXT NOT NULL,
    family_id TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    consumed_at BIGINT
);
CREATE INDEX authorization_codes_expiry ON authorization_codes (expires_at);

-- Refresh tokens: rotated on every use; presenting a used one revokes its family.
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES token_families (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

-- SAML assertion replay cache: (issuer, assertion id) until the assertion could no longer be accepted.
CREATE TABLE saml_replay_cache (
    issuer TEXT NOT NULL,
    assertion_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (issuer, assertion_id)
);
CREATE INDEX saml_replay_cache_expiry ON saml_replay_cache (expires_at);

-- The environment's SAML SP key pair ("cer_…"): signs AuthnRequests, decrypts EncryptedAssertions.
CREATE TABLE saml_sp_keys (
    id TEXT PRIMARY KEY,
    certificate_pem TEXT NOT NULL,
    private_key_enc TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    not_after BIGINT NOT NULL
);

-- Connection test requests ("test_…"): outcome and trace of one test login, kept until expires_at (7 days).
CREATE TABLE connection_test_requests (
    id TEXT PRIMARY KEY,
    connection_id TEXT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL,
    status TEXT NOT NULL,
    view_key_hash TEXT NOT NULL,
    result TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX connection_test_requests_connection ON connection_test_requests (connection_id, expires_at);
