import type { RunDeps } from './checks/check.js';
import { CHECKS } from './checks/registry.js';
import { runChecks } from './checks/run-checks.js';
import { selectChecks } from './checks/select-checks.js';
import type { Config } from './config/config-types.js';
import type { Context } from './context/context.js';
import type { FailOn } from './gate.js';
import { buildReport } from './report/build-report.js';
import type { Report } from './report/report.js';

export interface RunOptions {
  config: Config;
  context: Context;
  /** `auto` or explicit check names (the `checks` input / `--checks`). */
  checks: 'auto' | readonly string[];
  /** The input/flag override; else the config's `failOn`. */
  failOn?: FailOn;
  /** Whether a check that could not run fails the gate (`fail-on-error`). Default true. */
  failOnError?: boolean;
  deps: RunDeps;
}

/**
 * The pipeline shared by the action and the CLI: select → run concurrently (each check against its
 * deadline, results redacted) → report (findings de-duplicated and sorted, the gate decided).
 * Neither entry point's knowledge leaks below this line.
 */
export async function run(options: RunOptions): Promise<Report> {
  const { config, context, deps } = options;
  const selected = selectChecks(CHECKS, options.checks, config, context);
  const results = await runChecks(selected, config, context, deps);
  return buildReport({ results, config, context, failOn: options.failOn, failOnError: options.failOnError });
}
