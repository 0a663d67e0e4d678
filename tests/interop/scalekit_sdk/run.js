'use strict';
// Interop: the official Scalekit Node SDK (@scalekit-sdk/node) reads an IdP-initiated login token issued by a
// running gatehouse-engine, as the docs' "IdP-initiated SSO" guide does: getIdpInitiatedLoginClaims validates
// the JWT against the engine's JWKS ({base}/keys) and returns its claims. The script then converts the login to
// an SP-initiated one with getAuthorizationUrl and hands the token back (idp_initiated_login): the engine accepts
// it once, sends the browser on to the connection's IdP, and refuses the same token a second time. A token with
// an altered signature is refused by the SDK.
//
// Environment: GATEHOUSE_BASE_URL, GATEHOUSE_CLIENT_ID, GATEHOUSE_CLIENT_SECRET, GATEHOUSE_REDIRECT_URI,
// GATEHOUSE_TOKEN. Prints one JSON line; exit code 0 when every step behaved.
const { Scalekit } = require('@scalekit-sdk/node');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

async function get(url) {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location') || '' };
}

async function main() {
  const base = env('GATEHOUSE_BASE_URL');
  const clientId = env('GATEHOUSE_CLIENT_ID');
  const redirectUri = env('GATEHOUSE_REDIRECT_URI');
  const token = env('GATEHOUSE_TOKEN');
  const scalekit = new Scalekit(base, clientId, env('GATEHOUSE_CLIENT_SECRET'));

  const claims = await scalekit.getIdpInitiatedLoginClaims(token, { issuer: base, audience: clientId });

  // A token whose signature was altered: the SDK must refuse it.
  const parts = token.split('.');
  const signature = Buffer.from(parts[2], 'base64url');
  signature[0] ^= 0x01;
  let forgedRefused = false;
  try {
    await scalekit.getIdpInitiatedLoginClaims(`${parts[0]}.${parts[1]}.${signature.toString('base64url')}`);
  } catch (_) {
    forgedRefused = true;
  }

  const options = { connectionId: claims.connection_id, loginHint: claims.login_hint };
  if (claims.relay_state) options.state = claims.relay_state;
  const url = `${scalekit.getAuthorizationUrl(redirectUri, options)}&idp_initiated_login=${encodeURIComponent(token)}`;
  const first = await get(url);
  const second = await get(url);
  const secondError = second.location ? new URL(second.location).searchParams.get('error') : null;

  const ok =
    forgedRefused &&
    first.status === 302 &&
    first.location.includes(`/sso/v1/saml/${claims.connection_id}/start`) &&
    second.status === 302 &&
    second.location.startsWith(redirectUri) &&
    secondError === 'invalid_request';
  console.log(JSON.stringify({ ok, claims, forgedRefused, first, second, secondError }));
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.log(JSON.stringify({ ok: false, error: String(error && (error.stack || error)) }));
  process.exit(1);
});
