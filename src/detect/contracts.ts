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
import type { Automaton } from './keyword-automaton.js';
import type { SecretsConfig } from '../config/config-types.js';
import type { CommitRef, Confidence, Finding, Severity } from '../report/finding.js';

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
  /**
   * Lowercase ASCII substrings, one of which must occur for the rule to run (the prefilter, any
   * case). See `keywordScope` for where. Empty: always run, on the whole text.
   */
  keywords: string[];
  /**
   * Where a keyword must be: `line` (the rule runs only on the lines that hold one: the keyword is
   * part of what the pattern matches, e.g. `ghp_`) or `file` (anywhere in the text: a context word
   * such as `discord` for a bare token). File-scope rules are always `file`. Default for line-scope
   * rules: `line` when one of the keywords is written literally in the pattern's source, else
   * `file` — set it when that guess is wrong (a keyword only in an optional part of the pattern).
   */
  keywordScope?: 'line' | 'file';
  /**
   * A `keywordScope: 'line'` rule whose pattern looks back from its keyword's line to the line
   * before (a name on one line, the value under it): each keyword line is read with the line
   * before it. Without this, such a rule would have to read whole files (`scope: 'file'`).
   */
  readsLineBefore?: boolean;
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
  /**
   * Confidence by the value, when there is no checksum: a guessing rule is surer of a value that is
   * clearly generated than of one a person may have typed. Overrides `confidence`.
   */
  confidenceOf?: (secret: string) => Confidence;
  /** Rule-specific false positives beyond the shared filters (documented example keys, …). */
  isFalsePositive?: (secret: string, lineText: string) => boolean;
  /** How to fix it: how to rotate this provider's credential first, then remove it. */
  remediation: string;
  /**
   * Category for docs: cloud, source-host, payments, comms, ai, registry, saas, key, database, generic.
   * The scanner also reads it: `generic` matches yield to a provider rule's match on the same text,
   * `public`/`publishable` names are skipped for generic rules only, and values of the provider
   * categories (not `database`, `generic` or none) get the fast fingerprint (see engine/fingerprint.ts).
   */
  category?: string;
  /**
   * Shared false-positive filters this rule opts out of because the shape is its documented format,
   * e.g. Heroku API keys are UUIDs: `['uuid']`. Default: none (every shared filter applies).
   */
  skipFilters?: readonly SharedFilterName[];
}

/** The shared false-positive filters (engine/filters/), in the order they run. */
export type SharedFilterName = 'generated-file' | 'placeholder' | 'uuid' | 'hash' | 'lockfile-integrity' | 'public-key' | 'test-fixture';

/** A piece of text to scan: a file of the tree, a changed file of a PR, a commit's patch, a log. */
export interface ScanSource {
  /** Repository- or scan-root-relative path with `/` separators. */
  path: string;
  /** The whole text; multi-line rules need it even when only some lines are reported. */
  text: string;
  /**
   * The bytes `text` was decoded from, when the source has them (a file read from disk, a git
   * blob): the scanner reads them rather than encoding the text again, when they are one byte per
   * character (see `asciiBytes`).
   */
  bytes?: Uint8Array;
  /** Report only matches that touch these 1-based lines (the lines a PR or push adds). Undefined: every line. */
  reportLines?: ReadonlySet<number>;
  /** `added` (diff), `present` (tree / folder), `history` (a commit's added lines), `artifact` (build output, logs). */
  origin: 'added' | 'present' | 'history' | 'artifact';
  /** The commit that added the lines, for history findings. */
  commit?: CommitRef;
  /**
   * For a `present` file that git does not have: `untracked`, `ignored` (a `.gitignore` rule
   * matches it) or `outside-git` (no repository). Absent: tracked, which is what a tree scan reads.
   * Findings say it, so a file git ignores is not called committed (#16).
   */
  gitState?: 'untracked' | 'ignored' | 'outside-git';
}

/** A secret-marked env var whose value is searched verbatim (and encoded) in artifacts. */
export interface KnownValue {
  name: string;
  value: string;
}

export interface ScannerOptions {
  /**
   * Every rule to run: the built-in pack plus `compileCustomRules(config.rules)`; the scanner does
   * not compile `config.rules` itself. `config.disableRules` is applied by the scanner.
   */
  rules: readonly SecretRule[];
  /** `allow` and `disableRules` are applied by the scanner; `scan`, `paths`, `artifacts` belong to the sources. */
  config: SecretsConfig;
  /** Values of env vars the env schema marks `secret`, searched in `artifact` sources. Values under 8 characters are skipped (see `notes()`). */
  knownValues?: readonly KnownValue[];
  /** For suppression expiry dates. */
  today: () => Date;
  /**
   * Salt of the fingerprints: the baseline's `salt` when there is a baseline (so fingerprints match
   * it), else the repository identity or nothing. Default `DEFAULT_FINGERPRINT_SALT`.
   */
  fingerprintSalt?: string;
  /** The fingerprint key (`fingerprintKeyFrom`), when the environment has one: keyed HMAC fingerprints, no scrypt. */
  fingerprintKey?: string;
  /** Workspace-relative path of launch-ready.yml, where findings about allow entries point. Default `launch-ready.yml`. */
  configFile?: string;
  /**
   * The prefilter's keyword automaton, as another scanner built it from the same rules and config
   * (`keywordAutomaton()`): a scan worker takes the main thread's rather than building its own.
   */
  automaton?: Automaton;
  /**
   * A large scan (tree, history, folders): person-chosen values are not stretched while scanning;
   * `settleFingerprints` gives them located fingerprints, and `valueFingerprints` stretches them
   * when a baseline needs them (see report/fingerprint.ts). Default false: every fingerprint final
   * straight from `scan`, scrypt included.
   */
  deferStretching?: boolean;
  /**
   * A scan worker's scanner: values whose fingerprint needs scrypt get provisional ids and go into
   * `takeShare().toStretch` for the main thread's scanner to publish and stretch. Default false.
   */
  handOverStretching?: boolean;
}

/**
 * What a scan worker's scanner hands the main thread's (`takeShare` → `absorb`), so the run reports
 * as if one scanner had read every file: the allow entries used, the inline markers left unused,
 * the values to stretch, and which kinds of source were read (for the end-of-run judgements).
 */
export interface ScannerShare {
  /** Indices in `secrets.allow` of the entries that accepted a finding. */
  allowUsed: number[];
  unusedMarkers: Finding[];
  /** `[provisional id, input]` of each value whose fingerprint needs scrypt (see fingerprint.ts). */
  toStretch: Array<[string, string]>;
  scannedAny: boolean;
  scannedInPart: boolean;
  scannedArtifact: boolean;
}

export interface SecretScanner {
  /** Scans one source; findings are redacted, fingerprinted and sorted by line. */
  scan(source: ScanSource): Finding[];
  /**
   * After the last scan: suppressions that matched nothing, as low findings: config allow entries
   * (only when every source was scanned in full, see create-scanner.ts), inline markers of sources
   * scanned in full, expired allow entries, and `disableRules` ids that name no rule.
   */
  unusedSuppressions(): Finding[];
  /**
   * Whether `secrets.allow` accepts a finding made beside the scanner, which holds no value (a
   * committed env file); an entry that does counts as used. Expired entries accept nothing.
   */
  allows(finding: { ruleId: string; path: string }): boolean;
  /**
   * After the last scan: what the scanner could not do, as info findings: known values too short
   * to search (under 8 characters), reported once an artifact source was scanned.
   */
  notes(): Finding[];
  /**
   * The findings with the fingerprints a report publishes: with `deferStretching`, a finding whose
   * value needs scrypt carries a provisional id until then, and gets a located fingerprint. Call it
   * once, with every finding of the run, after the last scan and before any fingerprint is shown or
   * compared (baseline, de-duplication).
   */
  settleFingerprints(findings: readonly Finding[]): Promise<Finding[]>;
  /** Whether a settled finding's value fingerprint (what a baseline holds) would take a scrypt: located, its value not stretched yet. */
  needsStretching(finding: Finding): boolean;
  /**
   * Settled findings with the fingerprints a baseline holds: a located one's value stretched (each
   * distinct value once, in the thread pool), the others as they are.
   */
  valueFingerprints(findings: readonly Finding[]): Promise<Finding[]>;
  /** How many distinct values went through scrypt so far in this run. */
  stretchedCount(): number;
  /** A worker's side: what this scanner learned since the last call that the main scanner must know. */
  takeShare(): ScannerShare;
  /** The prefilter's keyword automaton, for a scanner built from the same rules (`ScannerOptions.automaton`). */
  keywordAutomaton(): Automaton;
  /** The main side: takes in a worker scanner's share (see {@link ScannerShare}). */
  absorb(share: ScannerShare): void;
}
