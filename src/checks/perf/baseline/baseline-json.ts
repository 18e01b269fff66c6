/**
 * The stored baseline's wire format (schemaVersion 1), shared by every store. What comes back from
 * a file or an artifact is untrusted: anyone who can push to the default branch or edit the file
 * shapes it, so it is checked field by field and bounded before any statistic sees it.
 */
import type { BaselineRoute, PerfBaseline } from '../perf-types.js';

/** The bounds {@link parseBaseline} enforces and {@link recordRun} keeps. */
export const BASELINE_LIMITS = {
  /** Per route; a p95 needs far fewer, and 20 000 × 200 routes keeps a file under ~40 MB. */
  maxSamples: 20_000,
  /** Per route, oldest dropped first (perf-types: "at most 20"). */
  maxHistory: 20,
  maxRoutes: 200,
  /** A route, a commit or a timestamp longer than this is not one. */
  maxStringChars: 2048
} as const;

/** A stored baseline that is not what this version writes: the stores turn it into a warning. */
export class BaselineError extends Error {
  /** What is wrong and where inside the text: `routes["/"].samples[3]: expected milliseconds…`. */
  readonly detail: string;

  constructor(
    /** The file or artifact. */
    readonly where: string,
    /** The field at fault (`routes["/"].samples[3]`), `''` for the whole text. */
    readonly field: string,
    problem: string
  ) {
    const detail = field ? `${field}: ${problem}` : problem;
    super(`${where}: ${detail}`);
    this.name = 'BaselineError';
    this.detail = detail;
  }
}

/** Parses and validates a stored baseline; throws a {@link BaselineError} naming the field at fault. */
export function parseBaseline(text: string, where: string): PerfBaseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(where, '', `not JSON (${(error as Error).message})`);
  }
  const fail = (field: string, problem: string): never => {
    throw new BaselineError(where, field, problem);
  };
  const top = expectObject(value, '', fail);
  expectKeys(top, '', ['schemaVersion', 'recordedAt', 'commit', 'routes'], fail);
  if (top.schemaVersion !== 1) fail('schemaVersion', `expected 1, got ${shape(top.schemaVersion)}`);
  const routes = expectObject(top.routes, 'routes', fail);
  const names = Object.keys(routes);
  if (names.length > BASELINE_LIMITS.maxRoutes) fail('routes', `expected at most ${BASELINE_LIMITS.maxRoutes} routes, got ${names.length}`);
  const long = names.find((name) => name === '' || name.length > BASELINE_LIMITS.maxStringChars);
  if (long !== undefined) fail('routes', `expected route names of 1 to ${BASELINE_LIMITS.maxStringChars} characters, got ${shape(long)}`);
  return {
    schemaVersion: 1,
    recordedAt: expectTime(top.recordedAt, 'recordedAt', fail),
    ...(top.commit !== undefined && { commit: expectString(top.commit, 'commit', fail) }),
    // fromEntries defines own properties: a route named `__proto__` stays a route.
    routes: Object.fromEntries(names.map((name) => [name, parseRoute(routes[name], `routes[${JSON.stringify(name)}]`, fail)]))
  };
}

type Fail = (field: string, problem: string) => never;

function parseRoute(value: unknown, field: string, fail: Fail): BaselineRoute {
  const route = expectObject(value, field, fail);
  expectKeys(route, field, ['samples', 'history'], fail);
  const samples = expectArray(route.samples, `${field}.samples`, BASELINE_LIMITS.maxSamples, fail);
  const history = expectArray(route.history, `${field}.history`, BASELINE_LIMITS.maxHistory, fail);
  return {
    samples: samples.map((sample, index) => expectMs(sample, `${field}.samples[${index}]`, fail)),
    history: history.map((item, index) => {
      const at = `${field}.history[${index}]`;
      const entry = expectObject(item, at, fail);
      expectKeys(entry, at, ['at', 'p95Ms', 'commit'], fail);
      return {
        at: expectTime(entry.at, `${at}.at`, fail),
        p95Ms: expectMs(entry.p95Ms, `${at}.p95Ms`, fail),
        ...(entry.commit !== undefined && { commit: expectString(entry.commit, `${at}.commit`, fail) })
      };
    })
  };
}

function expectObject(value: unknown, field: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, `expected an object, got ${shape(value)}`);
  return value as Record<string, unknown>;
}

function expectKeys(object: Record<string, unknown>, field: string, known: readonly string[], fail: Fail): void {
  const unknown = Object.keys(object).find((key) => !known.includes(key));
  if (unknown !== undefined) fail(field, `unknown field ${JSON.stringify(unknown.slice(0, 40))} (expected ${known.join(', ')})`);
}

function expectArray(value: unknown, field: string, max: number, fail: Fail): unknown[] {
  if (!Array.isArray(value)) fail(field, `expected an array, got ${shape(value)}`);
  const array = value as unknown[];
  if (array.length > max) fail(field, `expected at most ${max} entries, got ${array.length}`);
  return array;
}

function expectMs(value: unknown, field: string, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(field, `expected milliseconds (a finite number ≥ 0), got ${shape(value)}`);
  return value as number;
}

function expectString(value: unknown, field: string, fail: Fail): string {
  if (typeof value !== 'string' || value === '' || value.length > BASELINE_LIMITS.maxStringChars) fail(field, `expected a non-empty string, got ${shape(value)}`);
  return value as string;
}

function expectTime(value: unknown, field: string, fail: Fail): string {
  const text = expectString(value, field, fail);
  if (!Number.isFinite(Date.parse(text))) fail(field, `expected an ISO 8601 time, got ${shape(text)}`);
  return text;
}

/** A value's kind and, for short scalars, the value: never a long untrusted string. */
function shape(value: unknown): string {
  if (typeof value === 'string') return value.length <= 40 ? JSON.stringify(value) : `a string of ${value.length} characters`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * The file's text: keys in a fixed order, routes sorted, latencies rounded to 0.01 ms, one route's
 * samples on one line (thousands of numbers one per line would bury the history in a diff).
 */
export function renderBaseline(baseline: PerfBaseline): string {
  const json = JSON.stringify;
  const routes = Object.keys(baseline.routes)
    .sort()
    .map((name) => {
      const route = baseline.routes[name]!;
      const history = route.history.map(
        (entry) => `        {"at": ${json(entry.at)}, "p95Ms": ${roundMs(entry.p95Ms)}${entry.commit !== undefined ? `, "commit": ${json(entry.commit)}` : ''}}`
      );
      return [
        `    ${json(name)}: {`,
        `      "samples": [${route.samples.map(roundMs).join(', ')}],`,
        history.length === 0 ? '      "history": []' : `      "history": [\n${history.join(',\n')}\n      ]`,
        '    }'
      ].join('\n');
    });
  return [
    '{',
    '  "schemaVersion": 1,',
    `  "recordedAt": ${json(baseline.recordedAt)},`,
    ...(baseline.commit !== undefined ? [`  "commit": ${json(baseline.commit)},`] : []),
    routes.length === 0 ? '  "routes": {}' : `  "routes": {\n${routes.join(',\n')}\n  }`,
    '}',
    ''
  ].join('\n');
}

/** 0.01 ms: far below any effect worth reporting, and a third of the digits of a raw double. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}
