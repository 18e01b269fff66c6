/**
 * The perf check end to end against real local servers whose latency follows a seeded lognormal
 * (with rare slow outliers): budgets, a live reference measured interleaved, a stored baseline
 * (and a missing or corrupt one), and k6 points. Verdicts only, never wall-clock assertions.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../../src/clock.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Context } from '../../../src/context/context.js';
import { createFileStore } from '../../../src/files/file-store.js';
import { createHttpClient } from '../../../src/http/create-http-client.js';
import type { HttpClient } from '../../../src/http/http-types.js';
import { silentLogger } from '../../../src/logger.js';
import type { CheckResult } from '../../../src/report/finding.js';
import { run } from '../../../src/run.js';
import { startLatencyServer, type LatencyServer } from '../../helpers/latency-server.js';

const BASE = { medianMs: 12, sigma: 0.15, outlierRate: 0.01, outlierFactor: 4 };
let http: HttpClient;
let workspace: string;
const servers: LatencyServer[] = [];

beforeAll(async () => {
  http = createHttpClient({ connections: 16 });
  workspace = await mkdtemp(join(tmpdir(), 'launch-ready-perf-'));
});
afterAll(async () => {
  await http.close();
  await Promise.all(servers.map((server) => server.close()));
  await rm(workspace, { recursive: true, force: true });
});

async function server(medianScale: number, seed: number): Promise<LatencyServer> {
  const started = await startLatencyServer({ seed, profile: { ...BASE, medianMs: BASE.medianMs * medianScale } });
  servers.push(started);
  return started;
}

async function perf(yaml: string, options: { record?: boolean } = {}): Promise<CheckResult> {
  const context: Context = { eventName: 'local', kind: 'local', workspace, hasToken: false };
  const store = createFileStore(workspace, { writable: options.record === true });
  const report = await run({ config: parseConfig(yaml, 'launch-ready.yml'), context, checks: ['perf'], deps: { logger: silentLogger, clock: systemClock(), env: {}, http, store } });
  return report.results.find((result) => result.check === 'perf')!;
}

const rules = (result: CheckResult) => result.findings.map((finding) => `${finding.severity} ${finding.ruleId}`);
const verdictOf = (result: CheckResult) => result.tables![0]!.rows[0]!.at(-1);

describe('budgets', () => {
  test('a p95 far over its budget is a breach; far under says nothing; near it does not fail', async () => {
    const app = await server(1, 1);
    const over = await perf(`perf: { baseUrl: ${app.url}, samples: 80, concurrency: 8, budget: { p95: 5ms } }`);
    expect(rules(over)).toEqual(['critical perf-budget-breached']);
    expect(over.findings[0]!.message).toMatch(/^\/: p95 is \d+ ms \(95% interval \d+ ms–\d+ ms\), over its budget of 5 ms by more than 2×\.$/);
    const under = await perf(`perf: { baseUrl: ${app.url}, samples: 80, concurrency: 8, budget: { p95: 2s } }`);
    expect(under.findings).toEqual([]);
  });

  test('an error rate over its budget, errors counted and never timed as fast', async () => {
    const broken = await startLatencyServer({ seed: 2, profile: { ...BASE, status: 500 } });
    servers.push(broken);
    const result = await perf(`perf: { baseUrl: ${broken.url}, samples: 60, concurrency: 6, budget: { errorRate: 1% } }`);
    expect(rules(result)).toEqual(['critical perf-error-rate']);
    expect(result.metrics).toMatchObject({ samples: 60, errors: 60 });
  });
});

describe('against a live reference measured in the same run', () => {
  const yaml = (current: LatencyServer, reference: LatencyServer, samples = 200) =>
    `perf: { baseUrl: ${current.url}, compareTo: ${reference.url}, samples: ${samples}, concurrency: 8, warmup: 10, maxRequests: 5000, regression: { absolute: 2ms } }`;

  // Latencies here are ~12 ms, so the absolute limit is lowered from its 20 ms default, or no change could pass it.
  // A smaller change needs more samples to be told from noise with confidence (the stats tests say how many).
  test.each([
    ['2× slower', 2, 200, 'regressed'],
    ['50% slower', 1.5, 400, 'regressed'],
    ['20% slower', 1.2, 800, 'regressed']
  ])('%s is flagged', async (_name, scale, samples, verdict) => {
    // The 20% case: 80 ms with a narrow spread, so the change stands well above the loopback's own
    // jitter and a busy CI machine's event-loop stalls (at 30 ms one clean-clone run read inconclusive).
    const steady = samples > 400;
    const side = async (factor: number, seed: number) => {
      if (!steady) return server(factor, seed);
      const started = await startLatencyServer({ seed, profile: { medianMs: 80 * factor, sigma: 0.08 } });
      servers.push(started);
      return started;
    };
    const result = await perf(yaml(await side(scale, 10), await side(1, 11), samples));
    expect(verdictOf(result)).toBe(verdict);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['perf-regressed']);
    expect(result.findings[0]!.message).toMatch(/against the live reference measured in this run/);
  });

  test('identical servers are never flagged', async () => {
    const result = await perf(yaml(await server(1, 20), await server(1, 21)));
    expect(verdictOf(result)).not.toBe('regressed');
    expect(result.findings.filter((finding) => finding.ruleId === 'perf-regressed')).toEqual([]);
  });
});

describe('against a stored baseline', () => {
  // The baseline is recorded the way a default-branch run records it: measured, three runs, so the
  // noise between runs is measured too.
  // 30 ms with a narrow spread: a stored comparison is cross-run, and the loopback's jitter under a
  // busy CI machine (other test files run beside this one) must stay small beside the route's time.
  const steady = async (factor: number, seed: number): Promise<LatencyServer> => {
    const started = await startLatencyServer({ seed, profile: { medianMs: 30 * factor, sigma: 0.08 } });
    servers.push(started);
    return started;
  };

  // 3× slower, not 2×: a recorded run that a busy machine slowed widens the noise the stored runs
  // show, and a clean-clone CI run once judged 2× inconclusive (as it should, with that noise).
  test('3× slower than the stored runs is flagged; the same is not; the trend shows the runs', async () => {
    const reference = await steady(1, 30);
    const yaml = (url: string) => `perf: { baseUrl: ${url}, baseline: stored.json, samples: 200, concurrency: 8, regression: { absolute: 2ms } }`;
    for (let recorded = 0; recorded < 3; recorded += 1) await perf(yaml(reference.url), { record: true });
    const slower = await perf(yaml((await steady(3, 31)).url));
    expect(verdictOf(slower)).toBe('regressed');
    expect(slower.findings.find((finding) => finding.ruleId === 'perf-regressed')!.message).toMatch(/against the stored baseline/);
    const same = await perf(yaml((await steady(1, 32)).url));
    expect(verdictOf(same)).not.toBe('regressed');
    expect(same.charts).toEqual([{ title: 'p95 of /', labels: expect.arrayContaining(['now']), unit: 'ms', series: [{ name: '/', values: expect.any(Array) }] }]);
    expect(same.charts![0]!.labels).toHaveLength(4);
  });

  test('a run that may record writes the baseline; the next run is judged against it', async () => {
    const yaml = (server: LatencyServer) => `perf: { baseUrl: ${server.url}, baseline: recorded.json, samples: 200, concurrency: 8, regression: { absolute: 2ms } }`;
    const first = await perf(yaml(await server(1, 50)), { record: true });
    expect(rules(first)).toEqual(['info perf-baseline-recorded', 'info perf-no-reference']);
    expect(first.findings[0]!.message).toBe("Recorded this run's latencies of 1 route as the baseline in recorded.json.");
    // One recorded run: the stored rule allows for 25% noise between runs, so only a large slowdown fails.
    const slower = await perf(yaml(await server(5, 51)));
    expect(verdictOf(slower)).toBe('regressed');
  });

  test.each([
    ['missing', 'nowhere.json', undefined],
    ['corrupt', 'corrupt.json', '{"schemaVersion": 1, "routes": '],
    ['of another version', 'v9.json', '{"schemaVersion": 9}']
  ])('a %s baseline is an info note and a report without a verdict, never a crash', async (_name, file, text) => {
    if (text !== undefined) await writeFile(join(workspace, file), text);
    const result = await perf(`perf: { baseUrl: ${(await server(1, 40)).url}, baseline: ${file}, samples: 60, concurrency: 6 }`);
    expect(result.status).toBe('passed');
    expect(rules(result)).toEqual(['info perf-no-reference']);
    expect(verdictOf(result)).toBe('no reference');
  });
});

test('k6 points are judged like measured ones', async () => {
  const lines = (values: number[]) =>
    values.map((value) => JSON.stringify({ type: 'Point', metric: 'http_req_duration', data: { time: '2026-12-07T10:00:00Z', value, tags: { name: '/api/items', status: '200', expected_response: 'true' } } })).join('\n');
  await writeFile(join(workspace, 'k6-a.json'), lines(Array.from({ length: 100 }, (_, index) => 800 + index)));
  await writeFile(join(workspace, 'k6-b.json'), lines(Array.from({ length: 100 }, (_, index) => 900 + index)));
  const result = await perf('perf: { import: ["k6-*.json"], budget: { p95: 300ms } }');
  expect(rules(result)).toEqual(['critical perf-budget-breached']);
  expect(result.metrics).toMatchObject({ routes: 1, samples: 200 });
});
