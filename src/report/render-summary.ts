/**
 * The job summary: the full report, every finding, every metric. Same sections and escaping as the
 * PR comment (shared code), without folding rows away.
 */
import type { CheckResult, Finding } from './finding.js';
import type { Report } from './report.js';
import { allFindings, orderResults } from './report.js';
import type { RepoLinks } from './link-url.js';
import { codeSpan, escapeMarkdown } from './escape-markdown.js';
import { fitFindings } from './fit-findings.js';
import { formatDuration, formatFindingCounts, plural } from './format-values.js';
import {
  SEVERITY_ICON,
  STATUS_ICON,
  formatMetricsMarkdown,
  renderHiddenPointer,
  renderVerdict
} from './markdown-parts.js';
import { needsSection, renderCheckSection } from './render-check-section.js';

/**
 * GitHub drops a step's whole summary past 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted, supports
 * content up to a size of 1024k", see "Adding a job summary" in the workflow commands docs); a
 * margin under 1,048,576 bytes leaves room for what other code appends in the same step.
 */
export const SUMMARY_MAX_BYTES = 1_000_000;

/** Options of {@link renderSummary}. */
export interface SummaryOptions {
  /** Link file locations to `${repoUrl}/blob/${sha}/${path}#L${line}`; plain paths without. */
  links?: RepoLinks;
  /** File findings `selectAnnotations` dropped because of GitHub's per-step limits; default 0. */
  annotationsOmitted?: number;
  /** Upper bound on the UTF-8 size; default {@link SUMMARY_MAX_BYTES}. */
  maxBytes?: number;
}

/** Renders the job summary Markdown; past `maxBytes`, the least severe rows are left out with a note. */
export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const fitted = fitFindings(
    allFindings(report),
    (shown, hidden) => renderBody(report, options, shown, hidden),
    (text) => Buffer.byteLength(text, 'utf8') <= maxBytes
  );
  return fitted ?? truncateBytes(renderBody(report, options, new Set(), 0), maxBytes);
}

function renderBody(report: Report, options: SummaryOptions, shown: ReadonlySet<Finding>, hidden: number): string {
  const results = orderResults(report.results);
  const lines = [...renderVerdict(report), '', renderRunLine(report), '', ...renderOverview(results)];
  const omitted = options.annotationsOmitted ?? 0;
  if (omitted > 0) {
    const verb = omitted === 1 ? 'was' : 'were';
    lines.push('', `${plural(omitted, 'finding')} ${verb} not annotated (GitHub shows at most 10 annotations of each level per step).`);
  }
  const sectionOptions = {
    links: options.links,
    collapseAfter: Infinity,
    isShown: (finding: Finding) => shown.has(finding)
  };
  for (const result of results.filter(needsSection)) lines.push(...renderCheckSection(result, sectionOptions));
  if (hidden > 0) {
    lines.push('', renderHiddenPointer(hidden, 'the job summary is limited to 1 MiB; the JSON report has every finding.'));
  }
  return `${lines.join('\n')}\n`;
}

/** Where and what ran: event, pull request, commit, environment, base URL, tool version. */
function renderRunLine(report: Report): string {
  const { run } = report;
  const parts = [`event ${codeSpan(run.event, 60)}`];
  if (run.repository) parts.push(`repository ${codeSpan(run.repository, 140)}`);
  if (run.pullRequest !== undefined) parts.push(`pull request ${codeSpan(String(run.pullRequest), 20)}`);
  if (run.headSha) parts.push(`commit ${codeSpan(run.headSha.slice(0, 12), 12)}`);
  // The source says why this URL or environment and not another (see resolveTarget).
  const from = (source: string | undefined): string => (source ? ` (from ${escapeMarkdown(source, 200)})` : '');
  if (run.environment) parts.push(`environment ${codeSpan(run.environment, 100)}${from(run.environmentSource)}`);
  if (run.baseUrl) parts.push(`base URL ${codeSpan(run.baseUrl, 300)}${from(run.baseUrlSource)}`);
  parts.push(`launch-ready ${codeSpan(report.tool.version, 40)}`);
  return parts.join(' · ');
}

/** One row per check: status, findings, every metric, duration. */
function renderOverview(results: readonly CheckResult[]): string[] {
  const rows = results.map((result) => {
    const findings = result.findings.length > 0 ? formatFindingCounts(result.findings, SEVERITY_ICON) : '—';
    const metrics = formatMetricsMarkdown(result.metrics) || '—';
    const status = `${STATUS_ICON[result.status]} ${result.status}`;
    const cells = [escapeMarkdown(result.check, 100), status, findings, metrics, formatDuration(result.durationMs)];
    return `| ${cells.join(' | ')} |`;
  });
  return ['| Check | Status | Findings | Metrics | Duration |', '| --- | --- | --- | --- | --- |', ...rows];
}

/** Last resort when not even the sections without rows fit: cut at a character boundary. */
function truncateBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, maxBytes)).replace(/\uFFFD$/, '');
}
