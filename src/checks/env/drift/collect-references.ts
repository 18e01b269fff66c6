/**
 * The I/O half of drift: which files to search, read under the secrets scanner's skip policy
 * (vendored, minified, binary, over 1 MiB, symlinks), each handed to the pure `findEnvReferences`.
 * In a git work tree the files are what git sees (tracked, plus untracked ones not ignored, so
 * `.gitignore`d build output never counts); elsewhere a folder walk.
 */
import { closeSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { glob } from 'tinyglobby';
import type { EnvConfig } from '../../../config/config-types.js';
import { runGit } from '../../../git/run-git.js';
import { createPathFilter } from '../../../files/filter-paths.js';
import { ALWAYS_IGNORED } from '../../../files/always-ignored.js';
import { openListedFile, readInto } from '../../../files/open-listed-file.js';
import { decodeText, isBinary, MAX_FILE_BYTES, skipByPath } from '../../../files/skip-policy.js';
import { findEnvReferences, type EnvReference } from './find-references.js';

/** `env.drift.include` when empty: the source files of the languages drift reads, and the workflows. */
export const DEFAULT_DRIFT_INCLUDE: readonly string[] = [
  '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,vue,svelte,astro,py,rb,go,prisma}',
  '.github/workflows/*.{yml,yaml}'
];

/** Not walked at all outside git (the skip policy would drop the files anyway, after listing thousands). */
const NOT_WALKED = [...ALWAYS_IGNORED, '**/node_modules/**'];

/** Files read between two turns of the event loop, so checks running beside this one keep going. */
const FILES_PER_TURN = 64;

/** Every reference in the workspace's selected files, in path order. */
export async function collectReferences(workspace: string, drift: EnvConfig['drift']): Promise<EnvReference[]> {
  const include = drift.include.length > 0 ? drift.include : [...DEFAULT_DRIFT_INCLUDE];
  const isSelected = createPathFilter({ include, exclude: drift.exclude });
  const paths = (await listGitFiles(workspace)) ?? (await walkFolder(workspace, include));
  const selected = paths.filter((path) => isSelected(path) && !skipByPath(path)).sort();
  const references: EnvReference[] = [];
  for (const [index, path] of selected.entries()) {
    if (index > 0 && index % FILES_PER_TURN === 0) await setImmediate();
    const text = readText(join(workspace, path), path);
    if (text !== undefined) references.push(...findEnvReferences(path, text));
  }
  return references;
}

/**
 * One buffer for every file (each at most `MAX_FILE_BYTES`): a fresh buffer per file was the
 * larger part of drift's garbage on a 5,000-file tree.
 */
let sharedBuffer: Buffer | undefined;

/**
 * The file's text, or undefined when the skip policy says so or it vanished. Synchronous on
 * purpose: a 5,000-file tree costs about 25 µs of CPU per file this way against about 110 µs
 * through `fs/promises` (lstat + readFile, each a thread-pool round trip), measured with Node 24,
 * which is most of drift's budget (issue 5, acceptance 4: under 1 s with 500 variables).
 */
function readText(absolute: string, path: string): string | undefined {
  let fd: number | undefined;
  try {
    if (skipByPath(path)) return undefined;
    // A symlink's target is another file of the tree or outside it: never followed (it throws).
    fd = openListedFile(absolute);
    // No fstat (a system call per file, ~10% of drift's): a directory (a submodule) fails the read
    // with EISDIR, a pipe reads empty, and a file over the limit reads one byte too many.
    const buffer = (sharedBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1));
    const length = readInto(fd, buffer);
    if (length > MAX_FILE_BYTES || skipByPath(path, length)) return undefined;
    const content = buffer.subarray(0, length);
    return isBinary(content) ? undefined : decodeText(content);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Workspace-relative paths git knows (cached, and untracked but not ignored), or undefined when the
 * workspace is not in a git work tree or git is missing. In a subfolder of a repository git lists
 * that folder's files relative to it.
 */
async function listGitFiles(workspace: string): Promise<string[] | undefined> {
  try {
    const output = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: workspace });
    // A path with merge conflicts is listed once per stage.
    return [...new Set(output.split('\0').filter(Boolean))];
  } catch {
    return undefined;
  }
}

async function walkFolder(workspace: string, include: readonly string[]): Promise<string[]> {
  const paths = await glob([...include], { cwd: workspace, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: NOT_WALKED });
  // A glob may climb out (`../**`, an absolute path): only the workspace is searched.
  return paths.filter((path) => !path.startsWith('../') && !isAbsolute(path));
}
