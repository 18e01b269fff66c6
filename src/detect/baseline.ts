/**
 * The secrets baseline: a committed JSON file of the fingerprints of accepted findings. Findings
 * whose fingerprint is in it are `known`: reported, never failing the gate. Entries that no finding
 * matched any more are returned so they can be reported and removed.
 *
 * ```json
 * {
 *   "version": 1,
 *   "salt": "k3J…",
 *   "entries": [
 *     { "fingerprint": "9f2c41d0a7b3e815", "ruleId": "github-token", "path": "src/a.ts", "line": 3, "addedAt": "2025-06-01" }
 *   ]
 * }
 * ```
 *
 * The salt is the one the fingerprints were made with (`ScannerOptions.fingerprintSalt`): a scan
 * compared against the baseline must use it. A baseline written under a fingerprint key
 * (`LAUNCH_READY_FINGERPRINT_KEY`) also holds `"keyId"`, which names the key without revealing it,
 * so a scan without that key says so instead of calling every known secret new. Fingerprints hold no path, so an entry follows its
 * secret through renames and line moves; `path` and `line` only tell a reader where it was.
 * One entry per line, sorted, so a baseline change reads well in a diff.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { ConfigError } from '../errors.js';
import type { Finding } from '../report/finding.js';
import { DEFAULT_FINGERPRINT_SALT, fingerprintOf } from '../report/fingerprint.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** Where the finding was when the baseline was written; informational. */
  path: string;
  line: number;
  /** `YYYY-MM-DD` (UTC) the entry was first written. */
  addedAt: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  salt: string;
  /** `fingerprintKeyId` of the key the fingerprints were made under; absent without a key. */
  keyId?: string;
  entries: BaselineEntry[];
}

/** A new random salt for a new baseline (16 bytes, base64url). */
export function createBaselineSalt(random: (size: number) => Buffer = randomBytes): string {
  return random(16).toString('base64url');
}

/** The baseline at `path`; undefined when there is no file. @throws ConfigError naming the file when it is malformed. */
export async function readBaseline(path: string): Promise<Baseline | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseBaseline(text, path);
}

export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`the secrets baseline is not valid JSON (${(error as Error).message}); expected a file written by \`launch-ready secrets baseline\``, { file });
  }
  const problem = baselineProblem(data);
  if (problem) throw new ConfigError(`the secrets baseline is malformed: ${problem}; regenerate it with \`launch-ready secrets baseline\``, { file });
  return data as Baseline;
}

function baselineProblem(data: unknown): string | undefined {
  if (!isRecord(data)) return 'expected a JSON object';
  if (data.version !== BASELINE_VERSION) return `expected "version": ${BASELINE_VERSION}, got ${JSON.stringify(data.version)}`;
  if (typeof data.salt !== 'string' || data.salt === '') return 'expected "salt" to be a non-empty string';
  if (data.keyId !== undefined && (typeof data.keyId !== 'string' || !/^[0-9a-f]{16}$/.test(data.keyId))) return 'expected "keyId" to be 16 hex digits';
  if (!Array.isArray(data.entries)) return 'expected "entries" to be a list';
  const bad = data.entries.findIndex((entry) => !isEntry(entry));
  return bad === -1 ? undefined : `entries[${bad}]: expected fingerprint, ruleId, path (strings), line (a number) and addedAt (YYYY-MM-DD)`;
}

function isEntry(entry: unknown): entry is BaselineEntry {
  return (
    isRecord(entry) &&
    typeof entry.fingerprint === 'string' &&
    typeof entry.ruleId === 'string' &&
    typeof entry.path === 'string' &&
    typeof entry.line === 'number' &&
    typeof entry.addedAt === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(entry.addedAt)
  );
}

export interface WriteBaselineOptions {
  /** Today, for `addedAt` of new entries. Default: now. */
  now?: () => Date;
  /** `fingerprintKeyId` of the key the findings' fingerprints were made under, if any. */
  keyId?: string;
}

/**
 * Writes the baseline of `findings` (one entry per fingerprint, the first place it was found).
 * `salt` is the salt their fingerprints were made with; without it, the default salt. Entries
 * already in the file at `path` keep their `addedAt`. Returns what was written.
 */
export async function writeBaseline(
  path: string,
  findings: readonly Finding[],
  salt: string = DEFAULT_FINGERPRINT_SALT,
  options: WriteBaselineOptions = {}
): Promise<Baseline> {
  const previous = await readBaseline(path).catch(() => undefined);
  const sameFingerprints = previous?.salt === salt && previous.keyId === options.keyId;
  const addedAt = new Map(sameFingerprints ? previous.entries.map((entry) => [entry.fingerprint, entry.addedAt]) : []);
  const today = (options.now ?? (() => new Date()))().toISOString().slice(0, 10);
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if (entries.has(finding.fingerprint)) continue;
    const location = finding.location?.kind === 'file' ? finding.location : undefined;
    entries.set(finding.fingerprint, {
      fingerprint: finding.fingerprint,
      ruleId: finding.ruleId,
      path: location?.path ?? '',
      line: location?.line ?? 0,
      addedAt: addedAt.get(finding.fingerprint) ?? today
    });
  }
  const baseline: Baseline = { version: BASELINE_VERSION, salt, ...(options.keyId ? { keyId: options.keyId } : {}), entries: [...entries.values()].sort(byPlace) };
  await writeFile(path, formatBaseline(baseline), 'utf8');
  return baseline;
}

/** JSON with one entry per line. */
export function formatBaseline(baseline: Baseline): string {
  const entries = baseline.entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
  const list = entries === '' ? '[]' : `[\n${entries}\n  ]`;
  const keyId = baseline.keyId ? `\n  "keyId": ${JSON.stringify(baseline.keyId)},` : '';
  return `{\n  "version": ${baseline.version},\n  "salt": ${JSON.stringify(baseline.salt)},${keyId}\n  "entries": ${list}\n}\n`;
}

export interface AppliedBaseline {
  /** The findings, those in the baseline marked `known: true`. */
  findings: Finding[];
  /** Entries no finding matched: fixed, or moved out of what was scanned. */
  unused: BaselineEntry[];
}

export function applyBaseline(findings: readonly Finding[], baseline: Baseline | undefined): AppliedBaseline {
  if (!baseline) return { findings: [...findings], unused: [] };
  const byFingerprint = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry]));
  const matched = new Set<string>();
  const marked = findings.map((finding) => {
    if (!byFingerprint.has(finding.fingerprint)) return finding;
    matched.add(finding.fingerprint);
    return { ...finding, known: true };
  });
  return { findings: marked, unused: baseline.entries.filter((entry) => !matched.has(entry.fingerprint)) };
}

/**
 * Low findings for unused entries, at the baseline file. Only meaningful after a full scan (tree,
 * folder, history): a PR scan sees few of the baselined secrets.
 */
export function unusedBaselineFindings(unused: readonly BaselineEntry[], baselineFile: string): Finding[] {
  return unused.map((entry) => ({
    check: 'secrets',
    ruleId: 'baseline-entry-unused',
    severity: 'low',
    confidence: 'high',
    title: 'Baseline entry no longer found',
    message: `The baseline entry for ${entry.ruleId} (was ${entry.path}:${entry.line}) matched no finding: remove it, or regenerate the baseline.`,
    location: { kind: 'file', path: baselineFile, line: 1 },
    fingerprint: fingerprintOf('baseline-entry-unused', entry.fingerprint),
    remediation: 'Run `launch-ready secrets baseline` to rewrite the baseline without it.'
  }));
}

function byPlace(a: BaselineEntry, b: BaselineEntry): number {
  return a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
