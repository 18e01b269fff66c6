/**
 * The demo shop's preview deploy: a `node:https` server on 127.0.0.1 (plain `node:http` when no
 * certificate could be made) that the demo starts and the smoke check tests. Most routes work;
 * four carry the faults the smoke check exists for, and `launch-ready.yml` in the sample project
 * declares what each one should do (sample-project.ts):
 *   /account                      500 (a crash where a login redirect belongs)
 *   /old-pricing ↔ /pricing-legacy  a redirect loop
 *   /login                        Cache-Control: public on a page declared private
 *   /api/health                   { "status": "degraded" } where `ok` is expected
 * The contact flow works: the form's CSRF token and session cookie must come back with the POST.
 */
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { DemoCertificate } from './demo-certificate.js';

export interface SampleApp {
  /** `https://127.0.0.1:PORT` (or `http://` without a certificate), no trailing slash. */
  url: string;
  /** Ends open keep-alive connections, then stops listening. */
  close(): Promise<void>;
}

/** A request body larger than this is refused: the only POST takes a small JSON object. */
const MAX_BODY_BYTES = 16_384;

/** Starts the app on a free port of 127.0.0.1; over HTTPS when `certificate` is given. */
export async function startSampleApp(certificate?: DemoCertificate): Promise<SampleApp> {
  const secure = certificate !== undefined;
  const session = { id: randomBytes(12).toString('hex'), csrf: randomBytes(12).toString('hex') };
  const handle = (req: IncomingMessage, res: ServerResponse) => void answer(req, res, { secure, session }).catch(() => res.destroy());
  const server: Server = certificate ? createHttpsServer({ cert: certificate.cert, key: certificate.key }, handle) : createHttpServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${secure ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

interface AppState {
  secure: boolean;
  /** This run's one visitor session and its CSRF token: random, and redacted like any captured value. */
  session: { id: string; csrf: string };
}

async function answer(req: IncomingMessage, res: ServerResponse, state: AppState): Promise<void> {
  const send = (status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      ...(state.secure ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
      ...headers
    });
    res.end(body);
  };
  const json = (status: number, value: unknown) => send(status, JSON.stringify(value), { 'content-type': 'application/json' });
  const route = `${req.method ?? 'GET'} ${new URL(req.url ?? '/', 'http://app').pathname}`;
  switch (route) {
    case 'GET /':
      return send(200, page('Demo shop', '<p>Socks, shipped tomorrow.</p><a href="/signup">Sign up</a>'));
    case 'GET /pricing':
      return send(200, page('Pricing', '<p>Free for one shop.</p>'));
    case 'GET /login':
      // Planted: a CDN may keep this page and hand one visitor's copy to the next.
      return send(200, page('Log in', '<form method="post" action="/session"><input name="email"></form>'), { 'cache-control': 'public, max-age=600' });
    case 'GET /account':
      // Planted: the handler crashes instead of sending an anonymous visitor to /login.
      return send(500, page('Error', '<p>Internal Server Error</p>'));
    case 'GET /old-pricing':
      return send(301, '', { location: '/pricing-legacy' });
    case 'GET /pricing-legacy':
      return send(301, '', { location: '/old-pricing' });
    case 'GET /api/health':
      return json(200, { status: 'degraded', checks: { database: 'ok', queue: 'backlog' } });
    case 'GET /contact':
      return send(200, page('Contact', `<form method="post" action="/api/inquiries"><input type="hidden" name="csrf" value="${state.session.csrf}"><textarea name="message"></textarea></form>`), {
        'cache-control': 'private, no-store',
        'set-cookie': `sid=${state.session.id}; Path=/; HttpOnly; SameSite=Lax${state.secure ? '; Secure' : ''}`
      });
    case 'POST /api/inquiries': {
      const sent = parseJson(await readBody(req));
      const signedIn = (req.headers.cookie ?? '').split(/;\s*/).includes(`sid=${state.session.id}`);
      if (!signedIn || sent?.csrf !== state.session.csrf) return json(403, { status: 'forbidden' });
      return json(201, { status: 'received', id: 1001 });
    }
    default:
      return send(404, page('Not found', '<p>No such page.</p>'));
  }
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title} · Demo shop</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): { csrf?: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as { csrf?: unknown }) : undefined;
  } catch {
    return undefined;
  }
}
