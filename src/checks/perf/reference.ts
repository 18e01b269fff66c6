/**
 * The perf check's reference: the live one measured beside this deploy (compareTo), else the
 * stored baseline, its noise between recorded runs, the recording of this run where allowed, and
 * the p95 trend drawn from the recorded runs.
 */
import type { CheckDeps } from '../check.js';
import type { PerfConfig } from '../../config/config-types.js';
import type { Context } from '../../context/context.js';
import type { Finding, LineChart } from '../../report/finding.js';
import { recordRun } from './baseline/record-run.js';
import { readStoredBaseline, writeStoredBaseline } from './baseline/stored-baseline.js';
import { okLatencies, type Measured } from './measured.js';
import type { PerfBaseline, Sample } from './perf-types.js';
import { perfFinding, PERF_RULES } from './perf-rules.js';
import { summarize } from './stats/sample-summary.js';

/** Where the stored baseline is kept: the config's file, else the built-in store's key. */
export const DEFAULT_BASELINE_KEY = 'perf-baseline.json';

export interface Reference {
  mode?: 'live' | 'stored';
  /** The stored baseline as read, the base of the next recording. */
  stored?: PerfBaseline;
  samples: Map<string, number[]>;
  /** Relative spread of p95 across stored runs, per route. */
  noise: Map<string, number>;
  findings: Finding[];
}

export async function referenceOf(perf: PerfConfig, measured: Measured, deps: CheckDeps, context: Context): Promise<Reference> {
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
export async function recordBaseline(perf: PerfConfig, measured: Measured, previous: PerfBaseline | undefined, input: { deps: CheckDeps; commit?: string }): Promise<Finding[]> {
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

/** Routes charted at most: a trend is for the few routes a reader watches. */
const MAX_CHARTS = 3;

/** The recent recorded p95s of each route and this run's, oldest first: the trend a reader checks at a glance. */
export function trendCharts(stored: PerfBaseline | undefined, current: Map<string, Sample[]>): { charts?: LineChart[] } {
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

