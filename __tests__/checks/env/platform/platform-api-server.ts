/**
 * A local stand-in for the two platform routes launch-ready reads, over real HTTP on 127.0.0.1:
 * Vercel's `GET /v10/projects/:idOrName/env` and Netlify's `GET /api/v1/sites/:site_id/env`.
 * Records hold values, as the real APIs return them, so tests can prove they never get further.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedPlatformRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
}

export interface VercelProject {
  /** Team id or slug the project belongs to; requests must name it. Default: a personal project. */
  team?: string;
  /** Raw records as Vercel returns them (`key`, `target`, `type`, `value`, `gitBranch`…). */
  envs: Array<Record<string, unknown>>;
}

/** An answer given instead of the data, e.g. `{ status: 503, body: { message: 'down' } }`. */
export interface CannedAnswer {
  status: number;
  body?: unknown;
  /** Raw text instead of JSON. */
  text?: string;
  headers?: Record<string, string>;
}

export interface PlatformApiServer {
  url: string;
  /** Base URL for `env.platform.vercel.apiUrl`. */
  vercelUrl: string;
  /** Base URL for `env.platform.netlify.apiUrl`. */
  netlifyUrl: string;
  requests: RecordedPlatformRequest[];
  vercelProjects: Map<string, VercelProject>;
  /** Site id → raw variables as Netlify returns them (`key`, `scopes`, `values[{ context, value }]`). */
  netlifySites: Map<string, Array<Record<string, unknown>>>;
  /** When set, every request gets this answer (after the token check unless `beforeAuth`). */
  answer?: CannedAnswer & { beforeAuth?: boolean };
  close(): Promise<void>;
}

/**
 * `tokens` are accepted as `Authorization: Bearer <token>`; anything else gets each platform's
 * 401/403. `vercelPageSize` makes the Vercel route paginate with `pagination.next` / `until`.
 */
export async function startPlatformApiServer(options: { tokens: string[]; vercelPageSize?: number }): Promise<PlatformApiServer> {
  const state: Omit<PlatformApiServer, 'url' | 'vercelUrl' | 'netlifyUrl' | 'close'> = {
    requests: [],
    vercelProjects: new Map(),
    netlifySites: new Map()
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    state.requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization });
    req.resume();
    req.on('end', () => {
      try {
        route(req, res, url);
      } catch (error) {
        send(res, { status: 500, body: { message: String(error) } });
      }
    });
  });

  function route(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (state.answer?.beforeAuth) return send(res, state.answer);
    const authorized = options.tokens.some((token) => req.headers.authorization === `Bearer ${token}`);
    if (parts[0] === 'v10' && parts[1] === 'projects' && parts[3] === 'env' && parts.length === 4) {
      // Vercel answers a bad token with 403 `invalidToken` (its docs: "forbidden").
      if (!authorized) return send(res, { status: 403, body: { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } } });
      if (state.answer) return send(res, state.answer);
      return vercelEnvs(res, url, parts[2]!);
    }
    if (parts[0] === 'api' && parts[1] === 'v1' && parts[2] === 'sites' && parts[4] === 'env' && parts.length === 5) {
      if (!authorized) return send(res, { status: 401, body: { code: 401, message: 'Access Denied: bad token' } });
      if (state.answer) return send(res, state.answer);
      const site = state.netlifySites.get(parts[3]!);
      return site ? send(res, { status: 200, body: site }) : send(res, { status: 404, body: { code: 404, message: 'Not Found' } });
    }
    send(res, { status: 404, body: { message: 'Not Found' } });
  }

  function vercelEnvs(res: ServerResponse, url: URL, idOrName: string): void {
    const project = state.vercelProjects.get(idOrName);
    const team = url.searchParams.get('teamId') ?? url.searchParams.get('slug') ?? undefined;
    if (!project || project.team !== team) {
      return send(res, { status: 404, body: { error: { code: 'not_found', message: 'Project not found' } } });
    }
    const pageSize = options.vercelPageSize ?? project.envs.length;
    // Cursors are fake timestamps: 1_000_000 + the offset of the next page.
    const offset = url.searchParams.has('until') ? Number(url.searchParams.get('until')) - 1_000_000 : 0;
    const envs = project.envs.slice(offset, offset + pageSize);
    const more = offset + pageSize < project.envs.length;
    const pagination = { count: envs.length, next: more ? 1_000_000 + offset + pageSize : null, prev: null };
    send(res, { status: 200, body: options.vercelPageSize ? { envs, pagination } : { envs } });
  }

  function send(res: ServerResponse, answer: CannedAnswer): void {
    const text = answer.text ?? JSON.stringify(answer.body ?? {});
    res.writeHead(answer.status, { 'content-type': answer.text === undefined ? 'application/json; charset=utf-8' : 'text/html', ...answer.headers });
    res.end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url,
    vercelUrl: url,
    netlifyUrl: `${url}/api/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  });
}
