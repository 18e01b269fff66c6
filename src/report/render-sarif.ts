/**
 * SARIF 2.1.0 for GitHub code scanning. Only file-located findings become results: code scanning
 * shows alerts on lines of code, and a result without a physical location is rejected or shown
 * without context. Route and env findings live in the PR comment, the summary and the JSON report.
 */
import type { Finding, Severity } from './finding.js';
import type { Report } from './report.js';
import { allFindings } from './report.js';
import { escapeMarkdown } from './escape-markdown.js';
import { encodePath } from './link-url.js';
import type { SarifLevel, SarifLog, SarifRegion, SarifResult, SarifRule } from './sarif-types.js';

/** The `$schema` GitHub's own SARIF examples use. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/**
 * The partial fingerprint key: GitHub de-duplicates alerts across runs by it; bump on a format
 * change. v2: a person-chosen value without a fingerprint key is fingerprinted by where it is, not
 * by its value (report/fingerprint-located.ts, #16), so those alerts have new fingerprints once.
 */
export const FINGERPRINT_KEY = 'launchReady/v2';

/** Options of {@link renderSarif}. */
export interface SarifOptions {
  /** `driver.version`, the launch-ready version. */
  toolVersion: string;
  /** `driver.informationUri`, e.g. the project's README; left out when not given. */
  informationUri?: string;
}

const LEVEL: Readonly<Record<Severity, SarifLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note'
};

/**
 * GitHub maps `security-severity` to its labels: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium,
 * 0.1–3.9 low ("SARIF support for code scanning", reportingDescriptor object).
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: '0.0'
};

type FileFinding = Finding & { location: Extract<Finding['location'], { kind: 'file' }> };

/** Renders the report's file-located findings as one SARIF run. */
export function renderSarif(report: Report, options: SarifOptions): SarifLog {
  const findings = allFindings(report).filter((finding): finding is FileFinding => finding.location?.kind === 'file');
  const rules = buildRules(findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const driver = {
    name: 'launch-ready',
    version: options.toolVersion,
    ...(options.informationUri ? { informationUri: options.informationUri } : {}),
    rules
  };
  const results = findings.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId) ?? 0));
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [{ tool: { driver }, results }] };
}

/** One rule per rule id, sorted by id; a rule takes its metadata from its most severe finding. */
function buildRules(findings: readonly FileFinding[]): SarifRule[] {
  const first = new Map<string, Finding>();
  // `findings` is sorted most severe first, so the first one seen per id is its most severe.
  for (const finding of findings) if (!first.has(finding.ruleId)) first.set(finding.ruleId, finding);
  return [...first.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)).map(toRule);
}

function toRule(finding: Finding): SarifRule {
  const help = finding.remediation ?? `Review the finding and remove or rotate what it points at.`;
  return {
    id: finding.ruleId,
    name: pascalCase(finding.ruleId),
    shortDescription: { text: finding.title },
    fullDescription: { text: `${finding.title} (rule ${finding.ruleId} of the launch-ready ${finding.check} check).` },
    help: { text: help, markdown: escapeMarkdown(help, 2000) },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[finding.severity],
      precision: 'high',
      tags: ['security', finding.check]
    }
  };
}

function toResult(finding: FileFinding, ruleIndex: number): SarifResult {
  const { location } = finding;
  const region: SarifRegion = {
    startLine: Math.max(1, Math.trunc(location.line) || 1)
  };
  if (location.column !== undefined && location.column >= 1) {
    region.startColumn = Math.trunc(location.column);
    if (location.endColumn !== undefined && location.endColumn > location.column) region.endColumn = Math.trunc(location.endColumn);
  }
  const evidence = finding.evidence ? ` Evidence: ${finding.evidence}.` : '';
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: escapeSarifText(`${finding.message}${evidence}`) },
    locations: [
      { physicalLocation: { artifactLocation: { uri: encodePath(location.path), uriBaseId: '%SRCROOT%' }, region } }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    // SARIF 2.1.0 §3.27.24: a baselined finding is "unchanged", every other one "new".
    baselineState: finding.known ? 'unchanged' : 'new',
    ...(finding.confidence ? { properties: { confidence: finding.confidence } } : {})
  };
}

/** `github-token` → `GithubToken`: the rule's `name`, an identifier-like label SARIF recommends. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('') || 'Rule';
}

/**
 * In a SARIF plain-text message, `[text](n)` is an embedded link to a location (SARIF 2.1.0
 * §3.11.6, "Messages with embedded links"); a finding's message is PR-controlled, so literal brackets
 * are escaped with a backslash, and so is a backslash right before one.
 */
function escapeSarifText(text: string): string {
  return text.replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, (char) => `\\${char}`);
}
