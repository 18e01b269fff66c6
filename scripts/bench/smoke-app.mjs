// The app the smoke benchmark (smoke.mjs) tests: a node:http server on 127.0.0.1, port 0, run in a
// child process of its own so its work never shares an event loop (or, on 2 cores, a core) with
// the process being measured. It sends `{ port }` over IPC once listening and exits when the
// benchmark disconnects. Every answer is ready-made: the server should cost as little as it can.
//
// Routes (APP_ROUTES, declared in the benchmark's launch-ready.yml):
//   /page/N     small HTML             /api/N      JSON {"status":"ok"}
//   /go/N       302 → /page/N          /account/N  HTML with Cache-Control: private, no-store
// Flows, 3 steps each (/flow/N/…): `form` sets a session cookie and renders a csrf input; `submit`
// (POST, JSON { csrf }) answers 201 only with that cookie and token; `done` answers 200 with the cookie.
// `/bytes` answers 200 bytes, for the client-overhead half of the benchmark.
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

export const APP_ROUTES = { pages: 30, apis: 12, redirects: 5, accounts: 3 };
export const APP_FLOWS = 5;
const BYTES = Buffer.from('x'.repeat(199) + '\n');
const JSON_OK = JSON.stringify({ status: 'ok' });
/** Sessions of the flows, sid → csrf; a benchmark opens a few dozen at most, the cap is a safety net. */
const sessions = new Map();
const MAX_SESSIONS = 10_000;

const html = (title, extra = '') => `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${extra}</body></html>`;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function answerFlow(req, res, n, step, body) {
  const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (step === 'form' && req.method === 'GET') {
    const id = randomUUID();
    const csrf = randomUUID();
    if (sessions.size >= MAX_SESSIONS) sessions.clear();
    sessions.set(id, csrf);
    return send(res, 200, html(`Flow ${n}`, `<form method="post"><input name="csrf" value="${csrf}"><button>Send</button></form>`), {
      'set-cookie': `sid=${id}; Path=/flow/${n}; HttpOnly; SameSite=Lax`,
      'cache-control': 'private, no-store'
    });
  }
  if (step === 'submit' && req.method === 'POST') {
    let sent;
    try {
      sent = JSON.parse(body);
    } catch {
      sent = {};
    }
    const ok = sid !== undefined && sessions.has(sid) && sessions.get(sid) === sent.csrf;
    const json = JSON.stringify(ok ? { status: 'created', id: n } : { status: 'forbidden' });
    return send(res, ok ? 201 : 403, json, { 'content-type': 'application/json' });
  }
  if (step === 'done' && req.method === 'GET') {
    return sid !== undefined && sessions.has(sid) ? send(res, 200, html(`Thanks ${n}`)) : send(res, 302, '', { location: `/flow/${n}/form` });
  }
  return send(res, 404, 'not found');
}

function route(req, res, body) {
  const [, kind, n, step] = /^\/([a-z]+)(?:\/(\d+))?(?:\/([a-z]+))?$/.exec(req.url ?? '') ?? [];
  switch (kind) {
    case 'bytes':
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': BYTES.length });
      return res.end(BYTES);
    case 'page':
      return send(res, 200, html(`Page ${n}`, '<p>Welcome.</p>'));
    case 'api':
      return send(res, 200, JSON_OK, { 'content-type': 'application/json' });
    case 'go':
      return send(res, 302, '', { location: `/page/${n}` });
    case 'account':
      return send(res, 200, html(`Account ${n}`), { 'cache-control': 'private, no-store' });
    case 'flow':
      return answerFlow(req, res, n, step, body);
    default:
      return send(res, 404, 'not found');
  }
}

/** Starts the app on 127.0.0.1:0 in this process; resolves the server once it listens. */
export function startApp() {
  const server = createServer((req, res) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      req.resume();
      return route(req, res, '');
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => route(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

if (process.send && process.argv.includes('--serve')) {
  const server = await startApp();
  process.on('disconnect', () => {
    server.closeAllConnections();
    process.exit(0);
  });
  process.send({ port: server.address().port });
}
