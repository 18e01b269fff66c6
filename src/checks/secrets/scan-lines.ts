/**
 * The pure core of the secrets check: lines of one file in, findings out. The matched value lives
 * only inside this module: it is redacted and fingerprinted here, so nothing downstream (filters,
 * renderers, logs) ever holds it.
 */
import type { Finding } from '../../report/finding.js';
import type { AllowPredicate } from './allow-list.js';
import { fingerprintSecret } from './fingerprint.js';
import { isPlaceholder } from './placeholders.js';
import { redact } from './redact.js';
import type { SecretRule } from './rules.js';

/**
 * Put this on a line to skip it, e.g. a test fixture:
 * `const key = 'AKIA…'; // launch-ready:ignore`. Prefer `secrets.allow` with a reason for anything
 * that is not a one-off: the marker is invisible in review and applies to every rule on the line.
 */
export const IGNORE_MARKER = 'launch-ready:ignore';

/**
 * Only this many characters of a line are scanned. Minified bundles and lockfiles have lines of
 * megabytes; scanning them in full multiplies the cost of every rule for lines that are generated
 * anyway. A secret in a bundle usually comes from the source file, which is scanned in full.
 */
export const MAX_SCANNED_LINE_CHARS = 4096;

/** One line of a file, `line` 1-based in the file's new version. */
export interface SourceLine {
  line: number;
  text: string;
}

/** The lines of one file to scan. */
export interface ScanInput {
  /** Repository-relative path with `/` separators. */
  path: string;
  lines: readonly SourceLine[];
}

/** Options of {@link scanLines}. */
export interface ScanOptions {
  /** `added` (default) for lines a change adds, `present` for a file scanned as a whole. */
  origin?: 'added' | 'present';
  /** Matches to drop (the `secrets.allow` list); default none. */
  isAllowed?: AllowPredicate;
}

/** Scans the lines of one file with every rule; findings are in line order. */
export function scanLines(
  input: ScanInput,
  rules: readonly SecretRule[],
  options: ScanOptions = {}
): Finding[] {
  const findings: Finding[] = [];
  for (const { line, text } of input.lines) {
    if (text.includes(IGNORE_MARKER)) continue;
    const scanned = text.length > MAX_SCANNED_LINE_CHARS ? text.slice(0, MAX_SCANNED_LINE_CHARS) : text;
    const lower = scanned.toLowerCase();
    for (const rule of rules) {
      if (rule.keywords.length > 0 && !rule.keywords.some((keyword) => lower.includes(keyword))) continue;
      for (const match of scanned.matchAll(rule.pattern)) {
        const secret = extractSecret(match, rule);
        if (!secret || isPlaceholder(secret.value)) continue;
        if (options.isAllowed?.({ ruleId: rule.id, path: input.path, value: secret.value })) continue;
        findings.push(toFinding({ rule, path: input.path, line, secret, origin: options.origin ?? 'added' }));
      }
    }
  }
  return findings;
}

interface MatchedSecret {
  value: string;
  /** 0-based index in the line. */
  start: number;
}

/** Built-in rules name their group by number; custom rules by the name `secret` (see custom-rules.ts). */
function extractSecret(match: RegExpExecArray, rule: SecretRule): MatchedSecret | undefined {
  const named = match.groups?.['secret'];
  if (named !== undefined) {
    return nonEmpty(named, match.indices?.groups?.['secret']?.[0], match);
  }
  if (rule.secretGroup !== undefined) {
    return nonEmpty(match[rule.secretGroup], match.indices?.[rule.secretGroup]?.[0], match);
  }
  return nonEmpty(match[0], match.index, match);
}

function nonEmpty(
  value: string | undefined,
  start: number | undefined,
  match: RegExpExecArray
): MatchedSecret | undefined {
  if (!value) return undefined;
  return { value, start: start ?? match.index + Math.max(0, match[0].indexOf(value)) };
}

interface FindingInput {
  rule: SecretRule;
  path: string;
  line: number;
  secret: MatchedSecret;
  origin: 'added' | 'present';
}

/**
 * Columns are 1-based UTF-16 code units; `endColumn` is the column after the secret, as SARIF's
 * region `endColumn` (SARIF 2.1.0 §3.30.8, default `columnKind: utf16CodeUnits`).
 */
function toFinding({ rule, path, line, secret, origin }: FindingInput): Finding {
  const column = secret.start + 1;
  // The location travels separately; the message says what it means for the reader.
  const where = origin === 'added' ? 'Added by this change' : 'Committed in a tracked file';
  return {
    check: 'secrets',
    ruleId: rule.id,
    severity: rule.severity,
    title: rule.title,
    message: `${where}: anyone who can read the repository or its history can use it.`,
    location: { kind: 'file', path, line, column, endColumn: column + secret.value.length },
    evidence: redact(secret.value),
    fingerprint: fingerprintSecret(rule.id, path, secret.value),
    remediation: rule.remediation
  };
}
