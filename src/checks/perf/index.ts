/**
 * The perf check (issue 15): per route, is p95 inside its budget, and did this change make it
 * slower? Flow: measure each route (interleaved with the live reference when `compareTo` is set) or
 * take k6's points → reference (live, else the stored baseline) → budgets and verdicts (Holm across
 * routes) → findings, the latency table and the trend.
 */
import type { Check, CheckDeps, CheckOutcome } from '../check.js';
import type { Config, PerfConfig, PerfRoute } from '../../config/config-types.js';
import { resolveEnvReference } from '../../config/resolve-env-reference.js';
import type { Context } from '../../context/context.js';
import { resolveTarget } from '../../context/resolve-target.js';
import type { HttpRequest } from '../../http/http-types.js';
import type { Finding, LineChart, ResultTable } from '../../report/finding.js';
import { recordRun } from './baseline/record-run.js';
import { readStoredBaseline, writeStoredBaseline } from './baseline/stored-baseline.js';
import { importK6Points } from './import-k6.js';
import { judgeLatency } from './judge-latency.js';
import { measureTargets } from './measure/measure-targets.js';
import type { PerfBaseline, Sample } from './perf-types.js';
import { perfFinding, PERF_RULES } from './perf-rules.js';
import { seededRandom } from './seeded-random.js';
import { summarize } from './stats/sample-summary.js';
import { regressionVerdicts, type RouteVerdict } from './stats/verdicts.js';

const DEADLINE_MARGIN_MS = 1_000;
const REQUEST_TIMEOUT_MS = 10_000;

export const perfCheck: Check = {
  name: 'perf',
  description: 'Measures p50…p99 latency per route with confidence intervals, holds it to budgets, and compares it with a live or stored reference without crying wolf.',
  appliesTo: (config, context) => {
    if (!config.perf) return { applies: false, reason: 'no `perf:` section in launch-ready.yml' };
    if (!targetOf(config, context).baseUrl && config.perf.import.length === 0) return { applies: false, reason: NO_BASE_URL };
    return { applies: true };
  },
  run: runPerfCheck
};

const NO_BASE_URL = 'no base URL: set perf.baseUrl or baseUrl in launch-ready.yml, the base-url input (--base-url), run on a deployment_status event, or import k6 results (perf.import)';

function targetOf(config: Config, context: Context) {
  return resolveTarget(context, config, { name: 'perf', baseUrl: config.perf?.baseUrl });
}

interface Measured {
  current: Map<string, Sample[]>;
  reference: Map<string, Sample[]>;
  urls: Map<string, string>;
  secrets: string[];
}

async function runPerfCheck(config: Config, context: Context, deps: CheckDeps): Promise<CheckOutcome> {
  const perf = config.perf;
  if (!perf) return { status: 'skipped', findings: [], reason: 'no `perf:` section in launch-ready.yml' };
  const deadline = deps.clock.now() + (perf.timeoutMs ?? config.timeoutMs) - DEADLINE_MARGIN_MS;
  const written = targetOf(config, context).baseUrl;
  const measured: Measured = written ? await measureRoutes(config, perf, written, deps, deadline) : { current: new Map(), reference: new Map(), urls: new Map(), secrets: [] };
  if (perf.import.length > 0) {
    const imported = await importK6Points(perf.import, { workspace: context.workspace });
    for (const [route, stats] of imported.byRoute) {
      const samples: Sample[] = [...stats.latencies.map((latencyMs) => ({ latencyMs, ok: true })), ...Array.from({ length: stats.errors }, () => ({ latencyMs: 0, ok: false }))];
      measured.current.set(route, [...(measured.current.get(route) ?? []), ...samples]);
    }
  }
  const reference = await referenceOf(perf, measured, deps, context);
  const verdicts = verdictsOf(perf, measured.current, reference);
  const findings: Finding[] = [...reference.findings];
  const rows: string[][] = [];
  for (const [route, samples] of measured.current) {
    const judged = judgeLatency({
      route,
      url: measured.urls.get(route),
      samples,
      budget: { ...perf.budget, ...perf.budgets[route] },
      regression: verdicts.get(route),
      mode: reference.mode,
      limits: perf.regression,
      random: seededRandom(`budget ${route}`)
    });
    findings.push(...judged.findings);
    rows.push(judged.row);
  }
  for (const route of perf.routes.filter((entry) => written && (measured.current.get(entry.path)?.length ?? 0) === 0)) {
    findings.push(perfFinding({ rule: PERF_RULES.notMeasured, message: `${route.path}: no sample before the check's deadline or request cap.`, route: route.path, remediation: 'Raise perf.timeout or perf.maxRequests, or lower perf.samples.' }));
  }
  findings.push(...(await recordBaseline(perf, measured, reference.stored, { deps, commit: context.headSha })));
  const all = [...measured.current.values()].flat();
  const summary = summarize(all);
  return {
    findings,
    metrics: { routes: measured.current.size, samples: all.length, errors: summary.errors, ...(Number.isFinite(summary.p95) ? { p95Ms: Math.round(summary.p95) } : {}) },
    tables: [latencyTable(rows, reference.mode)],
    ...trendCharts(reference.stored, measured.current),
    redact: measured.secrets
  };
}

async function measureRoutes(config: Config, perf: PerfConfig, written: string, deps: CheckDeps, deadline: number): Promise<Measured> {
  if (!deps.http) throw new Error('the perf check needs the HTTP client (CheckDeps.http)');
  const file = { file: config.file ?? 'launch-ready.yml' };
  const secrets: string[] = [];
  const fill = (value: string): string => {
    const filled = resolveEnvReference(value, deps.env, file);
    if (filled !== value) secrets.push(filled);
    return filled;
  };
  const base = fill(written).replace(/\/+$/, '');
  const reference = perf.compareTo ? fill(perf.compareTo).replace(/\/+$/, '') : undefined;
  const requestOf = (origin: string, route: PerfRoute): HttpRequest => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...config.headers, ...perf.headers, ...route.headers })) headers[name.toLowerCase()] = fill(value);
    return { method: route.method, url: `${origin}${route.path}`, headers, timeoutMs: REQUEST_TIMEOUT_MS };
  };
  const current = new Map<string, Sample[]>();
  const referenceSamples = new Map<string, Sample[]>();
  const urls = new Map<string, string>();
  let budget = perf.maxRequests;
  // Route by route: each route's two sides are interleaved (A/B/A/B) so they share the same moments.
  for (const route of perf.routes) {
    if (deps.clock.now() >= deadline || budget <= 0) break;
    const targets = [{ id: 'current', request: requestOf(base, route) }, ...(reference ? [{ id: 'reference', request: requestOf(reference, route) }] : [])];
    const samples = await measureTargets(targets, { http: deps.http, clock: deps.clock, signal: deps.signal }, {
      samples: perf.samples,
      warmup: perf.warmup,
      concurrency: perf.concurrency,
      ...(perf.rate ? { rate: perf.rate } : {}),
      deadline,
      maxRequests: budget
    });
    const sent = [...samples.values()].reduce((sum, list) => sum + list.length, 0) + perf.warmup * targets.length;
    budget -= sent;
    current.set(route.path, samples.get('current') ?? []);
    if (reference) referenceSamples.set(route.path, samples.get('reference') ?? []);
    urls.set(route.path, `${base}${route.path}`);
  }
  return { current, reference: referenceSamples, urls, secrets };
}

/** Where the stored baseline is kept: the config's file, else the built-in store's key. */
export const DEFAULT_BASELINE_KEY = 'perf-baseline.json';

interface Reference {
  mode?: 'live' | 'stored';
  /** The stored baseline as read, the base of the next recording. */
  stored?: PerfBaseline;
  samples: Map<string, number[]>;
  /** Relative spread of p95 across stored runs, per route. */
  noise: Map<string, number>;
  findings: Finding[];
}

async function referenceOf(perf: PerfConfig, measured: Measured, deps: CheckDeps, context: Context): Promise<Reference> {
  const read = deps.store ? await readStoredBaseline(deps.store, perf.baseline ?? DEFAULT_BASELINE_KEY) : { warning: 'no store for a baseline in this run' };
  if (perf.compareTo) {
    const samples = new Map([...measured.reference].map(([route, list]) => [route, okLatencies(list)]));
    return { mode: 'live', samples, noise: new Map(), findings: [], ...(read.baseline ? { stored: read.baseline } : {}) };
  }
  // Said where a comparison is expected: a configured baseline, or a pull request (judged against the default branch's).
  const expected = perf.baseline !== undefined || context.kind === 'pull_request';
  if (!read.baseline && !expected) return { samples: new Map(), noise: new Map(), findings: [] };
  if (!read.baseline) {
    return {
      mode: 'stored',
      samples: new Map(),
      noise: new Map(),
      findings: [
        perfFinding({
          rule: PERF_RULES.noReference,
          message: `${read.warning}.`,
          route: '(baseline)',
          remediation: 'On GitHub, runs on the default branch record it; locally: launch-ready run --checks perf --update-baseline. Or set compareTo to a live reference.'
        })
      ]
    };
  }
  return { mode: 'stored', stored: read.baseline, samples: baselineSamples(read.baseline), noise: baselineNoise(read.baseline), findings: [] };
}

/** On a run that may record (the default branch, --update-baseline): this run's latencies become the reference. */
async function recordBaseline(perf: PerfConfig, measured: Measured, previous: PerfBaseline | undefined, input: { deps: CheckDeps; commit?: string }): Promise<Finding[]> {
  const { store, clock } = input.deps;
  if (!store?.write || measured.current.size === 0) return [];
  const key = perf.baseline ?? DEFAULT_BASELINE_KEY;
  const routes = Object.fromEntries([...measured.current].map(([route, samples]) => [route, okLatencies(samples)]));
  const baseline = recordRun(previous, { at: clock.today().toISOString(), ...(input.commit ? { commit: input.commit } : {}), routes });
  await writeStoredBaseline(store, key, baseline);
  const message = `Recorded this run's latencies of ${measured.current.size} route${measured.current.size === 1 ? '' : 's'} as the baseline in ${store.describe(key)}.`;
  return [perfFinding({ rule: PERF_RULES.baselineRecorded, message, route: '(baseline)', remediation: 'Nothing to do: later runs are compared with it.' })];
}

function baselineSamples(baseline: PerfBaseline): Map<string, number[]> {
  return new Map(Object.entries(baseline.routes).map(([route, entry]) => [route, entry.samples]));
}

/** The coefficient of variation of the recorded runs' p95: how much p95 moves between runs with no change. */
function baselineNoise(baseline: PerfBaseline): Map<string, number> {
  const noise = new Map<string, number>();
  for (const [route, entry] of Object.entries(baseline.routes)) {
    const values = entry.history.map((run) => run.p95Ms);
    if (values.length < 3) continue;
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
    if (mean > 0) noise.set(route, Math.sqrt(variance) / mean);
  }
  return noise;
}

function verdictsOf(perf: PerfConfig, current: Map<string, Sample[]>, reference: Reference): Map<string, RouteVerdict> {
  if (!reference.mode) return new Map();
  const comparisons = [...current]
    .map(([route, samples]) => ({ route, current: okLatencies(samples), reference: reference.samples.get(route) ?? [] }))
    .filter((comparison) => comparison.current.length > 0 && comparison.reference.length > 0);
  if (comparisons.length === 0) return new Map();
  // Stored mode: the noisiest route's spread, so Holm's family shares one rule.
  const noise = Math.max(0, ...comparisons.map((comparison) => reference.noise.get(comparison.route) ?? 0));
  const verdicts = regressionVerdicts(
    comparisons,
    { relative: perf.regression.relative, absoluteMs: perf.regression.absoluteMs, mode: reference.mode, ...(reference.mode === 'stored' && noise > 0 ? { referenceRunNoise: noise } : {}) },
    seededRandom(`regression ${comparisons.map((comparison) => comparison.route).join(' ')}`)
  );
  return new Map(verdicts.map((verdict) => [verdict.route, verdict]));
}

/** Routes charted at most: a trend is for the few routes a reader watches. */
const MAX_CHARTS = 3;

/** The recent recorded p95s of each route and this run's, oldest first: the trend a reader checks at a glance. */
function trendCharts(stored: PerfBaseline | undefined, current: Map<string, Sample[]>): { charts?: LineChart[] } {
  if (!stored) return {};
  const charts: LineChart[] = [];
  for (const [route, samples] of current) {
    const history = stored.routes[route]?.history ?? [];
    const now = summarize(samples).p95;
    if (history.length === 0 || !Number.isFinite(now) || charts.length >= MAX_CHARTS) continue;
    charts.push({
      title: `p95 of ${route}`,
      labels: [...history.map((run) => run.at.slice(5, 10)), 'now'],
      unit: 'ms',
      series: [{ name: route, values: [...history.map((run) => run.p95Ms), now] }]
    });
  }
  return charts.length > 0 ? { charts } : {};
}

function okLatencies(samples: readonly Sample[]): number[] {
  return samples.filter((sample) => sample.ok).map((sample) => sample.latencyMs);
}

function latencyTable(rows: string[][], mode: 'live' | 'stored' | undefined): ResultTable {
  const reference = mode === 'live' ? 'Live p95' : mode === 'stored' ? 'Baseline p95' : 'Reference p95';
  return { title: 'Latency', columns: ['Route', reference, 'p95 now', 'Change (95% interval)', 'Budget p95', 'Verdict'], rows };
}
