import { decideGate, checkStatus, type GatePolicy } from '../gate.js';
import { dedupeFindings } from './dedupe-findings.js';
import { compareFindings, countBySeverity, type CheckResult } from './finding.js';
import type { Report } from './report.js';

export interface ReportParts {
  tool: Report['tool'];
  run: Report['run'];
  results: readonly CheckResult[];
  policy: GatePolicy;
}

/**
 * The one place a report is put together: findings de-duplicated (by fingerprint) and sorted,
 * statuses, counts and the gate decided, for a run's results or a report file read back (whose
 * statuses, counts and verdict are derived again, never believed).
 */
export function assembleReport(parts: ReportParts): Report {
  const results = parts.results.map((result) => ({
    ...result,
    findings: dedupeFindings(result.findings).sort(compareFindings),
    status: checkStatus(result, parts.policy.failOn)
  }));
  return {
    schemaVersion: 1,
    tool: parts.tool,
    run: parts.run,
    gate: decideGate(results, parts.policy),
    counts: countBySeverity(results.flatMap((result) => result.findings)),
    results
  };
}
