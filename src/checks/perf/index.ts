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
import type { Finding, ResultTable } from '../../report/finding.js';
import { okLatencies, type Measured } from './measured.js';
import { recordBaseline, referenceOf, trendCharts, type Reference } from './reference.js';
import { importK6Points } from './import-k6.js';
import { judgeLatency } from './judge-latency.js';
import { measureTargets } from './measure/measure-targets.js';
import type { Sample } from './perf-types.js';
import { perfFinding, PERF_RULES } from './perf-rules.js';
import { seededRandom } from './seeded-random.js';
import { summarize, type SampleSummary } from './stats/sample-summary.js';
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
    metrics: {
      routes: measured.current.size,
      samples: all.length,
      errors: summary.errors,
      ...(Number.isFinite(summary.p95) ? { p95Ms: Math.round(summary.p95) } : {}),
      ...(Number.isFinite(summary.overheadP99) ? { clientOverheadP50Ms: hundredths(summary.overheadP50), clientOverheadP99Ms: hundredths(summary.overheadP99) } : {})
    },
    tables: [latencyTable(rows, reference.mode, summary)],
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


/**
 * The title carries the client's own overhead so a reader can weigh a small latency or change
 * against what the measuring itself adds (it is not counted in the latencies).
 */
function latencyTable(rows: string[][], mode: 'live' | 'stored' | undefined, summary: SampleSummary): ResultTable {
  const reference = mode === 'live' ? 'Live p95' : mode === 'stored' ? 'Baseline p95' : 'Reference p95';
  const overhead = Number.isFinite(summary.overheadP99)
    ? ` (client overhead per request, not counted: p50 ${hundredths(summary.overheadP50)} ms, p99 ${hundredths(summary.overheadP99)} ms)`
    : '';
  return { title: `Latency${overhead}`, columns: ['Route', reference, 'p95 now', 'p50 · p90 · p99 · max', 'Change (95% interval)', 'Budget p95', 'Verdict'], rows };
}

function hundredths(ms: number): number {
  return Math.round(ms * 100) / 100;
}
