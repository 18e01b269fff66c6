import type { Config } from '../config/config-types.js';
import type { Context } from '../context/context.js';
import { knownValuesFrom } from '../config/secret-env-values.js';
import type { CheckResult } from '../report/finding.js';
import { scrubbable, scrubValues } from '../report/scrub-values.js';
import type { CheckOutcome, RunDeps } from './check.js';
import type { SelectedCheck } from './select-checks.js';

/**
 * Runs the selected checks concurrently, each against its own deadline. A check that throws, or is
 * still running at its deadline, becomes `errored` with the reason while the others finish: one
 * broken or hung check must not hide what the rest found, nor hold the run.
 */
export async function runChecks(selected: readonly SelectedCheck[], config: Config, context: Context, deps: RunDeps): Promise<CheckResult[]> {
  const ran = await Promise.all(selected.map((entry) => runOne(entry, config, context, deps)));
  // Redaction happens once, here, before any renderer sees a result: the values of the env vars
  // the config marks secret, and the values each check says it read, cut from every result.
  const secrets = scrubbable([
    ...knownValuesFrom(config.env, deps.env).map((known) => known.value),
    ...ran.flatMap((entry) => entry.redact ?? [])
  ]);
  return ran.map((entry) => scrubValues(entry.result, secrets));
}

async function runOne(entry: SelectedCheck, config: Config, context: Context, deps: RunDeps): Promise<{ result: CheckResult; redact?: readonly string[] }> {
  const { check, skipReason } = entry;
  if (skipReason) {
    return { result: { check: check.name, status: 'skipped', findings: [], metrics: {}, durationMs: 0, reason: skipReason } };
  }
  const started = deps.clock.now();
  const elapsed = (): number => Math.round(deps.clock.now() - started);
  const timeoutMs = checkTimeoutMs(config, check.name);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new CheckTimedOut(timeoutMs)), timeoutMs);
  try {
    const outcome = await untilAborted(check.run(config, context, { ...deps, signal: deadline.signal }), deadline.signal);
    const result: CheckResult = {
      check: check.name,
      // Passed or failed is the report's to say, from the findings and the gate (see `checkStatus`).
      status: outcome.status ?? 'passed',
      findings: outcome.findings,
      metrics: outcome.metrics ?? {},
      durationMs: elapsed(),
      reason: outcome.reason,
      ...(outcome.tables ? { tables: outcome.tables } : {}),
      ...(outcome.charts ? { charts: outcome.charts } : {})
    };
    return { result, redact: outcome.redact };
  } catch (error) {
    return { result: { check: check.name, status: 'errored', findings: [], metrics: {}, durationMs: elapsed(), reason: errorReason(error) } };
  } finally {
    clearTimeout(timer);
    // Tells a check that is still working (it ignored the signal, or threw early) to stop.
    if (!deadline.signal.aborted) deadline.abort(new Error('the check ended'));
  }
}

/** A check's config section is named after it (`smoke:` for `smoke`); its `timeout` wins over the top-level one. */
export function checkTimeoutMs(config: Config, name: string): number {
  const section = (config as unknown as Record<string, { timeoutMs?: number } | undefined>)[name];
  return section?.timeoutMs ?? config.timeoutMs;
}

/** Raised at a check's deadline; its message is the reason the report shows. */
export class CheckTimedOut extends Error {
  constructor(timeoutMs: number) {
    super(`timed out after ${formatSeconds(timeoutMs)}; raise \`timeout\` in its section of launch-ready.yml if it needs longer`);
    this.name = 'CheckTimedOut';
  }
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** The check's outcome, or the signal's reason once it aborts: a check that never settles still ends. */
function untilAborted(work: Promise<CheckOutcome>, signal: AbortSignal): Promise<CheckOutcome> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The first line of the message only: a stack is for bug reports, not for the PR comment. */
function errorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 500) || 'the check failed without a message';
}
