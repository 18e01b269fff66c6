/**
 * A local stand-in for the GitHub REST API routes launch-ready uses, over real HTTP on
 * 127.0.0.1, so Octokit (with its retry and throttling plugins) runs unmodified against it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitObjectStore, type GitObjectStore } from './git-object-store.js';

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: string;
}

/** A scripted failure: the next `times` requests matching `method` and `path` get `status`. */
export interface FailureRule {
  method?: string;
  /** Matched against the request's path and query, e.g. `/pulls\/7\/files.*page=2/`. */
  path: RegExp;
  status: number;
  /** How many matching requests fail; default: every one. */
  times?: number;
}

export interface GitHubApiServer {
  url: string;
  comments: Map<number, StoredComment[]>;
  requests: RecordedRequest[];
  /** Files returned by the PR files route, keyed by PR number. */
  pullFiles: Map<number, Array<{ filename: string; status: string; patch?: string }>>;
  /** Head SHA returned by GET /pulls/:n. */
  pullHeads: Map<number, string>;
  /** Makes matching requests fail with a GitHub-shaped error body, before any route sees them. */
  fail(rule: FailureRule): void;
  /**
   * Deployments, as the hosting integrations (Vercel, Netlify) create them: served by
   * `GET /deployments?sha=` and `GET /deployments/:id/statuses`, newest first as GitHub does. A test
   * may push a status while a run is waiting.
   */
  deployments: StoredDeployment[];
  /** The repository's Git database (`/git/` routes): refs, blobs, trees and commits; empty at start. */
  git: GitObjectStore;
  /** Issues by number (`/issues` routes: create, list by labels and state, update); their comments live in `comments`. */
  issues: Map<number, StoredIssue>;
  close(): Promise<void>;
}

export interface StoredDeployment {
  id: number;
  sha: string;
  environment: string;
  production_environment?: boolean;
  /** What was deployed (branch, tag or SHA), and when, as the API names them. */
  ref?: string;
  created_at?: string;
  /** Oldest first; the API answers newest first. */
  statuses: Array<{ state: string; environment_url?: string; target_url?: string }>;
}

const STATUS_MESSAGES: Readonly<Record<number, string>> = {
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  500: 'Server Error',
  502: 'Bad Gateway'
};

/** `writeTokens` may create and edit comments and write git objects; any other token gets GitHub's 403 for writes. */
export async function startGitHubApiServer(options: { writeTokens: string[]; pageSize?: number }): Promise<GitHubApiServer> {
  const state = {
    comments: new Map<number, StoredComment[]>(),
    requests: [] as RecordedRequest[],
    pullFiles: new Map<number, Array<{ filename: string; status: string; patch?: string }>>(),
    pullHeads: new Map<number, string>(),
    deployments: [] as StoredDeployment[],
    failures: [] as FailureRule[],
    git: createGitObjectStore(),
    issues: new Map<number, StoredIssue>(),
    nextId: 1000,
    nextIssue: 1
  };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      state.requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, body: body || undefined });
      try {
        if (scriptedFailure(req, res)) return;
        route(req, res, body);
      } catch (error) {
        send(res, 500, { message: String(error) });
      }
    });
  });

  const canWrite = (req: IncomingMessage) => options.writeTokens.some((token) => req.headers.authorization?.endsWith(` ${token}`));
  const pageSize = options.pageSize;

  function route(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const parts = url.pathname.split('/').filter(Boolean);
    const [, , , resource, id, sub] = parts; // repos/:owner/:repo/...
    if (parts[0] !== 'repos') return send(res, 404, { message: 'Not Found' });
    if (resource === 'git') {
      const base = `${baseUrl}/${parts.slice(0, 4).join('/')}`;
      const reply = state.git.answer({ method: req.method ?? '', rest: parts.slice(4), body, canWrite: canWrite(req), base, query: url.searchParams });
      return send(res, reply.status, reply.payload);
    }
    if (resource === 'issues' && id === 'comments' && sub) return editComment(req, res, Number(sub), body);
    if (resource === 'issues' && !id) return issues(req, res, url, body);
    if (resource === 'issues' && id && !sub) return issue(req, res, Number(id), body);
    if (resource === 'issues' && sub === 'comments') return issueComments(req, res, url, Number(id), body);
    if (resource === 'pulls' && sub === 'files') {
      const files = state.pullFiles.get(Number(id));
      return files ? paginate(res, url, files) : send(res, 404, { message: 'Not Found' });
    }
    if (resource === 'deployments' && !id) {
      const sha = url.searchParams.get('sha');
      const matching = state.deployments.filter((deployment) => !sha || deployment.sha === sha).reverse();
      return paginate(res, url, matching.map(({ statuses: _statuses, ...deployment }) => deployment));
    }
    if (resource === 'deployments' && sub === 'statuses') {
      const deployment = state.deployments.find((candidate) => candidate.id === Number(id));
      return deployment ? paginate(res, url, [...deployment.statuses].reverse()) : send(res, 404, { message: 'Not Found' });
    }
    if (resource === 'pulls' && id && !sub) {
      const sha = state.pullHeads.get(Number(id));
      return sha ? send(res, 200, { number: Number(id), head: { sha } }) : send(res, 404, { message: 'Not Found' });
    }
    send(res, 404, { message: 'Not Found' });
  }

  function issueComments(req: IncomingMessage, res: ServerResponse, url: URL, issue: number, body: string): void {
    const list = state.comments.get(issue) ?? [];
    if (req.method === 'GET') return paginate(res, url, list.map((comment) => withUrl(comment, issue)));
    if (req.method !== 'POST') return send(res, 405, { message: 'Method Not Allowed' });
    if (!canWrite(req)) return forbidden(res);
    const comment = { id: state.nextId++, body: JSON.parse(body).body as string, user: { login: 'github-actions[bot]', type: 'Bot' } };
    state.comments.set(issue, [...list, comment]);
    send(res, 201, withUrl(comment, issue));
  }

  /** `GET /issues?labels=a,b&state=open|closed|all` (every label must match; default open) and `POST /issues`. */
  function issues(req: IncomingMessage, res: ServerResponse, url: URL, body: string): void {
    if (req.method === 'GET') {
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const wanted = url.searchParams.get('state') ?? 'open';
      const matching = [...state.issues.values()].filter((candidate) => (wanted === 'all' || candidate.state === wanted) && labels.every((label) => candidate.labels.includes(label)));
      // GitHub lists the newest first by default (sort=created, direction=desc).
      return paginate(res, url, matching.reverse().map(issueJson));
    }
    if (req.method !== 'POST') return send(res, 405, { message: 'Method Not Allowed' });
    if (!canWrite(req)) return forbidden(res);
    const input = JSON.parse(body) as { title: string; body?: string; labels?: string[] };
    const created: StoredIssue = { number: state.nextIssue++, title: input.title, body: input.body ?? '', labels: input.labels ?? [], state: 'open' };
    state.issues.set(created.number, created);
    send(res, 201, issueJson(created));
  }

  function issue(req: IncomingMessage, res: ServerResponse, number: number, body: string): void {
    const found = state.issues.get(number);
    if (!found) return send(res, 404, { message: 'Not Found' });
    if (req.method === 'GET') return send(res, 200, issueJson(found));
    if (req.method !== 'PATCH') return send(res, 405, { message: 'Method Not Allowed' });
    if (!canWrite(req)) return forbidden(res);
    const input = JSON.parse(body) as Partial<Pick<StoredIssue, 'title' | 'body' | 'state'>>;
    Object.assign(found, input);
    send(res, 200, issueJson(found));
  }

  function issueJson(stored: StoredIssue) {
    return { ...stored, labels: stored.labels.map((name) => ({ name })), html_url: `https://github.test/acme/shop/issues/${stored.number}` };
  }

  function editComment(req: IncomingMessage, res: ServerResponse, id: number, body: string): void {
    if (!canWrite(req)) return forbidden(res);
    for (const [issue, list] of state.comments) {
      const index = list.findIndex((comment) => comment.id === id);
      if (index < 0) continue;
      if (req.method === 'DELETE') {
        list.splice(index, 1);
        res.writeHead(204).end();
        return;
      }
      list[index] = { ...list[index]!, body: JSON.parse(body).body as string };
      return send(res, 200, withUrl(list[index]!, issue));
    }
    send(res, 404, { message: 'Not Found' });
  }

  /**
   * GitHub's pagination: `per_page` (default 30, at most 100) and `page`, with a `Link` header
   * naming the first, prev, next and last pages as absolute URLs
   * (https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api).
   */
  function paginate(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), pageSize ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const pageUrl = (number: number): string => {
      const target = new URL(url);
      target.searchParams.set('page', String(number));
      return `${baseUrl}${target.pathname}${target.search}`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
    if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
    send(res, 200, slice, links.length > 0 ? { link: links.join(', ') } : {});
  }

  function scriptedFailure(req: IncomingMessage, res: ServerResponse): boolean {
    const rule = state.failures.find(
      (candidate) => (candidate.times ?? Infinity) > 0 && (!candidate.method || candidate.method === req.method) && candidate.path.test(req.url ?? '')
    );
    if (!rule) return false;
    if (rule.times !== undefined) rule.times -= 1;
    const message = STATUS_MESSAGES[rule.status] ?? 'Error';
    send(res, rule.status, { message, documentation_url: 'https://docs.github.com/rest', status: String(rule.status) });
    return true;
  }

  function withUrl(comment: StoredComment, issue: number) {
    return { ...comment, html_url: `https://github.test/acme/shop/pull/${issue}#issuecomment-${comment.id}` };
  }

  function forbidden(res: ServerResponse): void {
    send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
  }

  function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(payload));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    comments: state.comments,
    requests: state.requests,
    pullFiles: state.pullFiles,
    pullHeads: state.pullHeads,
    deployments: state.deployments,
    git: state.git,
    issues: state.issues,
    fail: (rule) => void state.failures.push({ ...rule }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
