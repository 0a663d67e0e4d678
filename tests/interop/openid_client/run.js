'use strict';
// Interop: the certified OpenID Connect relying party library `openid-client` (v5) signs a user in through a
// running gatehouse-engine with the authorization code flow + PKCE (S256), validates the ID token (RS256 via the
// JWKS, iss, aud, nonce, at_hash, exp), reads /userinfo and refreshes the tokens. This script also plays the
// browser: it follows the engine's redirects, lets the IdP at the SAML SSO URL answer, and posts the SAML
// Response form to the ACS.
//
// Environment: GATEHOUSE_BASE_URL, GATEHOUSE_CLIENT_ID, GATEHOUSE_CLIENT_SECRET, GATEHOUSE_REDIRECT_URI,
// GATEHOUSE_ORGANIZATION_ID, GATEHOUSE_EXPECTED_EMAIL. Prints one JSON line; exit code 0 on success.
const { Issuer, generators, custom } = require('openid-client');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

custom.setHttpOptionsDefaults({ timeout: 10000 });

async function get(url) {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), body: await response.text() };
}

const unescape = (text) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function formField(html, name) {
  const pattern = name === 'action' ? /<form[^>]*\saction="([^"]*)"/ : new RegExp(`name="${name}"\\s+value="([^"]*)"`);
  const match = html.match(pattern);
  if (!match) throw new Error(`the IdP page has no ${name}`);
  return unescape(match[1]);
}

async function main() {
  const base = env('GATEHOUSE_BASE_URL');
  const redirectUri = env('GATEHOUSE_REDIRECT_URI');
  const issuer = await Issuer.discover(base);
  if (issuer.issuer !== base) throw new Error(`issuer ${issuer.issuer} != ${base}`);
  const client = new issuer.Client({
    client_id: env('GATEHOUSE_CLIENT_ID'),
    client_secret: env('GATEHOUSE_CLIENT_SECRET'),
    redirect_uris: [redirectUri],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  });
  const codeVerifier = generators.codeVerifier();
  const state = generators.state();
  const nonce = generators.nonce();
  const authorizationUrl = client.authorizationUrl({
    scope: 'openid email profile offline_access',
    code_challenge: generators.codeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    organization_id: env('GATEHOUSE_ORGANIZATION_ID'),
  });

  // Browser: authorize → SAML start → IdP → (form post) ACS → app callback.
  let step = await get(authorizationUrl);
  if (step.status !== 302) throw new Error(`authorize answered ${step.status}: ${step.body.slice(0, 200)}`);
  step = await get(step.location);
  if (step.status !== 302) throw new Error(`SAML start answered ${step.status}`);
  const idpPage = await get(step.location);
  if (idpPage.status !== 200) throw new Error(`the IdP answered ${idpPage.status}`);
  const acs = formField(idpPage.body, 'action');
  const form = new URLSearchParams({
    SAMLResponse: formField(idpPage.body, 'SAMLResponse'),
    RelayState: formField(idpPage.body, 'RelayState'),
  });
  const posted = await fetch(acs, { method: 'POST', body: form, redirect: 'manual' });
  const callback = posted.headers.get('location');
  if (posted.status !== 302 || !callback || !callback.startsWith(redirectUri)) {
    throw new Error(`ACS answered ${posted.status} ${callback}`);
  }

  // Relying party: code exchange with PKCE; openid-client validates the ID token against the JWKS.
  const params = client.callbackParams(callback);
  const tokenSet = await client.callback(redirectUri, params, { code_verifier: codeVerifier, state, nonce });
  const claims = tokenSet.claims();
  const expected = env('GATEHOUSE_EXPECTED_EMAIL');
  if (claims.email !== expected) throw new Error(`ID token email ${claims.email} != ${expected}`);
  if (!claims.sub.startsWith('conn_')) throw new Error(`unexpected sub ${claims.sub}`);
  const userinfo = await client.userinfo(tokenSet);
  if (userinfo.sub !== claims.sub || userinfo.email !== expected) throw new Error('userinfo does not match the ID token');
  const refreshed = await client.refresh(tokenSet);
  if (refreshed.claims().sub !== claims.sub || !refreshed.refresh_token || refreshed.refresh_token === tokenSet.refresh_token) {
    throw new Error('refresh did not rotate the tokens');
  }
  console.log(JSON.stringify({ ok: true, sub: claims.sub, email: claims.email, amr: claims.amr, oid: claims.oid }));
}

main().catch((error) => {
  console.log(JSON.stringify({ ok: false, error: String(error && error.stack || error) }));
  process.exit(1);
});
