// Interop: npm oidc-provider (panva, an OpenID Certified provider) as the upstream IdP of a gatehouse-engine OIDC
// connection. Starts a provider on 127.0.0.1 (free port) with one static confidential client and its development
// login page (any login / password signs in as that account id), consent granted up front for the client, PKCE
// required. Prints one JSON line {"issuer": …} once listening and runs until stdin closes or it is killed.
//
// Environment: GATEHOUSE_REDIRECT_URI (the engine's …/sso/v1/oidc/{conn_id}/callback), GATEHOUSE_CLIENT_ID,
// GATEHOUSE_CLIENT_SECRET, GATEHOUSE_TOKEN_AUTH (client_secret_basic | client_secret_post).
import net from 'node:net';
import Provider from 'oidc-provider';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const issuer = `http://127.0.0.1:${port}`;

const accounts = new Map([
  ['ada', { email: 'ada@interop.test', given_name: 'Ada', family_name: 'Lovelace', groups: ['engineers'] }],
]);

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: env('GATEHOUSE_CLIENT_ID'),
      client_secret: env('GATEHOUSE_CLIENT_SECRET'),
      redirect_uris: [env('GATEHOUSE_REDIRECT_URI')],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: process.env.GATEHOUSE_TOKEN_AUTH || 'client_secret_basic',
    },
  ],
  cookies: { keys: ['gatehouse-interop-cookie-key'] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name', 'groups'],
  },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  async findAccount(ctx, id) {
    const known = accounts.get(id);
    if (!known) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, email_verified: true, name: `${known.given_name} ${known.family_name}`, ...known };
      },
    };
  },
  // The engine is a first-party client: no consent page.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

const server = provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
