/**
 * Runs the env check the way the pipeline does, on a real temp dir (or a real git repository when
 * files must count as committed), with a config parsed from YAML text and an explicit job env.
 */
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { checkDeps } from '../../helpers/check-deps.js';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CheckOutcome } from '../../../src/checks/check.js';
import { envCheck } from '../../../src/checks/env/index.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Config } from '../../../src/config/config-types.js';
import type { Context } from '../../../src/context/context.js';
import { recordingLogger } from '../../../src/logger.js';
import type { Finding } from '../../../src/report/finding.js';
import { createRepo } from '../../helpers/git-repo.js';

export const CONFIG_FILE = 'launch-ready.yml';

export interface EnvRunOptions {
  /** The `env:` section and anything else, as launch-ready.yml text. */
  yaml: string;
  /** Files of the workspace, by relative path: text (written as UTF-8) or bytes. */
  files?: Record<string, string | Uint8Array>;
  /** The job's environment (`CheckDeps.env`). */
  env?: Record<string, string | undefined>;
  context?: Partial<Context>;
  /** Commit the files to a real git repository (then env files count as committed). */
  git?: boolean;
}

export interface EnvRun {
  outcome: CheckOutcome;
  config: Config;
  logs: string[];
}

export async function runEnvCheck(options: EnvRunOptions): Promise<EnvRun> {
  const config = parseConfig(options.yaml, CONFIG_FILE);
  const workspace = await createWorkspace(options.files ?? {}, options.git ?? false);
  const logger = recordingLogger();
  try {
    const context: Context = { eventName: 'local', kind: 'local', workspace: workspace.dir, hasToken: false, ...options.context };
    // `redact` lists the values never to print, for the pipeline: everything else must hold none of them.
    const outcome = await envCheck.run(config, context, checkDeps({ logger, env: options.env ?? {} }));
    delete outcome.redact;
    return { outcome, config, logs: logger.lines };
  } finally {
    await workspace.cleanup();
  }
}

async function createWorkspace(files: Record<string, string | Uint8Array>, git: boolean): Promise<{ dir: string; cleanup(): Promise<void> }> {
  if (git) {
    const repo = await createRepo();
    for (const [path, text] of Object.entries(files)) await repo.write(path, text);
    await repo.commit('fixture');
    return repo;
  }
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-env-')));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** `severity ruleId name-or-path:line`, sorted: what a table row expects. */
export function summarize(findings: readonly Finding[], ruleIds?: readonly string[]): string[] {
  return findings
    .filter((finding) => ruleIds === undefined || ruleIds.includes(finding.ruleId))
    .map((finding) => `${finding.severity} ${finding.ruleId} ${where(finding)}`)
    .sort();
}

function where(finding: Finding): string {
  const location = finding.location;
  if (!location) return '-';
  if (location.kind === 'file') return `${location.path}:${location.line}`;
  if (location.kind === 'env') return location.name;
  return location.url;
}

/** The env check's own rules (not drift, platform or lint), for tests that look only at those. */
export const OWN_RULES = [
  'env-missing',
  'env-invalid',
  'env-deprecated',
  'env-file-invalid',
  'env-secret-in-file',
  'env-insecure-url',
  'env-base-url-mismatch',
  'env-shared-database',
  'env-secret-public-prefix',
  'env-public-value-looks-secret',
  'env-platform-unavailable'
];
