import type { CheckResult, Finding, SeverityCounts } from './finding.js';
import { compareFindings, countBySeverity } from './finding.js';
import type { FailOn } from '../gate.js';

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
    environment?: string;
    /** Link to the job, where the full summary lives. */
    runUrl?: string;
  };
  failOn: FailOn;
  passed: boolean;
  counts: SeverityCounts;
  results: CheckResult[];
}

export function allFindings(report: Pick<Report, 'results'>): Finding[] {
  return report.results.flatMap((result) => result.findings).sort(compareFindings);
}

export function summarizeCounts(results: readonly CheckResult[]): SeverityCounts {
  return countBySeverity(results.flatMap((result) => result.findings));
}
