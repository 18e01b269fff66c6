/**
 * `scan: tree`: every file git tracks in the workspace, read from disk (the checked-out version).
 * Untracked and ignored files are not part of it; build output is `secrets.artifacts`' job.
 */
import { join } from 'node:path';
import { runGit } from '../../../git/run-git.js';
import type { PathFilter } from '../../../files/filter-paths.js';
import { readDiskFiles } from './read-disk-file.js';
import { MAX_FILE_BYTES, skipByPath } from '../../../files/skip-policy.js';
import type { DiskFile, SourceItem } from './source-item.js';

/** Inputs of {@link readTreeFiles}. */
export interface TreeFilesInput {
  workspace: string;
  /** Include/exclude globs and the shard. */
  isSelected: PathFilter;
  /** Default {@link MAX_FILE_BYTES}. */
  maxFileBytes?: number;
}

/** Yields the tracked files in `git ls-files` order, a batch at a time. */
export async function* readTreeFiles(input: TreeFilesInput): AsyncGenerator<SourceItem> {
  const files: DiskFile[] = [];
  for (const path of await listTrackedFiles(input.workspace)) {
    if (!input.isSelected(path)) continue;
    const reason = skipByPath(path);
    if (reason) yield { kind: 'skipped', path, reason };
    else files.push({ absolute: join(input.workspace, path), path, origin: 'present', maxBytes: input.maxFileBytes ?? MAX_FILE_BYTES });
  }
  yield* readDiskFiles(files);
}

/** `-z`: NUL-separated and never quoted, so any file name comes through as is. */
export async function listTrackedFiles(workspace: string): Promise<string[]> {
  const output = await runGit(['ls-files', '-z', '--cached'], { cwd: workspace });
  // A path with merge conflicts is listed once per stage.
  return [...new Set(output.split('\0').filter(Boolean))];
}
