/**
 * The perf check's measurement engine (issue #15, "Measuring"): times requests to a set of targets,
 * interleaved A/B/A/B, in the closed model (at most `concurrency` in flight) or the open model (a
 * fixed `rate`), with every I/O through the ports in `deps`.
 *
 * How latency is counted (see time-request.ts):
 * - closed model: from sending the request to its last body byte, as the HTTP layer timed it
 *   (`timings.totalMs`, which includes a wait for a free pooled connection: give the client a pool
 *   of at least `concurrency` connections);
 * - open model: from the request's intended send time to its last body byte (run-open-model.ts).
 * Errors and non-2xx answers are samples with `ok: false`, never dropped, never timed as fast.
 *
 * Bounded: at most `maxRequests` are sent (whole rounds, so targets stay balanced), nothing is sent
 * from `deadline` on, and what is in flight then (or when `deps.signal` aborts) is abandoned and
 * not counted. The caller knows the run was cut when a target has fewer samples than asked.
 */
import type { Clock } from '../../../clock.js';
import type { Sample } from '../perf-types.js';
import type { MeasureDeps, MeasureOptions, MeasureTarget, Run } from './measure-types.js';
import { planSchedule } from './plan-schedule.js';
import { runClosedModel } from './run-closed-model.js';
import { runOpenModel } from './run-open-model.js';
import { timeRequest } from './time-request.js';

export type { MeasureDeps, MeasureOptions, MeasureTarget } from './measure-types.js';

/** Options the config should have refused (config/ reports them with a location): a bug here. */
function assertOptions(targets: readonly MeasureTarget[], options: MeasureOptions): void {
  const counts = { samples: options.samples, warmup: options.warmup, maxRequests: options.maxRequests };
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`measureTargets: ${name} must be a whole number ≥ 0, got ${value}`);
  }
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new RangeError(`measureTargets: concurrency must be a whole number ≥ 1, got ${options.concurrency}`);
  if (options.rate !== undefined && !(options.rate > 0 && Number.isFinite(options.rate))) throw new RangeError(`measureTargets: rate must be a positive number, got ${options.rate}`);
  const ids = new Set(targets.map((target) => target.id));
  if (ids.size !== targets.length) throw new RangeError('measureTargets: target ids must be unique');
}

/**
 * Measures every target; resolves with its samples in send order (warm-up left out), keyed by id.
 * Rejects only on a bug (a client error that is not an HttpFailure).
 */
export async function measureTargets(
  targets: readonly MeasureTarget[],
  deps: MeasureDeps,
  options: MeasureOptions
): Promise<Map<string, Sample[]>> {
  assertOptions(targets, options);
  const schedule = planSchedule(targets.length, options);
  const results: Array<Sample | undefined> = [];
  const stop = new AbortController();
  const signal = AbortSignal.any([deps.signal, stop.signal]);
  let bug: unknown;
  const run: Run = {
    schedule,
    http: deps.http,
    clock: deps.clock,
    signal,
    deadline: options.deadline,
    stopped: () => signal.aborted || deps.clock.now() >= options.deadline,
    send: (index, countFrom) =>
      timeRequest(targets[schedule[index]!.target]!.request, { http: deps.http, clock: deps.clock, signal }, countFrom).then(
        (sample) => void (results[index] = sample),
        (error: unknown) => {
          bug ??= error;
          stop.abort(error);
        }
      )
  };
  const cancelTimer = abortAtDeadline(deps.clock, options.deadline, stop);
  try {
    await (options.rate === undefined ? runClosedModel(run, options.concurrency) : runOpenModel(run, options.rate));
  } finally {
    cancelTimer();
  }
  if (bug !== undefined) throw bug;
  return collectSamples(targets, schedule, results);
}

/**
 * Aborts `stop` at the deadline, so what is in flight then ends with it: the engine returns close
 * to the deadline, not a request timeout later. Returns the timer's cancel.
 */
function abortAtDeadline(clock: Clock, deadline: number, stop: AbortController): () => void {
  const timer = new AbortController();
  clock.sleep(Math.max(0, deadline - clock.now()), timer.signal).then(
    () => stop.abort(new Error('the measurement deadline passed')),
    () => undefined
  );
  return () => timer.abort();
}

function collectSamples(targets: readonly MeasureTarget[], schedule: Run['schedule'], results: ReadonlyArray<Sample | undefined>): Map<string, Sample[]> {
  const samples = new Map<string, Sample[]>(targets.map((target) => [target.id, []]));
  schedule.forEach((item, index) => {
    const sample = results[index];
    if (item.counted && sample) samples.get(targets[item.target]!.id)!.push(sample);
  });
  return samples;
}
