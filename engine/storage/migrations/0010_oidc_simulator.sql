-- Version 10: the OIDC side of the IdP simulator (development environments only).
-- An authorization code issued by the simulator's OIDC provider, with what the token and userinfo endpoints need:
-- the request's redirect URI, nonce and PKCE challenge, the scenario chosen on the simulator page and the user's
-- claims. Codes are single use (consumed_at) and short-lived; the access token handed out for a code is stored
-- hashed (HMAC with the engine's pepper) for the userinfo endpoint.
CREATE TABLE simulator_oidc_codes (
    code_hash TEXT PRIMARY KEY,
    redirect_uri TEXT NOT NULL,
    nonce TEXT,
    code_challenge TEXT,
    scope TEXT NOT NULL,
    scenario TEXT NOT NULL,
    profile TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    consumed_at BIGINT,
    access_token_hash TEXT,
    access_expires_at BIGINT
);
CREATE INDEX simulator_oidc_codes_expiry ON simulator_oidc_codes (expires_at);
CREATE INDEX simulator_oidc_codes_access ON simulator_oidc_codes (access_token_hash);
