/**
 * One check's part of the comment or the summary: a heading with its status, the reason it could
 * not run, and its findings table. Checks with nothing to show get one line instead (`renderOneLiner`).
 */
import type { CheckResult, Finding } from './finding.js';
import { compareFindings } from './finding.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatFindingCounts, plural } from './format-values.js';
import { SEVERITY_ICON, STATUS_ICON } from './markdown-parts.js';
import type { FindingTableOptions } from './render-finding-table.js';
import { renderFindingTable } from './render-finding-table.js';
import { renderLineChartMarkdown } from './render-line-chart.js';
import { renderResultTableMarkdown } from './render-result-table.js';

/** How a section is drawn: links and folding as in the table, plus which rows fit the budget. */
export interface SectionOptions extends FindingTableOptions {
  /** Whether a finding fits in the size budget; the others are counted, not shown. */
  isShown: (finding: Finding) => boolean;
}

/** A check gets a section when it has findings or is not clearly fine (failed or errored). */
export function needsSection(result: CheckResult): boolean {
  return result.findings.length > 0 || result.status === 'failed' || result.status === 'errored' || (result.tables?.length ?? 0) > 0;
}

/** The section's lines, starting with a blank line so it can follow anything. */
export function renderCheckSection(result: CheckResult, options: SectionOptions): string[] {
  const findings = [...result.findings].sort(compareFindings);
  const shown = findings.filter(options.isShown);
  const lines = ['', `### ${renderHeading(result)}`];
  if (result.status === 'errored') {
    const reason = result.reason ? escapeMarkdown(result.reason, 1000) : 'no reason was given';
    lines.push('', `> ⚠️ **could not run:** ${reason}`);
  } else if (result.reason && result.status !== 'skipped') {
    // e.g. "partial scan: …": what the check could not see matters as much as what it found.
    lines.push('', `> ℹ️ ${escapeMarkdown(result.reason, 1000)}`);
  }
  if (shown.length > 0) lines.push('', ...renderFindingTable(shown, options));
  for (const table of result.tables ?? []) lines.push(...renderResultTableMarkdown(table));
  for (const chart of result.charts ?? []) lines.push(...renderLineChartMarkdown(chart));
  const hidden = findings.length - shown.length;
  if (hidden > 0) lines.push('', `_${plural(hidden, 'more finding')} of this check not shown._`);
  return lines;
}

function renderHeading(result: CheckResult): string {
  const name = escapeMarkdown(result.check, 100);
  const head = `${STATUS_ICON[result.status]} ${name}`;
  if (result.findings.length === 0) return `${head}: ${result.status === 'errored' ? 'could not run' : result.status}`;
  const counts = formatFindingCounts(result.findings, SEVERITY_ICON);
  return `${head}: ${plural(result.findings.length, 'finding')} (${counts})`;
}
