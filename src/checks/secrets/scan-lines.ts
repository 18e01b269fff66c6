/**
 * The first form of the scanner (lines in, findings out), kept as a thin adapter over
 * `createSecretScanner` until every source hands the engine whole-file `ScanSource`s; then this
 * file goes. The lines are laid out at their line numbers in one text, and only they are reported.
 */
import type { SecretsConfig } from '../../config/config-types.js';
import type { Finding } from '../../report/finding.js';
import type { SecretRule, SecretScanner } from './engine/contracts.js';
import { createSecretScanner } from './engine/create-scanner.js';
import type { AllowCandidate } from './engine/suppressions/config-allow.js';

export { IGNORE_MARKER } from './engine/suppressions/inline-markers.js';

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
  isAllowed?: (candidate: AllowCandidate) => boolean;
}

const NO_CONFIG: SecretsConfig = {
  scan: 'diff',
  paths: { include: [], exclude: [] },
  artifacts: [],
  allow: [],
  disableRules: [],
  rules: []
};

const allowNothing = (): boolean => false;

/** One scanner per rule list and allow predicate: the fingerprint key and prefilter are built once. */
const scanners = new WeakMap<readonly SecretRule[], WeakMap<object, SecretScanner>>();

/** Scans the lines of one file with every rule; findings are in line order. */
export function scanLines(input: ScanInput, rules: readonly SecretRule[], options: ScanOptions = {}): Finding[] {
  const scanner = scannerFor(rules, options.isAllowed ?? allowNothing);
  const byLine: string[] = [];
  for (const { line, text } of input.lines) byLine[line - 1] = text;
  const text = Array.from(byLine, (line) => line ?? '').join('\n');
  return scanner.scan({
    path: input.path,
    text,
    reportLines: new Set(input.lines.map(({ line }) => line)),
    origin: options.origin ?? 'added'
  });
}

function scannerFor(rules: readonly SecretRule[], isAllowed: (candidate: AllowCandidate) => boolean): SecretScanner {
  let byPredicate = scanners.get(rules);
  if (!byPredicate) scanners.set(rules, (byPredicate = new WeakMap()));
  let scanner = byPredicate.get(isAllowed);
  if (!scanner) {
    scanner = createSecretScanner({ rules, config: NO_CONFIG, today: () => new Date() }, { extraAllow: isAllowed });
    byPredicate.set(isAllowed, scanner);
  }
  return scanner;
}
