/**
 * Markdown pieces shared by the PR comment and the job summary, so both read the same way.
 * Everything PR-controlled goes through `escapeMarkdown`/`codeSpan`.
 */
import type { CheckResult, CheckStatus, Severity } from './finding.js';
import type { Report } from './report.js';
import { allFindings, summarizeCounts } from './report.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatCounts, formatNumber, plural } from './format-values.js';

/** Coloured dots, so severity reads at a glance without relying on colour alone (the word follows). */
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪'
};

/** One icon per check status, before the check's name in headings and one-liners. */
export const STATUS_ICON: Readonly<Record<CheckStatus, string>> = {
  failed: '❌',
  errored: '⚠️',
  passed: '✅',
  skipped: '⏭️'
};

/**
 * The verdict heading and the line under it: blocking findings against `fail-on`, counts by
 * severity, and the checks that could not run, with whether that failed the gate (`fail-on-error`):
 * either way it must be impossible to miss.
 */
export function renderVerdict(report: Report): string[] {
  const findings = allFindings(report);
  const { blocking, failOn: threshold, passed } = report.gate;
  const counts = formatCounts(summarizeCounts(report.results), SEVERITY_ICON);
  const failOn = escapeMarkdown(threshold, 20);
  let gate: string;
  if (threshold === 'never') gate = `Report only (fail-on: **never**) · ${counts}`;
  else if (blocking > 0) gate = `**${plural(blocking, 'blocking finding')}** (fail-on: **${failOn}**) · ${counts}`;
  else gate = `Nothing at or above **${failOn}** · ${counts}`;
  const known = findings.filter((finding) => finding.known).length;
  if (known > 0) gate += ` · ${plural(known, 'known finding')} accepted in the baseline`;
  const lines = [`## ${passed ? '✅ launch-ready passed' : '❌ launch-ready failed'}`, '', gate];
  const errored = report.results.filter((result) => result.status === 'errored');
  if (errored.length > 0) {
    const names = errored.map((result) => `**${escapeMarkdown(result.check, 100)}**`).join(', ');
    const effect = report.gate.failOnError ? ' — this fails the gate (fail-on-error)' : '';
    lines.push('', `⚠️ ${plural(errored.length, 'check')} could not run: ${names}${effect}`);
  }
  return lines;
}

/**
 * `p50Ms **120** · p95Ms **340**`: the first `limit` metrics in the order the check reported them
 * (the check puts the telling ones first); empty when there are none.
 * @param limit default: all
 */
export function formatMetricsMarkdown(metrics: Readonly<Record<string, number>>, limit = Infinity): string {
  return Object.entries(metrics)
    .slice(0, limit)
    .map(([name, value]) => `${escapeMarkdown(name, 60)} **${formatNumber(value)}**`)
    .join(' · ');
}

/** One line for a check with nothing to show: `✅ **perf** passed · p95Ms **340**` or `⏭️ **x** skipped: why`. */
export function renderOneLiner(result: CheckResult): string {
  const head = `${STATUS_ICON[result.status]} **${escapeMarkdown(result.check, 100)}** ${result.status}`;
  if (result.reason) return `${head}: ${escapeMarkdown(result.reason, 300)}`;
  const metrics = formatMetricsMarkdown(result.metrics, 2);
  return metrics ? `${head} · ${metrics}` : head;
}

/** The line that says rows were dropped to stay under a size limit, and where the rest is. */
export function renderHiddenPointer(hidden: number, where: string): string {
  return `… ${plural(hidden, 'more finding')} not shown: ${where}`;
}

