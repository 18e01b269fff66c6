import type { Report } from './report.js';
import { SEVERITIES } from './finding.js';

/** One line for logs and `core.setFailed`: "launch-ready failed: 2 critical, 1 high (fail-on: high)". */
export function verdictLine(report: Report): string {
  const counts = SEVERITIES.filter((level) => report.counts[level] > 0).map((level) => `${report.counts[level]} ${level}`);
  const errored = report.results.filter((result) => result.status === 'errored').map((result) => result.check);
  const found = counts.length > 0 ? counts.join(', ') : 'no findings';
  const erroredNote = errored.length > 0 ? `; could not run: ${errored.join(', ')}` : '';
  const { gate } = report;
  const erroredEffect = erroredNote && gate.failOnError ? ', which fails the gate (fail-on-error)' : '';
  return `launch-ready ${gate.passed ? 'passed' : 'failed'}: ${found} (fail-on: ${gate.failOn})${erroredNote}${erroredEffect}`;
}
