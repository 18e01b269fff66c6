/**
 * `scan: tree`: every file git tracks in the workspace, read from disk (the checked-out version).
 * Untracked and ignored files are not part of it; build output is `secrets.artifacts`' job.
 */
import { join } from 'node:path';
import { GitError, runGit } from '../../../git/run-git.js';
import type { PathFilter } from '../../../files/filter-paths.js';
import { readDiskFiles } from './read-disk-file.js';
import { MAX_FILE_BYTES, skipByPath } from '../../../files/skip-policy.js';
import type { DiskFile, SourceItem } from './source-item.js';

/** Inputs of {@link readTreeFiles}. */
export interface TreeFilesInput {
  workspace: string;
  /** Include/exclude globs and the shard. */
  isSelected: PathFilter;
  /** Paths an include glob names though vendored or minified (`createChosenFilter`): not skipped as such. Default: none. */
  isChosen?: PathFilter;
  /** Default {@link MAX_FILE_BYTES}. */
  maxFileBytes?: number;
}

/** Yields the tracked files in `git ls-files` order, a batch at a time. */
export async function* readTreeFiles(input: TreeFilesInput): AsyncGenerator<SourceItem> {
  const files: DiskFile[] = [];
  for (const path of await listWorkspaceFiles(input.workspace)) {
    if (!input.isSelected(path)) continue;
    const chosen = input.isChosen?.(path) ?? false;
    const reason = chosen ? undefined : skipByPath(path);
    if (reason) yield { kind: 'skipped', path, reason };
    else files.push({ absolute: join(input.workspace, path), path, origin: 'present', maxBytes: input.maxFileBytes ?? MAX_FILE_BYTES, chosen });
  }
  yield* readDiskFiles(files);
}

/**
 * The tracked files, or an error that says what to do when the workspace is no repository (issue
 * 13: `run` in a plain folder said only git's "fatal: not a git repository (or any of the parent
 * directories): .git").
 */
async function listWorkspaceFiles(workspace: string): Promise<string[]> {
  try {
    return await listTrackedFiles(workspace);
  } catch (error) {
    if (!(error instanceof GitError && error.notARepository)) throw error;
    throw new Error(
      `not a git repository: ${workspace}; the secrets check scans the files git tracks (check the repository out first), ` +
        `or scan it as a plain folder: launch-ready secrets scan ${workspace}`,
      { cause: error }
    );
  }
}

/** `-z`: NUL-separated and never quoted, so any file name comes through as is. */
export async function listTrackedFiles(workspace: string): Promise<string[]> {
  const output = await runGit(['ls-files', '-z', '--cached'], { cwd: workspace });
  // A path with merge conflicts is listed once per stage.
  return [...new Set(output.split('\0').filter(Boolean))];
}
