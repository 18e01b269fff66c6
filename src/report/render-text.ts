/**
 * The terminal report for the CLI and the action log: verdict, counts, then each check's findings
 * with a fix hint. PR-controlled text is stripped of control characters, so a file name cannot
 * move the cursor, rewrite earlier lines or smuggle a `::workflow-command` onto its own line.
 */
import type { CheckResult, Finding, Severity } from './finding.js';
import { compareFindings, locationKey } from './finding.js';
import type { Report } from './report.js';
import { allFindings, orderResults } from './report.js';
import { toSingleLine, truncateText } from './escape-markdown.js';
import { formatDuration, formatFindingCounts, formatNumber, plural } from './format-values.js';
import { renderResultTableText } from './render-result-table.js';

/** Options of {@link renderText}. */
export interface TextOptions {
  /** ANSI colours, e.g. when stdout is a TTY and `NO_COLOR` is unset (decided by the caller). */
  color: boolean;
}

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan' | 'magenta';
const ANSI: Readonly<Record<Style, [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  magenta: [35, 39]
};
const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = {
  critical: 'magenta',
  high: 'red',
  medium: 'yellow',
  low: 'cyan',
  info: 'dim'
};
const STATUS_STYLE: Readonly<Record<CheckResult['status'], Style>> = {
  failed: 'red',
  errored: 'yellow',
  passed: 'green',
  skipped: 'dim'
};

/** Renders the report as plain lines, ending with a newline; colours only when `options.color`. */
export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: Style, text: string): string =>
    options.color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text;
  const verdict = report.gate.passed ? paint('green', '✔ launch-ready passed') : paint('red', '✖ launch-ready failed');
  const lines = [`${paint('bold', verdict)}  fail-on: ${report.gate.failOn}  ${formatFindingCounts(allFindings(report))}`];
  for (const result of orderResults(report.results)) {
    lines.push('', renderCheckLine(result, paint));
    for (const finding of [...result.findings].sort(compareFindings)) lines.push(...renderFinding(finding, paint));
    for (const table of result.tables ?? []) lines.push('', ...renderResultTableText(table, clean));
  }
  return `${lines.join('\n')}\n`;
}

type Paint = (style: Style, text: string) => string;

function renderCheckLine(result: CheckResult, paint: Paint): string {
  const name = paint('bold', clean(result.check, 100));
  const status = paint(STATUS_STYLE[result.status], result.status === 'errored' ? 'could not run' : result.status);
  const parts = [`${name}  ${status}`];
  if (result.reason) parts.push(clean(result.reason, 500));
  if (result.findings.length > 0) {
    parts.push(`${plural(result.findings.length, 'finding')} (${formatFindingCounts(result.findings)})`);
  }
  const metrics = Object.entries(result.metrics).map(([key, value]) => `${clean(key, 60)} ${formatNumber(value)}`);
  if (metrics.length > 0) parts.push(metrics.join(', '));
  parts.push(paint('dim', formatDuration(result.durationMs)));
  return parts.join(' · ');
}

function renderFinding(finding: Finding, paint: Paint): string[] {
  const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8));
  const where = finding.location ? clean(formatLocation(finding), 300) : '-';
  const evidence = finding.evidence ? `  (${clean(finding.evidence, 120)})` : '';
  const lines = [`  ${severity}  ${where}  ${clean(finding.title, 200)} — ${clean(finding.message, 500)}${evidence}`];
  const notes = [finding.known ? 'known (baseline)' : '', finding.confidence && finding.confidence !== 'high' ? `${finding.confidence} confidence` : ''];
  const commit = finding.location?.kind === 'file' ? finding.location.commit : undefined;
  if (commit) notes.push(`commit ${clean(commit.sha.slice(0, 12), 20)} by ${clean(commit.author, 100)}, ${clean(commit.date.slice(0, 10), 20)}`);
  const noted = notes.filter(Boolean);
  if (noted.length > 0) lines.push(`  ${' '.repeat(8)}  ${paint('dim', noted.join(' · '))}`);
  if (finding.remediation) lines.push(`  ${' '.repeat(8)}  ${paint('dim', `fix: ${clean(finding.remediation, 500)}`)}`);
  if (finding.suppressWith) lines.push(`  ${' '.repeat(8)}  ${paint('dim', `not a secret? add: ${clean(finding.suppressWith, 300)}`)}`);
  return lines;
}

function formatLocation(finding: Finding): string {
  const location = finding.location;
  if (location?.kind === 'file') return location.line > 0 ? `${location.path}:${location.line}` : location.path;
  if (location?.kind === 'env') {
    if (!location.file) return `env ${location.name}`;
    return `env ${location.name} (${location.file}${location.line ? `:${location.line}` : ''})`;
  }
  return locationKey(location);
}

/** One line without control characters (ESC included), capped. */
function clean(text: string, maxLength: number): string {
  return truncateText(toSingleLine(text), maxLength);
}
