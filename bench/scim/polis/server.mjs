// Ory Polis (BoxyHQ SAML Jackson) directory sync served over HTTP, for the side-by-side SCIM benchmark
// (bench/scim/side_by_side.py; run by hand, never in CI). It does what Polis's own Next.js route
// pages/api/scim/v2.0/[...directory].ts does: the SCIM request is handed to
// directorySyncController.requests.handle() with the bearer token as apiSecret.
//
//   node server.mjs [--port 0] [--store mem]
//
// Prints one JSON line {"url": "http://127.0.0.1:PORT"} when listening. POST /directories creates a
// generic-scim-v2 directory and answers {"scim": "<SCIM base URL>", "secret": "<bearer token>"}.
import http from 'node:http';
import jacksonModule from '@boxyhq/saml-jackson';

process.env.DO_NOT_TRACK = '1';
process.env.BOXYHQ_NO_ANALYTICS = '1';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const port = Number(option('--port', '0'));
const store = option('--store', 'mem');
if (store !== 'mem') {
  console.error('only the in-memory store (--store mem) is wired up: the SQL drivers need native builds');
  process.exit(2);
}

const scimPath = '/api/scim/v2.0';
const jackson = (jacksonModule.default ?? jacksonModule);
const { directorySyncController } = await jackson({
  externalUrl: 'http://127.0.0.1',
  samlPath: '/api/oauth/saml',
  scimPath,
  db: { engine: 'mem' },
  noAnalytics: true,
});

let sequence = 0;

function send(res, status, body, type = 'application/scim+json') {
  const text = body === undefined || body === null ? '' : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          return send(res, 400, { detail: 'malformed JSON' });
        }
      }
      if (req.method === 'POST' && url.pathname === '/directories') {
        sequence += 1;
        const { data, error } = await directorySyncController.directories.create({
          name: `bench-${sequence}`,
          tenant: `tenant-${sequence}`,
          product: 'gatehouse-bench',
          type: 'generic-scim-v2',
        });
        if (error) {
          return send(res, 500, { detail: error.message }, 'application/json');
        }
        const base = `http://${req.headers.host}${scimPath}/${data.id}`;
        return send(res, 201, { id: data.id, scim: base, secret: data.scim.secret }, 'application/json');
      }
      // Polis's SCIM GET /Groups/{id} always answers members: [] (memberships live in their own store), so the
      // benchmark checks that a member PATCH was applied here: {"ids": [...]} → {"present": n}.
      const check = url.pathname.match(/^\/directories\/([^/]+)\/groups\/([^/]+)\/members-check$/);
      if (req.method === 'POST' && check) {
        const { data: directory } = await directorySyncController.directories.get(check[1]);
        if (!directory) {
          return send(res, 404, { detail: 'no such directory' }, 'application/json');
        }
        const groups = directorySyncController.groups;
        groups.setTenantAndProduct(directory.tenant, directory.product);
        let present = 0;
        for (const id of (body && body.ids) || []) {
          present += (await groups.isUserInGroup(check[2], id)) ? 1 : 0;
        }
        return send(res, 200, { present }, 'application/json');
      }
      const parts = url.pathname.startsWith(scimPath + '/') ? url.pathname.slice(scimPath.length + 1).split('/') : [];
      if (parts.length < 2 || parts.length > 3) {
        return send(res, 404, { detail: 'not found' });
      }
      const [directoryId, resourceType, resourceId] = parts;
      const auth = req.headers.authorization || '';
      const query = {};
      for (const name of ['count', 'startIndex']) {
        if (url.searchParams.has(name)) {
          query[name] = Number(url.searchParams.get(name));
        }
      }
      if (url.searchParams.has('filter')) {
        query.filter = url.searchParams.get('filter');
      }
      const result = await directorySyncController.requests.handle({
        method: req.method,
        body,
        directoryId,
        resourceType,
        resourceId,
        apiSecret: auth.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : null,
        query,
      });
      return send(res, result.status, result.status === 204 ? undefined : result.data);
    } catch (e) {
      return send(res, 500, { detail: String(e && e.message) }, 'application/json');
    }
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` }));
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
