/**
 * What git knows of each file of a folder scan: tracked (committed, so a `.env` among them is a
 * finding as in a tree scan, issue 13), untracked, ignored by a `.gitignore` rule, or outside any
 * repository. Findings say which, so a secret in a git-ignored file is not called "committed in a
 * tracked file" (issue 16).
 */
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GitError, runGit } from '../../../git/run-git.js';
import type { ScanSource } from '../../../detect/contracts.js';
import { shownPath } from './folder-files.js';
import { listTrackedFiles } from './tree-files.js';

export type GitState = 'tracked' | NonNullable<ScanSource['gitState']>;

/** Looks up a shown path (as `shownPath` makes it). */
export type GitStateOf = (path: string) => GitState;

/**
 * The state of every file under the roots. Ignored files are listed per directory where a whole
 * directory is ignored (`--directory`), so `node_modules/` is one entry, not thousands.
 */
export async function folderGitStates(roots: readonly string[], base: string): Promise<GitStateOf> {
  const tracked = new Set<string>();
  const ignored = new Set<string>();
  let inRepository = false;
  for (const root of roots) {
    const folder = (await stat(root)).isDirectory() ? root : dirname(root);
    const paths = await gitList(() => listTrackedFiles(folder));
    if (paths === undefined) continue;
    inRepository = true;
    for (const path of paths) tracked.add(shownPath(join(folder, path), base));
    const ignoredPaths = await gitList(() => listIgnored(folder));
    for (const path of ignoredPaths ?? []) ignored.add(shownPath(join(folder, path), base).replace(/\/$/, ''));
  }
  return (path) => {
    if (tracked.has(path)) return 'tracked';
    if (!inRepository) return 'outside-git';
    return isUnder(path, ignored) ? 'ignored' : 'untracked';
  };
}

/** The output of a git listing, or undefined outside a repository (any git failure reads as "no repository"). */
async function gitList(list: () => Promise<string[]>): Promise<string[] | undefined> {
  try {
    return await list();
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

async function listIgnored(folder: string): Promise<string[]> {
  const output = await runGit(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'], { cwd: folder });
  return output.split('\0').filter(Boolean);
}

/** Whether the path or one of its folders is in the set. */
function isUnder(path: string, folders: ReadonlySet<string>): boolean {
  for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) {
    if (folders.has(path.slice(0, end))) return true;
  }
  return false;
}
