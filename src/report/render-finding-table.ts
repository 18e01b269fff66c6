/**
 * The findings table shared by the PR comment and the job summary: severity, where, what, evidence,
 * how to fix. Rows are built from escaped cells only, so a hostile path or message cannot add a
 * column, close the table or open HTML.
 */
import type { Finding, Location } from './finding.js';
import { codeSpan, escapeMarkdown } from './escape-markdown.js';
import { formatFindingCounts } from './format-values.js';
import type { RepoLinks } from './link-url.js';
import { fileLineUrl } from './link-url.js';
import { SEVERITY_ICON } from './markdown-parts.js';

const HEADER = ['| Severity | Location | What | Evidence | How to fix |', '| --- | --- | --- | --- | --- |'];
const NONE = '—';

/** Options of {@link renderFindingTable}. */
export interface FindingTableOptions {
  /** Link file locations to the lines at this commit; plain code otherwise. */
  links?: RepoLinks;
  /** Rows after this many go into a collapsed `<details>` block; `Infinity` shows every row. */
  collapseAfter: number;
}

/**
 * A GFM table of `findings` in the given order (callers sort most severe first); rows past
 * `collapseAfter` sit in `<details><summary>N more (…)</summary>` with their own header row.
 * Blank lines around the table and inside `<details>` are required for GitHub to parse them.
 */
export function renderFindingTable(findings: readonly Finding[], options: FindingTableOptions): string[] {
  const visible = findings.slice(0, options.collapseAfter);
  const rest = findings.slice(options.collapseAfter);
  const lines = [...HEADER, ...visible.map((finding) => renderFindingRow(finding, options.links))];
  if (rest.length > 0) {
    const counts = formatFindingCounts(rest, SEVERITY_ICON);
    lines.push('', `<details><summary>${rest.length} more (${counts})</summary>`, '', ...HEADER);
    lines.push(...rest.map((finding) => renderFindingRow(finding, options.links)), '', '</details>');
  }
  return lines;
}

/** One table row; every cell is escaped or built from typed values. */
export function renderFindingRow(finding: Finding, links?: RepoLinks): string {
  const cells = [
    renderSeverity(finding),
    renderLocation(finding.location, links),
    renderWhat(finding),
    finding.evidence ? codeSpan(finding.evidence, 120) : NONE,
    renderFix(finding)
  ];
  return `| ${cells.join(' | ')} |`;
}

/** `path:line` (linked when possible), `GET https://…`, or `env NAME`; `—` without a location. */
export function renderLocation(location: Location | undefined, links?: RepoLinks): string {
  if (!location) return NONE;
  switch (location.kind) {
    case 'file':
      return renderFilePosition(location.path, location.line, links);
    case 'url': {
      const target = location.method ? `${location.method} ${location.url}` : location.url;
      return codeSpan(target, 300);
    }
    case 'env': {
      const name = `env ${codeSpan(location.name, 100)}`;
      return location.file ? `${name} in ${renderFilePosition(location.file, location.line, links)}` : name;
    }
  }
}

function renderFilePosition(path: string, line: number | undefined, links?: RepoLinks): string {
  const hasLine = line !== undefined && Number.isInteger(line) && line > 0;
  const code = codeSpan(hasLine ? `${path}:${line}` : path, 300);
  const url = links ? fileLineUrl(links, path, hasLine ? line : 0) : undefined;
  return url ? `[${code}](${url})` : code;
}

/** Severity, then what qualifies it: a known (baselined) finding, a confidence below high. */
function renderSeverity(finding: Finding): string {
  const notes = [
    finding.known ? 'known (baseline)' : undefined,
    finding.confidence && finding.confidence !== 'high' ? `${finding.confidence} confidence` : undefined
  ].filter(Boolean);
  return [`${SEVERITY_ICON[finding.severity]} ${finding.severity}`, ...notes].join('<br>');
}

function renderWhat(finding: Finding): string {
  const title = escapeMarkdown(finding.title.trim() || finding.ruleId, 200);
  const message = escapeMarkdown(finding.message);
  const commit = finding.location?.kind === 'file' ? finding.location.commit : undefined;
  const origin = commit
    ? `<br>in commit ${codeSpan(commit.sha.slice(0, 12), 20)} by ${escapeMarkdown(commit.author, 100)}, ${escapeMarkdown(commit.date.slice(0, 10), 20)}`
    : '';
  return `**${title}** ${codeSpan(finding.ruleId, 100)}${message ? `<br>${message}` : ''}${origin}`;
}

/** The remediation, then the exact line that suppresses the finding when it is not a secret. */
function renderFix(finding: Finding): string {
  const fix = finding.remediation ? escapeMarkdown(finding.remediation) : '';
  const suppress = finding.suppressWith ? `Not a secret? Add ${codeSpan(finding.suppressWith, 300)}` : '';
  return [fix, suppress].filter(Boolean).join('<br>') || NONE;
}
