/**
 * perf.import (#15, acceptance 5): k6 output files written here in k6's documented JSON format
 * (https://grafana.com/docs/k6/latest/results-output/real-time/json/), one object per line.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importK6Points, routeOf } from '../../../src/checks/perf/import-k6.js';
import { ConfigError } from '../../../src/errors.js';
import { seededRandom } from '../../helpers/seeded-random.js';

/** Type 7 (Hyndman & Fan 1996; R's default, numpy's `linear`), computed here, not imported. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  return sorted[low]! + (h - low) * ((sorted[Math.min(low + 1, sorted.length - 1)] ?? 0) - sorted[low]!);
}

// The documented lines, verbatim in shape: metric declarations, a vus gauge point, and duration points.
const METRIC_LINES = [
  '{"type":"Metric","data":{"type":"gauge","contains":"default","tainted":null,"thresholds":[],"submetrics":null},"metric":"vus"}',
  '{"type":"Point","data":{"time":"2017-05-09T14:34:45.625742514+02:00","value":5,"tags":null},"metric":"vus"}',
  '{"type":"Metric","data":{"type":"trend","contains":"time","tainted":null,"thresholds":["avg<1000"],"submetrics":null},"metric":"http_req_duration"}'
];

interface Request {
  url: string;
  name?: string;
  status: number;
  ms: number;
}

function pointLine(request: Request, metric = 'http_req_duration'): string {
  const tags: Record<string, string> = {
    expected_response: String(request.status < 400),
    group: '',
    method: 'GET',
    name: request.name ?? request.url,
    proto: 'HTTP/1.1',
    scenario: 'default',
    status: String(request.status),
    tls_version: 'tls1.3',
    url: request.url
  };
  return JSON.stringify({ type: 'Point', data: { time: '2017-05-09T14:34:45.239531499+02:00', value: request.ms, tags }, metric });
}

/** A k6 file: the requests as duration points, each preceded by another metric's point as k6 interleaves them. */
function k6File(requests: readonly Request[]): string {
  const lines = [...METRIC_LINES];
  for (const request of requests) lines.push(pointLine({ ...request, ms: request.ms / 3 }, 'http_req_waiting'), pointLine(request));
  return `${lines.join('\n')}\n`;
}

/** Lognormal-ish latencies (median ≈ 120 ms) with rare slow outliers, rounded as k6 prints them (µs). */
function latencies(seed: number, count: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const ms = random() < 0.02 ? 2000 + 1000 * random() : 120 * Math.exp(0.4 * normal);
    return Number(ms.toFixed(6));
  });
}

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'k6-import-'));
  await mkdir(join(workspace, 'k6-results'));
});
afterEach(() => rm(workspace, { recursive: true, force: true }));

test('two machines: the p95 of the merged points is the p95 of every sample, not an average of p95s', async () => {
  const a = latencies(1, 400);
  const b = latencies(2, 300).map((ms) => ms * 1.5);
  const search = (ms: number, i: number): Request => ({ url: `https://shop.test/search?q=item${i}`, status: 200, ms });
  const product = (ms: number, i: number): Request => ({ url: `https://shop.test/products/${i}`, name: 'https://shop.test/products/${}', status: 200, ms });
  const failed: Request = { url: 'https://shop.test/search?q=boom', status: 500, ms: 1 };
  await writeFile(join(workspace, 'k6-results/a.json'), k6File([...a.map(search), failed, ...a.slice(0, 50).map(product)]));
  await writeFile(join(workspace, 'k6-results/b.json'), k6File([...b.map(search), ...b.slice(0, 30).map(product)]));

  // ≈ 200 kB each: lines straddle the stream's 64 kB chunks.
  const result = await importK6Points(['k6-results/*.json'], { workspace });

  expect(result.files).toEqual(['k6-results/a.json', 'k6-results/b.json']);
  expect([...result.byRoute.keys()]).toEqual(['/search', '/products/${}']);
  const searchStats = result.byRoute.get('/search')!;
  expect(searchStats.errors).toBe(1);
  expect(searchStats.latencies).toHaveLength(a.length + b.length);
  expect(percentile(searchStats.latencies, 0.95)).toBe(percentile([...a, ...b], 0.95));
  expect(percentile(searchStats.latencies, 0.95)).not.toBeCloseTo((percentile(a, 0.95) + percentile(b, 0.95)) / 2, 0);
  expect(percentile(result.byRoute.get('/products/${}')!.latencies, 0.95)).toBe(percentile([...a.slice(0, 50), ...b.slice(0, 30)], 0.95));
  expect(result).toMatchObject({ points: a.length + b.length + 1 + 80, skipped: 0 });
});

test('a malformed line is counted and skipped; the rest of the file is read', async () => {
  const good = pointLine({ url: 'https://shop.test/', status: 200, ms: 12.5 });
  const lines = [good, '{"type":"Point","data":{"time":', 'not json', good, '{"type":"Point","metric":"http_req_duration","data":{"value":"fast","tags":{"url":"/"}}}', '', good];
  await writeFile(join(workspace, 'k6-results/a.json'), lines.join('\r\n'));
  const result = await importK6Points(['k6-results/a.json'], { workspace });
  expect(result.byRoute.get('/')).toEqual({ latencies: [12.5, 12.5, 12.5], errors: 0 });
  expect(result).toMatchObject({ points: 3, skipped: 3 });
});

test('gzipped output (k6 run --out json=results.gz) is read the same', async () => {
  await writeFile(join(workspace, 'k6-results/a.gz'), gzipSync(k6File([{ url: 'http://127.0.0.1:3000/health', status: 200, ms: 3.25 }])));
  const result = await importK6Points(['k6-results/a.gz'], { workspace });
  expect(result.byRoute.get('/health')).toEqual({ latencies: [3.25], errors: 0 });
});

test('a gzip file that is not gzip cannot be read', async () => {
  await writeFile(join(workspace, 'k6-results/a.gz'), k6File([]));
  await expect(importK6Points(['k6-results/*.gz'], { workspace })).rejects.toThrow('perf.import: cannot read k6-results/a.gz (Z_DATA_ERROR)');
});

test('failed requests count as errors, never as latencies: expected_response false, 4xx/5xx, no answer', async () => {
  const requests: Request[] = [200, 302, 404, 503, 0].map((status) => ({ url: 'https://shop.test/cart', status, ms: 7 }));
  await writeFile(join(workspace, 'k6-results/a.json'), k6File(requests));
  const result = await importK6Points(['k6-results/a.json'], { workspace });
  expect(result.byRoute.get('/cart')).toEqual({ latencies: [7, 7], errors: 3 });
});

describe('the route of a point', () => {
  test.each([
    [{ name: 'checkout', url: 'https://shop.test/cart?step=2' }, 'checkout'],
    [{ name: 'https://shop.test/products/${}', url: 'https://shop.test/products/9' }, '/products/${}'],
    [{ url: 'https://shop.test/search?q=a#top' }, '/search'],
    [{ url: 'https://shop.test' }, '/'],
    [{ name: '', url: 'http://[::1]:8080/api/v1/users?id=1' }, '/api/v1/users'],
    [{ status: '200' }, undefined]
  ])('%j → %s', (tags, route) => {
    expect(routeOf(tags)).toBe(route);
  });
});

describe('files that cannot be read are the config’s to fix', () => {
  test.each([
    [['k6-results/a.json'], 'perf.import: cannot read k6-results/a.json (ENOENT)'],
    [['k6-results'], 'perf.import: cannot read k6-results (EISDIR)'],
    [['k6-results/*.json'], 'perf.import: no file matches k6-results/*.json; did k6 run with --out json=<file>?'],
    [['../elsewhere.json'], 'perf.import: ../elsewhere.json is outside the workspace; give a path inside it']
  ])('%j', async (globs, message) => {
    const attempt = importK6Points(globs, { workspace });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(message);
  });
});
