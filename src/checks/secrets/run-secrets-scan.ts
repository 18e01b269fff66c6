/**
 * One secrets scan, shared by the check (files from a PR, a push, the tree or the history) and the
 * `launch-ready secrets` commands (any folder): the scanner is built once, every stream goes
 * through it, the baseline marks accepted findings as known, and the result is a CheckOutcome with
 * the metrics and, when the sources could not see everything, a reason that says what was missed.
 */
import { resolve } from 'node:path';
import type { CheckDeps, CheckOutcome } from '../check.js';
import type { Config } from '../../config/config-types.js';
import type { Finding } from '../../report/finding.js';
import { COMMITTED_ENV_FILE_RULE } from './committed-env-file.js';
import { describeSkips, scannedNothing } from './describe-skips.js';
import { readBaseline, unusedBaselineFindings } from '../../detect/baseline.js';
import type { SecretScanner } from '../../detect/contracts.js';
import { fingerprintKeyFrom, slowFingerprintsNote, usableBaseline } from '../../detect/fingerprint-key.js';
import { knownValuesFrom } from '../../config/secret-env-values.js';
import { matchBaseline, type ValueFingerprints } from './match-baseline.js';
import { startScanWorkers } from './parallel/scan-workers.js';
import { scanMetrics, scanSources, type ScanSourcesOptions, type ScanTally, type SourceStreamEntry } from './scan-sources.js';
import { createScannerFromSetup, type ScannerSetup } from './scanner-setup.js';
import type { Coverage } from './sources/source-item.js';

/** Inputs of {@link runSecretsScan}. */
export interface SecretsScanInput {
  config: Config;
  /** Where `secrets.baseline` is relative to (the repository root, or the CLI's current directory). */
  workspace: string;
  /** Opened streams, read in order. */
  streams: readonly SourceStreamEntry[];
  /** What the sources learned while opening and reading (commits, notes). */
  coverage: Coverage;
  /** `change`: a PR or push diff, which sees only part of the files; `full`: tree, history, folder. */
  extent: 'change' | 'full';
  /** Whether the scan reads commits (diffs and history), so `commitsScanned` is reported. */
  readsCommits: boolean;
  deps: Pick<CheckDeps, 'env' | 'clock' | 'threads'>;
}

/** What a scan found before the baseline: secrets (and env files), and findings about the config. */
export interface CollectedFindings {
  /** Secrets and committed env files, allow-listed ones removed; what a baseline records. */
  secrets: Finding[];
  /** Unused or expired suppressions, unknown disabled rules, known values too short to search. */
  housekeeping: Finding[];
  tally: ScanTally;
  /**
   * The scanner's fingerprints: `secrets` carry the published ones, and a person-chosen value's
   * stretched one (what a baseline holds) is made on demand, as matching or writing a baseline needs.
   */
  fingerprints: ValueFingerprints & Pick<SecretScanner, 'stretchedCount'>;
}

/**
 * Scans the streams and applies the baseline. `skipped` when files were given, none was scanned and
 * nothing was found; passed or failed is the report's to decide, from the findings. The reason says
 * what was missed: commits or files the sources could not see, and files skipped, how many and why.
 */
export async function runSecretsScan(input: SecretsScanInput): Promise<CheckOutcome> {
  const baselineFile = input.config.secrets.baseline;
  const baseline = baselineFile ? await readBaseline(resolve(input.workspace, baselineFile)) : undefined;
  const key = fingerprintKeyFrom(input.deps.env);
  const usable = baseline && baselineFile ? usableBaseline(baseline, key, input.extent, baselineFile) : {};
  const collected = await collectSecretFindings(input, { salt: baseline?.salt, key });
  const applied = await matchBaseline(collected.secrets, usable.baseline, collected.fingerprints);
  // A diff sees few of the baselined secrets: an entry is "unused" only after a full scan.
  const unused = input.extent === 'full' && baselineFile ? unusedBaselineFindings(applied.unused, baselineFile) : [];
  const notes = [usable.note, applied.note, slowFingerprintsNote(collected.fingerprints.stretchedCount())].filter((note) => note !== undefined);
  // De-duplicated and sorted with every check's, when the report is assembled.
  const findings = [...applied.findings, ...collected.housekeeping, ...unused, ...notes];
  const failed = findings.some((finding) => !finding.known && finding.severity !== 'info');
  const partial = input.coverage.notes.length > 0 ? `partial scan: ${input.coverage.notes.join('; ')}` : undefined;
  const reasons = [partial, describeSkips(collected.tally)].filter((reason) => reason !== undefined);
  return {
    ...(!failed && scannedNothing(collected.tally) ? { status: 'skipped' as const } : {}),
    findings,
    metrics: scanMetrics(collected.tally, input.coverage, { commits: input.readsCommits }),
    reason: reasons.length > 0 ? reasons.join('; ') : undefined
  };
}

/** How fingerprints are made: a baseline's salt, and the fingerprint key when the environment has one. */
export interface FingerprintScheme {
  salt?: string;
  key?: string;
}

/** Scans the streams with fingerprints made as `scheme` says, without applying a baseline. */
export async function collectSecretFindings(input: SecretsScanInput, scheme: FingerprintScheme = {}): Promise<CollectedFindings> {
  const { config, deps } = input;
  const setup: ScannerSetup = {
    secrets: config.secrets,
    knownValues: knownValuesFrom(config.env, deps.env),
    today: deps.clock.today().toISOString(),
    fingerprintSalt: scheme.salt,
    fingerprintKey: scheme.key,
    configFile: config.file
  };
  const threads = deps.threads && deps.threads.count > 1 ? deps.threads : undefined;
  const scanner: SecretScanner = createScannerFromSetup(setup, 'main');
  // The workers take the main thread's keyword automaton, built already, rather than each building its own as it starts.
  const workerSetup: ScannerSetup = { ...setup, automaton: scanner.keywordAutomaton() };
  const options: ScanSourcesOptions = threads
    ? {
        startWorkers: (scanHere) =>
          startScanWorkers({
            url: threads.workerUrl,
            count: threads.count - 1,
            ...(threads.prestarted ? { prestarted: threads.prestarted } : {}),
            setup: workerSetup,
            absorb: (share) => scanner.absorb(share),
            scanHere
          }),
        startWorkersAtOnce: input.extent === 'full'
      }
    : {};
  const scanned = await scanSources(input.streams, scanner, options);
  const findings = await scanner.settleFingerprints(scanned.findings);
  const { tally } = scanned;
  return {
    // Before unusedSuppressions(): an allow entry used only by an env-file finding counts as used.
    secrets: allowEnvFiles(findings, scanner),
    housekeeping: [...scanner.unusedSuppressions(), ...scanner.notes()],
    tally,
    fingerprints: scanner
  };
}

/**
 * `secrets.allow` entries apply to committed env files too (by rule and path: the finding has no
 * value). The scanner applies them to its own findings; this finding is made beside it.
 */
function allowEnvFiles(findings: readonly Finding[], scanner: SecretScanner): Finding[] {
  return findings.filter(
    (finding) =>
      finding.ruleId !== COMMITTED_ENV_FILE_RULE ||
      finding.location?.kind !== 'file' ||
      !scanner.allows({ ruleId: finding.ruleId, path: finding.location.path })
  );
}
