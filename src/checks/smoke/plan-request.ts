/**
 * One smoke request as it will be sent: the URL under the base, the headers (top level, then the
 * section, then the route), `${env.NAME}` and `${name}` (flow captures) filled in, and the body.
 * Every value that came from the environment or a capture is listed in `secrets`: the check hands
 * them to the pipeline, which cuts them from every output, and redirects to another host drop them.
 */
import type { SmokeRoute } from '../../config/config-types.js';
import { resolveEnvReference } from '../../config/resolve-env-reference.js';

export interface RequestPlan {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Header names whose values came from the environment or a capture: never sent to another host. */
  sensitiveHeaders: string[];
  /** Values never to print. */
  secrets: string[];
}

export interface PlanContext {
  /** The resolved base URL, without a trailing slash. */
  baseUrl: string;
  /** Top-level `headers` overlaid by `smoke.headers`, as written. */
  headers: Readonly<Record<string, string>>;
  env: Readonly<Record<string, string | undefined>>;
  /** Values captured by earlier flow steps. */
  captures: ReadonlyMap<string, string>;
  requestTimeoutMs: number;
  /** The config file, for the error of an unset `${env.NAME}`. */
  configFile?: string;
}

const CAPTURE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const ENV_REFERENCE = /\$\{env\.[A-Za-z_][A-Za-z0-9_]*\}/;

export function planRequest(route: SmokeRoute, context: PlanContext): RequestPlan {
  const secrets: string[] = [];
  const sensitiveHeaders: string[] = [];
  const fill = (text: string, encode: (value: string) => string = (value) => value): string => {
    let filled = text;
    if (ENV_REFERENCE.test(filled)) {
      const resolved = resolveEnvReference(filled, context.env, { file: context.configFile ?? 'launch-ready.yml' });
      secrets.push(...envValuesIn(filled, context.env));
      filled = resolved;
    }
    return filled.replace(CAPTURE, (reference, name: string) => {
      const value = context.captures.get(name);
      if (value === undefined) return reference;
      secrets.push(value);
      return encode(value);
    });
  };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...context.headers, ...route.headers })) {
    const filled = fill(value);
    headers[name.toLowerCase()] = filled;
    if (filled !== value) sensitiveHeaders.push(name.toLowerCase());
  }
  let body: string | undefined;
  if (route.json !== undefined) {
    body = JSON.stringify(fillJson(route.json, (text) => fill(text)));
    headers['content-type'] ??= 'application/json';
  } else if (route.body !== undefined) {
    body = fill(route.body);
  }
  return {
    method: route.method ?? 'GET',
    url: `${context.baseUrl}${fill(route.path, encodeURIComponent)}`,
    headers,
    ...(body === undefined ? {} : { body }),
    timeoutMs: route.timeoutMs ?? context.requestTimeoutMs,
    sensitiveHeaders,
    secrets
  };
}

/** The values of the variables `text` refers to (they are about to be sent; they must never print). */
function envValuesIn(text: string, env: Readonly<Record<string, string | undefined>>): string[] {
  return [...text.matchAll(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((match) => env[match[1]!] ?? '').filter(Boolean);
}

function fillJson(value: unknown, fill: (text: string) => string): unknown {
  if (typeof value === 'string') return fill(value);
  if (Array.isArray(value)) return value.map((item) => fillJson(item, fill));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillJson(item, fill)]));
  return value;
}
