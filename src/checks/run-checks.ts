import type { Config } from '../config/config-types.js';
import type { Context } from '../context/context.js';
import type { CheckResult } from '../report/finding.js';
import type { CheckDeps } from './check.js';
import type { SelectedCheck } from './select-checks.js';

/**
 * Runs the selected checks concurrently. A check that throws becomes `errored` with its reason
 * and the others still run: one broken check must not hide what the rest found.
 */
export async function runChecks(
  selected: readonly SelectedCheck[],
  config: Config,
  context: Context,
  deps: CheckDeps
): Promise<CheckResult[]> {
  return Promise.all(selected.map((entry) => runOne(entry, config, context, deps)));
}

async function runOne(entry: SelectedCheck, config: Config, context: Context, deps: CheckDeps): Promise<CheckResult> {
  const { check, skipReason } = entry;
  if (skipReason) {
    return { check: check.name, status: 'skipped', findings: [], metrics: {}, durationMs: 0, reason: skipReason };
  }
  const started = deps.now();
  try {
    const outcome = await check.run(config, context, deps);
    const findings = outcome.findings;
    return {
      check: check.name,
      status: outcome.status ?? (findings.length > 0 ? 'failed' : 'passed'),
      findings,
      metrics: outcome.metrics ?? {},
      durationMs: Math.round(deps.now() - started),
      reason: outcome.reason,
      ...(outcome.tables ? { tables: outcome.tables } : {})
    };
  } catch (error) {
    return {
      check: check.name,
      status: 'errored',
      findings: [],
      metrics: {},
      durationMs: Math.round(deps.now() - started),
      reason: errorReason(error)
    };
  }
}

/** The first line of the message only: a stack is for bug reports, not for the PR comment. */
function errorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 500) || 'the check failed without a message';
}
