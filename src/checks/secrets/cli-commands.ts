/**
 * `launch-ready secrets scan [PATH…]` and `launch-ready secrets baseline [PATH]`: the secrets
 * scanner on any folder or file, git repository or not (like `gitleaks dir`), or on a repository's
 * history with `--history`; same rules, suppressions, baseline and output formats as `run`.
 * Paths, the config and the baseline are relative to the current directory.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createChosenFilter, createPathFilter } from '../../files/filter-paths.js';
import { collectSecretFindings, runSecretsScan, type SecretsScanInput } from './run-secrets-scan.js';
import type { SourceStreamEntry } from './scan-sources.js';
import { createBaselineSalt, readBaseline, writeBaseline } from '../../detect/baseline.js';
import { FINGERPRINT_KEY_VARIABLE, fingerprintKeyFrom, fingerprintKeyId } from '../../detect/fingerprint-key.js';
import { readFolderFiles } from './sources/folder-files.js';
import { folderGitStates } from './sources/folder-git-states.js';
import { readHistoryFiles } from './sources/history-files.js';
import type { WorkerThreads } from '../check.js';
import { systemClock } from '../../clock.js';
import { selectPaths } from './sources/shard.js';
import { emptyCoverage } from './sources/source-item.js';
import type { Config } from '../../config/config-types.js';
import { loadConfig } from '../../config/load-config.js';
import type { Shard } from '../../context/context.js';
import { readLocalContext } from '../../context/local-context.js';
import { ConfigError, EXIT } from '../../errors.js';
import { runGit } from '../../git/run-git.js';
import type { Logger } from '../../logger.js';
import { writeText } from '../../publish/write-report-files.js';
import type { CheckResult } from '../../report/finding.js';
import { buildReport } from '../../report/build-report.js';
import type { CliCommand } from '../../cli/parse-cli-args.js';
import { renderFormat } from '../../cli/render-format.js';
import { workerThreadsOf, type CliIo } from '../../cli/cli-io.js';

/** Where `secrets baseline` writes when neither `--output` nor `secrets.baseline` says. */
export const DEFAULT_BASELINE_FILE = '.launch-ready/secrets-baseline.json';

type ScanCommand = Extract<CliCommand, { name: 'secrets-scan' }>;
type BaselineCommand = Extract<CliCommand, { name: 'secrets-baseline' }>;

/** Scans, renders in `--format`, and returns 0 (passed) or 1 (findings at or above `--fail-on`). */
export async function secretsScanCommand(command: ScanCommand, io: CliIo): Promise<number> {
  const loaded = await loadConfig({ workspace: command.cwd, path: command.config });
  const config: Config = command.baseline ? { ...loaded, secrets: { ...loaded.secrets, baseline: command.baseline } } : loaded;
  const started = performance.now();
  const outcome = await runSecretsScan(await scanInput({ ...command, logger: io.logger, threads: workerThreadsOf(io) }, config));
  const result: CheckResult = {
    check: 'secrets',
    status: outcome.status ?? 'passed',
    findings: outcome.findings,
    metrics: outcome.metrics ?? {},
    durationMs: Math.round(performance.now() - started),
    reason: outcome.reason
  };
  // On stderr too: with `--format json` or `--output`, the report alone would not show it.
  if (result.status === 'skipped') io.logger.warning(`secrets: ${result.reason}`);
  const context = await readLocalContext({ cwd: command.cwd, shard: command.shard });
  const report = buildReport({ results: [result], config, context, failOn: command.failOn });
  const output = renderFormat(report, command.format, { color: io.color && !command.output });
  if (command.output) await writeText(command.output, output);
  else io.stdout(output);
  return report.gate.exitCode;
}

/**
 * Writes the fingerprints of today's findings (salted with the existing baseline's salt, or a new
 * random one) so they are reported as known from now on and never fail the gate.
 */
export async function secretsBaselineCommand(command: BaselineCommand, io: CliIo): Promise<number> {
  const config = await loadConfig({ workspace: command.cwd, path: command.config });
  const file = resolve(command.cwd, command.output ?? config.secrets.baseline ?? DEFAULT_BASELINE_FILE);
  const salt = (await readBaseline(file))?.salt ?? createBaselineSalt();
  const key = fingerprintKeyFrom(process.env);
  const scan = await scanInput({ paths: [command.path], cwd: command.cwd, history: command.history, logger: io.logger, threads: workerThreadsOf(io) }, config);
  const { secrets, fingerprints } = await collectSecretFindings(scan, { salt, key });
  // The baseline holds each value's own fingerprint: stretched, for a person-chosen one without the key.
  const valued = await fingerprints.valueFingerprints(secrets);
  await mkdir(dirname(file), { recursive: true });
  const baseline = await writeBaseline(file, valued, salt, { keyId: key === undefined ? undefined : fingerprintKeyId(key) });
  const keyed = baseline.keyId ? ` (fingerprints under ${FINGERPRINT_KEY_VARIABLE}, key id ${baseline.keyId}: scans need the same key)` : '';
  io.stdout(`Wrote ${baseline.entries.length} finding${baseline.entries.length === 1 ? '' : 's'} to ${command.output ?? config.secrets.baseline ?? DEFAULT_BASELINE_FILE}${keyed}\n`);
  return EXIT.passed;
}

interface ScanTarget {
  paths: readonly string[];
  cwd: string;
  history: boolean;
  shard?: Shard;
  logger: Logger;
  threads?: WorkerThreads;
}

/** The folder walk, or the history of the repository at the one path; usage errors for bad paths. */
async function scanInput(target: ScanTarget, config: Config): Promise<SecretsScanInput> {
  const roots = await Promise.all(target.paths.map((path) => existingPath(target.cwd, path)));
  const isSelected = selectPaths(createPathFilter(config.secrets.paths), target.shard);
  const isChosen = createChosenFilter(config.secrets.paths);
  const coverage = emptyCoverage();
  let stream: SourceStreamEntry;
  if (target.history) {
    const workspace = await repositoryRoot(roots[0] ?? target.cwd, target.paths[0] ?? '.');
    stream = { items: readHistoryFiles({ workspace, isSelected, isChosen, logger: target.logger, coverage }), committed: true };
  } else {
    const gitStateOf = await folderGitStates(roots, target.cwd);
    stream = { items: readFolderFiles({ roots, base: target.cwd, isSelected, isChosen, gitStateOf }), committed: (path) => gitStateOf(path) === 'tracked' };
  }
  return {
    config,
    workspace: target.cwd,
    streams: [stream],
    coverage,
    extent: 'full',
    readsCommits: target.history,
    deps: { env: process.env, clock: systemClock(), threads: target.threads }
  };
}

async function existingPath(cwd: string, path: string): Promise<string> {
  const absolute = resolve(cwd, path);
  try {
    await stat(absolute);
  } catch {
    throw new ConfigError(`${path}: no such file or directory; expected a file or folder to scan`);
  }
  return absolute;
}

async function repositoryRoot(absolute: string, shown: string): Promise<string> {
  try {
    return (await runGit(['rev-parse', '--show-toplevel'], { cwd: absolute })).trim();
  } catch {
    throw new ConfigError(`${shown}: not a git repository; --history scans a repository's commits (scan a folder without --history)`);
  }
}
