/**
 * Variable names and targets of a Vercel project, from
 * `GET /v10/projects/{idOrName}/env` (https://vercel.com/docs/rest-api/projects/retrieve-the-environment-variables-of-a-project-by-id-or-name).
 * `decrypt` is never sent, and each record is reduced to its key and targets as soon as it is
 * parsed: `plain` variables come back with their value even undecrypted.
 */
import { getPlatformJson, isRecord } from './get-platform-json.js';
import { PlatformReadError } from './platform-read-error.js';
import { mergePlatformVariables, PLATFORM_TARGETS, type PlatformVariable } from './platform-variable.js';

export const VERCEL_API_URL = 'https://api.vercel.com';
/** The endpoint has answered in one page so far; a cursor is followed anyway, within reason. */
const MAX_PAGES = 50;

export interface ReadVercelOptions {
  project: string;
  /** A team id (`team_…`) is sent as `teamId`, anything else as the team's `slug`. */
  team?: string;
  /** Default `https://api.vercel.com`. */
  apiUrl?: string;
  token: string;
  /** The env var the token came from, named in errors. */
  tokenSource: string;
  fetch: typeof fetch;
}

export async function readVercelVariables(options: ReadVercelOptions): Promise<PlatformVariable[]> {
  const subject = `project ${options.project}${options.team ? ` (team ${options.team})` : ''}`;
  const entries: Array<{ name: string; targets: string[] }> = [];
  const seenCursors = new Set<number>();
  let until: number | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const body = await getPlatformJson({
      platform: 'vercel',
      url: vercelEnvUrl(options, until),
      token: options.token,
      tokenSource: options.tokenSource,
      subject,
      configKeys: 'env.platform.vercel.project and env.platform.vercel.team',
      fetch: options.fetch
    });
    entries.push(...vercelEntries(body));
    const next = (body as { pagination?: { next?: unknown } }).pagination?.next;
    // Vercel's list pagination: `pagination.next` is a timestamp passed back as `until`.
    if (typeof next !== 'number' || seenCursors.has(next)) break;
    seenCursors.add(next);
    until = next;
  }
  return mergePlatformVariables('vercel', entries);
}

function vercelEnvUrl(options: ReadVercelOptions, until: number | undefined): URL {
  const base = (options.apiUrl ?? VERCEL_API_URL).replace(/\/+$/, '');
  const url = new URL(`${base}/v10/projects/${encodeURIComponent(options.project)}/env`);
  if (options.team) url.searchParams.set(options.team.startsWith('team_') ? 'teamId' : 'slug', options.team);
  if (until !== undefined) url.searchParams.set('until', String(until));
  return url;
}

/**
 * `{ envs: [...] }` (with or without `pagination`), or a single record: the three shapes the
 * endpoint documents. Only `key`, `target` and `gitBranch` are read.
 */
function vercelEntries(body: unknown): Array<{ name: string; targets: string[] }> {
  const records = isRecord(body) && Array.isArray(body.envs) ? (body.envs as unknown[]) : isRecord(body) && typeof body.key === 'string' ? [body] : undefined;
  if (!records) throw new PlatformReadError('vercel', 'Vercel answered with an unexpected body (no `envs` list); check env.platform.vercel.apiUrl');
  return records.filter(isRecord).flatMap((record) => {
    if (typeof record.key !== 'string' || record.key === '') return [];
    return [{ name: record.key, targets: vercelTargets(record.target, record.gitBranch) }];
  });
}

/**
 * `target` is a list (older records: one string). A preview value limited to one Git branch does
 * not cover previews in general, so it does not count as set for `preview`. Custom environments
 * (`customEnvironmentIds`) are not among the three targets and are left out.
 */
function vercelTargets(target: unknown, gitBranch: unknown): string[] {
  const targets = Array.isArray(target) ? target : typeof target === 'string' ? [target] : [];
  const branchOnly = typeof gitBranch === 'string' && gitBranch !== '';
  return targets.filter((name): name is string => (PLATFORM_TARGETS as readonly unknown[]).includes(name) && !(branchOnly && name === 'preview'));
}
