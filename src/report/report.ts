import type { CheckResult, Finding, SeverityCounts } from './finding.js';
import { SEVERITIES, compareFindings, countBySeverity, severityRank } from './finding.js';
import type { GateDecision } from '../gate.js';

/** What a run produced: the input of every renderer and publisher, and the JSON report on disk. */
export interface Report {
  /** Bumped when the JSON shape changes incompatibly. */
  schemaVersion: 1;
  tool: { name: 'launch-ready'; version: string };
  /** Where the run happened; copied from the Context so a report can be published later. */
  run: {
    event: string;
    repository?: string;
    pullRequest?: number;
    headSha?: string;
    baseUrl?: string;
    /** Which source gave `baseUrl` (see `resolveTarget`), e.g. "the base-url input". */
    baseUrlSource?: string;
    environment?: string;
    /** Which source gave `environment`. */
    environmentSource?: string;
    /** Link to the job, where the full summary lives. */
    runUrl?: string;
  };
  /** Decided once, when the report is assembled (`assembleReport`). */
  gate: GateDecision;
  counts: SeverityCounts;
  results: CheckResult[];
}

/** Every finding of every check, most severe first (see `compareFindings`). */
export function allFindings(report: Pick<Report, 'results'>): Finding[] {
  return report.results.flatMap((result) => result.findings).sort(compareFindings);
}

/** Findings per severity over all checks: what the verdict line and the action outputs show. */
export function summarizeCounts(results: readonly CheckResult[]): SeverityCounts {
  return countBySeverity(results.flatMap((result) => result.findings));
}

// Among checks with equally severe findings (or none), the ones a reader must act on come first.
const STATUS_ORDER = ['failed', 'errored', 'passed', 'skipped'] as const;

/**
 * Checks in reading order: most severe finding first, then failed, errored, passed, skipped, then
 * more findings first, then by name so the order is stable.
 */
export function orderResults(results: readonly CheckResult[]): CheckResult[] {
  const worst = (result: CheckResult): number =>
    result.findings.reduce<number>((rank, finding) => Math.min(rank, severityRank(finding.severity)), SEVERITIES.length);
  return [...results].sort(
    (a, b) =>
      worst(a) - worst(b) ||
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      b.findings.length - a.findings.length ||
      a.check.localeCompare(b.check)
  );
}
