/**
 * `perf.import`: k6's raw output (`k6 run --out json=results.json`, optionally `.gz`) from one or
 * many machines, merged point by point so one p95 is computed over every request — k6's summary
 * percentiles from several machines cannot be averaged into one (issue #15, "Past one machine").
 *
 * The format (https://grafana.com/docs/k6/latest/results-output/real-time/json/): one JSON object
 * per line, `{"type":"Metric",…}` declaring a metric and `{"type":"Point","metric":"http_req_duration",
 * "data":{"time":…,"value":<ms>,"tags":{"name":…,"url":…,"status":"200","expected_response":"true",…}}}`
 * for each sample. Files can be hundreds of MB: they are streamed, never read whole.
 */
import { createReadStream } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ConfigError } from '../../errors.js';
import { ALWAYS_IGNORED } from '../../files/always-ignored.js';

/** One route's merged points: successful latencies in ms, and the failed requests' count. */
export interface K6RouteStats {
  latencies: number[];
  errors: number;
}

/** What {@link importK6Points} read. */
export interface K6Import {
  /** Per route (the `name` tag, else the `url` tag's path), in first-seen order. */
  byRoute: Map<string, K6RouteStats>;
  /** `http_req_duration` points used, failed ones included. */
  points: number;
  /** Lines that were not JSON, or `http_req_duration` points without a usable value or route. */
  skipped: number;
  /** The workspace-relative files read, in order. */
  files: string[];
}

/** A line longer than this is not one of k6's (a few hundred bytes each) and is skipped unparsed. */
const MAX_LINE_CHARS = 1 << 20;

/**
 * Reads the k6 JSON output files the workspace-relative `globs` match and merges their
 * `http_req_duration` points per route. A glob matching nothing, a path outside the workspace or
 * a file that cannot be read is a {@link ConfigError}; a malformed line is counted and skipped.
 */
export async function importK6Points(globs: readonly string[], options: { workspace: string }): Promise<K6Import> {
  const files = await resolveFiles(globs, options.workspace);
  const result: K6Import = { byRoute: new Map(), points: 0, skipped: 0, files };
  for (const file of files) {
    try {
      for await (const line of readLines(join(options.workspace, file))) addLine(result, line);
    } catch (error) {
      throw new ConfigError(`perf.import: cannot read ${file} (${describe(error)})`);
    }
  }
  return result;
}

async function resolveFiles(globs: readonly string[], workspace: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of globs) {
    // A plain path is taken as is, so a missing file is named rather than matching nothing.
    const matched = isDynamicPattern(pattern)
      ? await glob(pattern, { cwd: workspace, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: ALWAYS_IGNORED })
      : [relative(workspace, resolve(workspace, pattern))];
    const inside = matched.filter((path) => path !== '..' && !path.startsWith('../') && !isAbsolute(path));
    if (!isDynamicPattern(pattern) && inside.length === 0) throw new ConfigError(`perf.import: ${pattern} is outside the workspace; give a path inside it`);
    if (inside.length === 0) throw new ConfigError(`perf.import: no file matches ${pattern}; did k6 run with --out json=<file>?`);
    for (const path of inside.sort()) files.add(path);
  }
  return [...files];
}

/** Lines of a file (gunzipped when it ends in `.gz`, as k6 writes `--out json=results.gz`). */
async function* readLines(path: string): AsyncGenerator<string> {
  const raw = createReadStream(path);
  const stream = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  // A read error on `raw` does not travel through pipe(): forward it so the loop below throws.
  raw.on('error', (error) => stream.destroy(error));
  stream.setEncoding('utf8');
  let pending = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      yield pending + chunk.slice(start, end);
      pending = '';
      start = end + 1;
    }
    pending += chunk.slice(start);
    if (pending.length > MAX_LINE_CHARS) pending = pending.slice(0, MAX_LINE_CHARS);
  }
  if (pending !== '') yield pending;
}

function addLine(result: K6Import, line: string): void {
  const text = line.trim();
  if (text === '') return;
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    result.skipped++;
    return;
  }
  if (!isRecord(entry)) {
    result.skipped++;
    return;
  }
  if (entry.type !== 'Point' || entry.metric !== 'http_req_duration') return;
  const data = isRecord(entry.data) ? entry.data : {};
  const tags = isRecord(data.tags) ? data.tags : {};
  const route = routeOf(tags);
  if (typeof data.value !== 'number' || !Number.isFinite(data.value) || data.value < 0 || route === undefined) {
    result.skipped++;
    return;
  }
  let stats = result.byRoute.get(route);
  if (!stats) result.byRoute.set(route, (stats = { latencies: [], errors: 0 }));
  result.points++;
  if (isFailed(tags)) stats.errors++;
  else stats.latencies.push(data.value);
}

/**
 * The `name` tag (k6's way to group `/users/1`, `/users/2`… as one route), else the `url` tag's
 * path. k6 sets `name` to the full URL when the script does not, so a URL-shaped name is reduced
 * to its path (no origin, query or fragment) too; a name like `checkout` is kept as it is.
 */
export function routeOf(tags: Record<string, unknown>): string | undefined {
  const name = typeof tags.name === 'string' && tags.name !== '' ? tags.name : tags.url;
  if (typeof name !== 'string' || name === '') return undefined;
  // By hand, not with URL: URL would percent-encode the `${}` of k6's http.url`…` templates.
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(name);
  if (!origin && name === tags.name) return name;
  const path = name.slice(origin?.[0].length ?? 0).replace(/[?#].*$/s, '');
  return path.startsWith('/') ? path : `/${path}`;
}

/** k6 tags a failed request `expected_response: "false"`; status 0 is a request with no answer. */
function isFailed(tags: Record<string, unknown>): boolean {
  if (tags.expected_response === 'false' || tags.expected_response === false) return true;
  const status = Number(tags.status);
  return tags.status !== undefined && Number.isFinite(status) && (status === 0 || status >= 400);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
