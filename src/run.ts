import type { CheckDeps } from './checks/check.js';
import { CHECKS } from './checks/registry.js';
import { runChecks } from './checks/run-checks.js';
import { selectChecks } from './checks/select-checks.js';
import type { Config } from './config/config-types.js';
import type { Context } from './context/context.js';
import { decideGate, type FailOn } from './gate.js';
import { dedupeFindings } from './report/dedupe-findings.js';
import { compareFindings, countBySeverity, type CheckResult } from './report/finding.js';
import type { Report } from './report/report.js';
import { VERSION } from './version.js';

export interface RunOptions {
  config: Config;
  context: Context;
  /** `auto` or explicit check names (the `checks` input / `--checks`). */
  checks: 'auto' | readonly string[];
  /** The input/flag override; else the config's `failOn`. */
  failOn?: FailOn;
  deps: CheckDeps;
}

/**
 * The pipeline shared by the action and the CLI: select → run concurrently → post-process →
 * gate. Neither entry point's knowledge leaks below this line.
 */
export async function run(options: RunOptions): Promise<Report> {
  const { config, context, deps } = options;
  const selected = selectChecks(CHECKS, options.checks, config, context);
  const results = (await runChecks(selected, config, context, deps)).map(postProcess);
  const failOn = options.failOn ?? config.failOn;
  return buildReport({ results, failOn, context });
}

function postProcess(result: CheckResult): CheckResult {
  return { ...result, findings: dedupeFindings(result.findings).sort(compareFindings) };
}

/** Assembles the Report; the gate is decided here, once, from the findings. */
export function buildReport(input: { results: CheckResult[]; failOn: FailOn; context: Context }): Report {
  const { results, failOn, context } = input;
  const findings = results.flatMap((result) => result.findings);
  return {
    schemaVersion: 1,
    tool: { name: 'launch-ready', version: VERSION },
    run: {
      event: context.eventName,
      repository: context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined,
      pullRequest: context.pullRequest?.number,
      headSha: context.pullRequest?.headSha ?? context.headSha,
      baseUrl: context.deployUrl,
      environment: context.environment,
      runUrl: context.runUrl
    },
    failOn,
    passed: decideGate(findings, failOn).passed,
    counts: countBySeverity(findings),
    results
  };
}
