/**
 * The I/O half of the env files: `env.files` (paths or globs such as `.env*`) matched in the
 * workspace, read, parsed as dotenv does, `${VAR}` references expanded, and marked as committed
 * when git tracks them. Files that do not exist are simply not there: the default
 * `.env.example` is optional, and an uncommitted `.env.production` is the good case.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import { runGit } from '../../git/run-git.js';
import { ALWAYS_IGNORED } from '../../files/always-ignored.js';
import { envFileRole, type EnvFileRole } from './env-file-role.js';
import { expandEntries } from './dotenv/expand-env.js';
import { parseEnvFile, type EnvFileProblem } from './dotenv/parse-env-file.js';
import { notTextProblem } from './dotenv/sniff-binary.js';

/** A variable an env file sets (its effective assignment); `value` is after `${VAR}` expansion, `raw` as written. */
export interface EnvFileEntry {
  name: string;
  value: string;
  raw: string;
  line: number;
}

export type { EnvFileProblem };

export interface EnvFile {
  /** Workspace-relative, `/` separators. */
  path: string;
  role: EnvFileRole;
  /** Tracked by git: then its values are in every clone. */
  committed: boolean;
  entries: EnvFileEntry[];
  problems: EnvFileProblem[];
}

/** Inputs of {@link readEnvFiles}. */
export interface ReadEnvFilesInput {
  workspace: string;
  /** `env.files`. */
  patterns: readonly string[];
  environments: readonly string[];
  /** The validated environment: its files expand `${VAR}` from the job's environment, as a loader would. */
  selected: string | undefined;
  processEnv: Readonly<Record<string, string | undefined>>;
}

/** The matched files in path order. */
export async function readEnvFiles(input: ReadEnvFilesInput): Promise<EnvFile[]> {
  if (input.patterns.length === 0) return [];
  const matched = await glob([...input.patterns], { cwd: input.workspace, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: ALWAYS_IGNORED });
  // A pattern may climb out (`../.env`): only the workspace is ours to read.
  const paths = matched.filter((path) => !path.startsWith('../') && !isAbsolute(path)).sort();
  const tracked = await trackedPaths(input.workspace, paths);
  const files: EnvFile[] = [];
  for (const path of paths) {
    const bytes = await readFile(join(input.workspace, path));
    const role = envFileRole(path, input.environments);
    const outside = role.kind === 'environment' && role.environment === input.selected ? input.processEnv : {};
    files.push({ path, role, committed: tracked.has(path), ...readContent(bytes, outside) });
  }
  return files;
}

/** One problem and no entries for a file that is not text, else what the app loads from it. */
function readContent(bytes: Buffer, outside: Readonly<Record<string, string | undefined>>): Pick<EnvFile, 'entries' | 'problems'> {
  const notText = notTextProblem(bytes);
  if (notText !== undefined) return { entries: [], problems: [{ ruleId: 'env-file-binary', line: 1, message: notText }] };
  return parseAndExpand(bytes.toString('utf8'), outside);
}

/** What the app loads: one entry per name (its last assignment, at its line), `${VAR}` expanded. */
function parseAndExpand(text: string, outside: Readonly<Record<string, string | undefined>>): Pick<EnvFile, 'entries' | 'problems'> {
  const parsed = parseEnvFile(text);
  const rawByLine = new Map(parsed.entries.map((entry) => [entry.line, entry.value]));
  const entries = expandEntries(parsed.entries, outside).map((expanded) => ({
    name: expanded.name,
    value: expanded.value,
    raw: rawByLine.get(expanded.line) ?? expanded.value,
    line: expanded.line
  }));
  return { entries, problems: parsed.problems };
}

/** The paths git tracks, of those given; none when the workspace is not a git work tree. */
async function trackedPaths(workspace: string, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  try {
    const output = await runGit(['ls-files', '-z', '--cached', '--', ...paths.map((path) => `:(literal)${path}`)], { cwd: workspace });
    return new Set(output.split('\0').filter(Boolean));
  } catch {
    return new Set();
  }
}
