/**
 * The paths listed in `env.files` that were not read (issue 13: they were ignored without a word).
 * A literal path that does not exist or is a folder is a finding; a glob that matches nothing is
 * not (`.env*` in a fresh clone matches nothing by design) and only goes to the debug log.
 *
 * Severities: a missing template or a folder is low — a mistake in the config that silently turns
 * off what depends on the file (drift against `.env.example`, the file's values), and nothing the
 * deployment reads. A missing env file of values (`.env.production`) is info: such files are kept
 * out of git on purpose, so a CI checkout not having one is the good case, yet it says why the
 * file's column in the matrix is empty.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import type { Finding, Severity } from '../../report/finding.js';
import { envFinding, variableLocation } from './env-findings.js';
import { envFileRole } from './env-file-role.js';

export const UNREAD_RULE = { id: 'env-file-not-read', severity: 'low', title: 'Listed env file not read' } as const;

/** Inputs of {@link unreadEnvFiles}. */
export interface UnreadEnvFilesInput {
  workspace: string;
  /** `env.files`. */
  patterns: readonly string[];
  /** `env.filesListed`: the default `.env.example` is optional. */
  listed: boolean;
  environments: readonly string[];
  configFile: string | undefined;
  /** The workspace-relative paths read-env-files.ts read. */
  readPaths: readonly string[];
  /** Where a glob that matches nothing is mentioned. */
  debug: (message: string) => void;
}

export async function unreadEnvFiles(input: UnreadEnvFilesInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const pattern of input.patterns) {
    // Paths outside the workspace are never read (read-env-files.ts), and not ours to report.
    if (pattern.startsWith('../') || isAbsolute(pattern)) continue;
    if (isDynamicPattern(pattern)) {
      const matches = picomatch(pattern, { dot: true });
      if (!input.readPaths.some((path) => matches(path))) input.debug(`env.files: ${pattern} matches no file`);
      continue;
    }
    const kind = await kindOf(join(input.workspace, pattern));
    if (kind === 'file' || (kind === 'missing' && !input.listed)) continue;
    const template = envFileRole(pattern, input.environments).kind === 'template';
    findings.push(unreadFinding({ path: pattern, kind, template, configFile: input.configFile }));
  }
  return findings;
}

type PathKind = 'file' | 'folder' | 'missing';

async function kindOf(path: string): Promise<PathKind> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

function unreadFinding(input: { path: string; kind: 'folder' | 'missing'; template: boolean; configFile: string | undefined }): Finding {
  const { path, kind, configFile } = input;
  const severity: Severity = kind === 'missing' && !input.template ? 'info' : 'low';
  const config = configFile ?? 'launch-ready.yml';
  return envFinding({
    rule: UNREAD_RULE,
    severity,
    message:
      kind === 'folder'
        ? `${path} is listed in env.files but is a folder: nothing in it was read (env files are listed one by one, or by a glob).`
        : `${path} is listed in env.files but does not exist in the workspace: nothing was read from it.`,
    location: variableLocation('env.files', configFile),
    key: [path, kind],
    remediation:
      kind === 'folder'
        ? `List the files in ${config} (e.g. ${path}/.env.production) or a glob such as ${path}/.env*.`
        : `Fix the path in env.files in ${config}, or remove it; if the file is kept out of git on purpose, a glob such as ${path}* matches it when present and says nothing when not.`
  });
}
