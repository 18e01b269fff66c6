/**
 * The one data model every check returns and every renderer reads.
 * A check fills these with data only: the renderers turn them into words.
 */

/** Ordered most severe first; `SEVERITIES.indexOf` is the rank used for sorting and the gate. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Where a finding points: a file position, a route/URL, or an env var name. */
export type Location =
  | {
      kind: 'file';
      path: string;
      line: number;
      column?: number;
      /** Exclusive, as SARIF's region `endColumn`. */
      endColumn?: number;
      /** For findings from git history: the commit that added it. */
      commit?: CommitRef;
    }
  | { kind: 'url'; url: string; method?: string }
  | { kind: 'env'; name: string; file?: string; line?: number };

/** A commit in a history finding; the author is a name, never an email (the comment is public). */
export interface CommitRef {
  sha: string;
  author: string;
  /** ISO 8601 date of the commit. */
  date: string;
}

/** How sure the rule is: a verified checksum is `high`, a failed one or an entropy guess `low`. */
export type Confidence = 'high' | 'medium' | 'low';

export interface Finding {
  /** The check that produced it, e.g. `secrets`. */
  check: string;
  /** Stable rule identifier, e.g. `github-token`. */
  ruleId: string;
  severity: Severity;
  /** Short name of the problem, e.g. "GitHub personal access token". */
  title: string;
  /** One sentence saying what was found; never contains a secret value. */
  message: string;
  location?: Location;
  /** Redacted evidence: a shape such as `ghp_… (40 chars)`, never the value. */
  evidence?: string;
  /** Stable across runs for the same problem: used for baselines and de-duplication. */
  fingerprint: string;
  /** How to fix it, one or two sentences. */
  remediation?: string;
  /** Set by checks that can be wrong (secrets); absent means the check is certain. */
  confidence?: Confidence;
  /**
   * A known finding, accepted in a baseline: reported so it is not forgotten, never fails the gate
   * and not counted in the verdict.
   */
  known?: boolean;
  /** The exact line to paste to suppress it (an inline comment or a config entry). */
  suppressWith?: string;
}

/**
 * A small table a check wants shown beside its findings (e.g. the env check's variable ×
 * environment matrix). Cells are plain text: renderers escape them.
 */
export interface ResultTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/**
 * The table of a check's results with this title; a title may carry a note after it in brackets
 * (the perf table's client overhead), so readers find tables by name, not by their whole text.
 */
export function tableTitled(tables: readonly ResultTable[] | undefined, title: string): ResultTable | undefined {
  return tables?.find((table) => table.title === title || table.title.startsWith(`${title} (`));
}

export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'errored';

export interface CheckResult {
  check: string;
  status: CheckStatus;
  findings: Finding[];
  /** Numbers worth showing: files scanned, latency percentiles, … */
  metrics: Record<string, number>;
  durationMs: number;
  /** Why the check was skipped or could not run. */
  reason?: string;
  tables?: ResultTable[];
  /** Line charts to show beside the tables, e.g. the perf check's p95 trend. */
  charts?: LineChart[];
}

/**
 * A small line chart: one value per label for each series (the perf check's recent p95s). Drawn
 * as a Mermaid `xychart-beta` in Markdown (GitHub renders it in comments); the text output skips it.
 */
export interface LineChart {
  title: string;
  /** The x axis, e.g. the dates of the recorded runs and `now`. */
  labels: string[];
  /** e.g. `ms`. */
  unit: string;
  series: Array<{ name: string; values: number[] }>;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Most severe first, then by check, location and rule so output is stable across runs. */
/**
 * `localeCompare(…, 'en', { numeric: true })` made once, on first use: that call builds a collator
 * each time (100 ms to sort 4,000 findings), and the first `Intl` object costs ~6 ms at the start
 * of every thread that loads this module (scan workers too), sorting or not.
 */
let numericCollator: Intl.Collator | undefined;

export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(Boolean(a.known)) - Number(Boolean(b.known)) ||
    severityRank(a.severity) - severityRank(b.severity) ||
    a.check.localeCompare(b.check) ||
    (numericCollator ??= new Intl.Collator('en', { numeric: true })).compare(locationKey(a.location), locationKey(b.location)) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function locationKey(location: Location | undefined): string {
  if (!location) return '';
  switch (location.kind) {
    case 'file':
      return `${location.path}:${String(location.line).padStart(9, '0')}:${location.column ?? 0}`;
    case 'url':
      return `${location.method ?? 'GET'} ${location.url}`;
    case 'env':
      return `env:${location.name}`;
  }
}

export type SeverityCounts = Record<Severity, number>;

/** Counts the findings that count: known (baselined) findings are left out. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) if (!finding.known) counts[finding.severity] += 1;
  return counts;
}
