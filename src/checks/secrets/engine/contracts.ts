/**
 * The contracts between the parts of the secrets engine, fixed first so rules, scanner, sources,
 * suppressions and benchmarks can be built side by side:
 *
 *   sources (git diff / tree / history / artifacts / any folder) ──ScanSource──► SecretScanner
 *   SecretScanner (prefilter → rules → decoding → false-positive filters → suppressions → redaction)
 *     ──Finding[]──► baseline (known) ──► the check's outcome
 *
 * The raw secret value exists only inside the scanner: sources hand it text, it hands back
 * redacted findings.
 */
import type { SecretsConfig } from '../../../config/config-types.js';
import type { CommitRef, Confidence, Finding, Severity } from '../../../report/finding.js';

/** One detection rule; built-in and custom rules share this shape. */
export interface SecretRule {
  /** Stable identifier, used in fingerprints, allow-lists and SARIF, e.g. `github-token`. */
  id: string;
  /** Short name of what was found, e.g. "GitHub token". */
  title: string;
  /** What the rule matches, for docs and SARIF. */
  description: string;
  /** Severity at high confidence; the scanner lowers it for low confidence. */
  severity: Severity;
  /** Lowercase substrings, one of which must occur for the rule to run (the prefilter). Empty: always run. */
  keywords: string[];
  /** Global (`g`) regular expression with `d` indices; the secret is group `secretGroup` (or the named group `secret`), else the whole match. */
  pattern: RegExp;
  secretGroup?: number;
  /** `line` (default): a match never spans lines; `file`: run over the whole text (PEM blocks, JSON key files). */
  scope?: 'line' | 'file';
  /** Minimum Shannon entropy in bits per character for the secret; below it there is no finding. */
  minEntropy?: number;
  /** Offline checksum: `true` valid (confidence high), `false` invalid (confidence low), `undefined` no checksum. */
  verify?: (secret: string) => boolean | undefined;
  /** Confidence when there is no checksum. Default `high` for provider formats with a fixed prefix. */
  confidence?: Confidence;
  /** Rule-specific false positives beyond the shared filters (documented example keys, …). */
  isFalsePositive?: (secret: string, lineText: string) => boolean;
  /** How to fix it: how to rotate this provider's credential first, then remove it. */
  remediation: string;
  /** Category for docs: cloud, source-host, payments, comms, ai, registry, saas, key, database, generic. */
  category?: string;
}

/** A piece of text to scan: a file of the tree, a changed file of a PR, a commit's patch, a log. */
export interface ScanSource {
  /** Repository- or scan-root-relative path with `/` separators. */
  path: string;
  /** The whole text; multi-line rules need it even when only some lines are reported. */
  text: string;
  /** Report only matches that touch these 1-based lines (the lines a PR or push adds). Undefined: every line. */
  reportLines?: ReadonlySet<number>;
  /** `added` (diff), `present` (tree / folder), `history` (a commit's added lines), `artifact` (build output, logs). */
  origin: 'added' | 'present' | 'history' | 'artifact';
  /** The commit that added the lines, for history findings. */
  commit?: CommitRef;
}

/** A secret-marked env var whose value is searched verbatim (and encoded) in artifacts. */
export interface KnownValue {
  name: string;
  value: string;
}

export interface ScannerOptions {
  rules: readonly SecretRule[];
  config: SecretsConfig;
  /** Values of env vars the env schema marks `secret`, searched in `artifact` sources. */
  knownValues?: readonly KnownValue[];
  /** For suppression expiry dates. */
  today: () => Date;
}

export interface SecretScanner {
  /** Scans one source; findings are redacted, fingerprinted and sorted by line. */
  scan(source: ScanSource): Finding[];
  /** After the last scan: suppressions (inline and config) that matched nothing, as low findings. */
  unusedSuppressions(): Finding[];
}
