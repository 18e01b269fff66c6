/**
 * Variable names and deploy contexts of a Netlify site, from `GET /sites/{site_id}/env`
 * (`getSiteEnvVars` in https://open-api.netlify.com: "behaves the same as `getEnvVars` but doesn't
 * require an `account_id`"). Each variable is reduced to its key and contexts as soon as it is
 * parsed; the values (`values[].value`) are never kept.
 *
 * `scopes` (builds, functions, runtime, post_processing) say where a value is visible, not which
 * deploys get it, so targets come from `values[].context` alone.
 */
import { getPlatformJson, isRecord } from './get-platform-json.js';
import { PlatformReadError } from './platform-read-error.js';
import { mergePlatformVariables, PLATFORM_TARGETS, type PlatformVariable } from './platform-variable.js';

export const NETLIFY_API_URL = 'https://api.netlify.com/api/v1';

/**
 * Netlify deploy contexts (https://docs.netlify.com/deploy/deploy-overview#deploy-contexts) as
 * targets. `branch` (a value for one named branch, `context_parameter`) covers no environment as a
 * whole and maps to nothing, like Vercel's branch-limited preview values.
 */
const CONTEXT_TARGETS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['all', PLATFORM_TARGETS],
  ['production', ['production']],
  ['deploy-preview', ['preview']],
  ['branch-deploy', ['preview']],
  ['dev', ['development']],
  // `netlify dev`'s own context, newer than `dev`.
  ['dev-server', ['development']]
]);

export interface ReadNetlifyOptions {
  /** The site id or its domain (`mysite.netlify.app`); the API takes either. */
  site: string;
  /** Default `https://api.netlify.com/api/v1`. */
  apiUrl?: string;
  token: string;
  /** The env var the token came from, named in errors. */
  tokenSource: string;
  fetch: typeof fetch;
}

export async function readNetlifyVariables(options: ReadNetlifyOptions): Promise<PlatformVariable[]> {
  const base = (options.apiUrl ?? NETLIFY_API_URL).replace(/\/+$/, '');
  const body = await getPlatformJson({
    platform: 'netlify',
    url: new URL(`${base}/sites/${encodeURIComponent(options.site)}/env`),
    token: options.token,
    tokenSource: options.tokenSource,
    subject: `site ${options.site}`,
    configKeys: 'env.platform.netlify.site (the site id or its domain)',
    fetch: options.fetch
  });
  if (!Array.isArray(body)) throw new PlatformReadError('netlify', 'Netlify answered with an unexpected body (not a list of variables); check env.platform.netlify.apiUrl');
  return mergePlatformVariables('netlify', body.flatMap(netlifyEntry));
}

function netlifyEntry(variable: unknown): Array<{ name: string; targets: string[] }> {
  if (!isRecord(variable) || typeof variable.key !== 'string' || variable.key === '') return [];
  const values = Array.isArray(variable.values) ? variable.values : [];
  const targets = values.flatMap((value) => (isRecord(value) && typeof value.context === 'string' ? (CONTEXT_TARGETS.get(value.context) ?? []) : []));
  return [{ name: variable.key, targets }];
}
