/**
 * The sticky PR comment: what broke, where, and how to fix it, readable in seconds. Pure: the
 * publisher finds the previous comment by `marker` and upserts this body.
 */
import type { Report } from './report.js';
import { allFindings, orderResults } from './report.js';
import type { RepoLinks } from './link-url.js';
import { safeHttpUrl } from './link-url.js';
import { fitFindings } from './fit-findings.js';
import type { Finding } from './finding.js';
import { renderHiddenPointer, renderOneLiner, renderVerdict } from './markdown-parts.js';
import { needsSection, renderCheckSection } from './render-check-section.js';

/** GitHub rejects longer bodies: "Body is too long (maximum is 65536 characters)". */
export const COMMENT_MAX_LENGTH = 65_536;
/** Rows per check before the rest are folded into `<details>`, so one noisy check cannot bury the others. */
export const COMMENT_VISIBLE_ROWS = 10;

/** Options of {@link renderComment}. */
export interface CommentOptions {
  /** Hidden HTML comment that identifies our comment, e.g. `<!-- launch-ready:comment -->`; written first. */
  marker: string;
  /** Upper bound on `body.length`; default {@link COMMENT_MAX_LENGTH}. */
  maxLength?: number;
  /** Link file locations to `${repoUrl}/blob/${sha}/${path}#L${line}`; plain paths without. */
  links?: RepoLinks;
  /** The job summary with the full report, linked from the "not shown" line. */
  summaryUrl?: string;
}

/**
 * Renders the comment body: marker, verdict, one section per check with findings (most severe check
 * first), then one line per check that passed or was skipped. When the body would exceed
 * `maxLength`, rows are dropped from the least severe end and a line points to the job summary.
 */
export function renderComment(report: Report, options: CommentOptions): string {
  const maxLength = options.maxLength ?? COMMENT_MAX_LENGTH;
  const fitted = fitFindings(
    allFindings(report),
    (shown, hidden) => renderBody(report, options, shown, hidden),
    (text) => text.length <= maxLength
  );
  if (fitted !== undefined) return fitted;
  // Not even the sections without rows fit (a tiny limit, or very many checks): verdict and pointer.
  const hidden = report.results.reduce((total, result) => total + result.findings.length, 0);
  const minimal = [options.marker, ...renderVerdict(report), '', pointer(hidden, options.summaryUrl), ''].join('\n');
  return minimal.slice(0, maxLength);
}

function renderBody(report: Report, options: CommentOptions, shown: ReadonlySet<Finding>, hidden: number): string {
  const results = orderResults(report.results);
  const lines = [options.marker, ...renderVerdict(report)];
  const sectionOptions = {
    links: options.links,
    collapseAfter: COMMENT_VISIBLE_ROWS,
    isShown: (finding: Finding) => shown.has(finding)
  };
  for (const result of results.filter(needsSection)) lines.push(...renderCheckSection(result, sectionOptions));
  const others = results.filter((result) => !needsSection(result));
  if (others.length > 0) lines.push('', ...others.map((result) => `- ${renderOneLiner(result)}`));
  if (hidden > 0) lines.push('', pointer(hidden, options.summaryUrl));
  return `${lines.join('\n')}\n`;
}

function pointer(hidden: number, summaryUrl: string | undefined): string {
  const url = summaryUrl ? safeHttpUrl(summaryUrl) : undefined;
  const where = url ? `[job summary](${url})` : 'job summary';
  return renderHiddenPointer(hidden, `see the full report in the ${where}`);
}
