/**
 * Every file git tracks in the workspace, read from disk (the checked-out version). Untracked and
 * ignored files are not part of the tree scan; build artifacts get their own setting later.
 */
import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runGit } from '../../../git/run-git.js';
import type { PathFilter } from '../filter-paths.js';
import type { SkipReason, SourceItem } from './source-item.js';
import { splitLines } from './source-item.js';

/** Files larger than this are skipped: real secrets live in source and config, not in data dumps. */
export const MAX_TREE_FILE_BYTES = 1024 * 1024;

/** Git's own test: a NUL byte in the first 8000 bytes means binary (`buffer_is_binary`, xdiff-interface.c). */
export const BINARY_SNIFF_BYTES = 8000;

/** Files read at once: enough to hide disk latency, few enough to bound memory. */
const READ_BATCH = 16;

/** Inputs of {@link readTreeFiles}. */
export interface TreeFilesInput {
  workspace: string;
  isIncluded: PathFilter;
  /** Default {@link MAX_TREE_FILE_BYTES}. */
  maxFileBytes?: number;
}

/** Yields the tracked files one by one, in `git ls-files` order, so only a batch is in memory. */
export async function* readTreeFiles(input: TreeFilesInput): AsyncGenerator<SourceItem> {
  const paths = await listTrackedFiles(input.workspace);
  const included = paths.filter((path) => input.isIncluded(path));
  for (let start = 0; start < included.length; start += READ_BATCH) {
    const batch = included.slice(start, start + READ_BATCH);
    yield* await Promise.all(batch.map((path) => readTrackedFile(input, path)));
  }
}

/** `-z`: NUL-separated and never quoted, so any file name comes through as is. */
async function listTrackedFiles(workspace: string): Promise<string[]> {
  const output = await runGit(['ls-files', '-z', '--cached'], { cwd: workspace });
  // A path with merge conflicts is listed once per stage.
  return [...new Set(output.split('\0').filter(Boolean))];
}

async function readTrackedFile(input: TreeFilesInput, path: string): Promise<SourceItem> {
  const skipped = (reason: SkipReason): SourceItem => ({ kind: 'skipped', path, reason });
  const absolute = join(input.workspace, path);
  const stats = await lstat(absolute).catch(() => undefined);
  // A symlink's target is either another tracked file (scanned there) or outside the repository.
  if (stats?.isSymbolicLink()) return skipped('symlink');
  // Directories are submodules; a missing file was deleted in the working tree.
  if (!stats?.isFile()) return skipped('not-a-file');
  if (stats.size > (input.maxFileBytes ?? MAX_TREE_FILE_BYTES)) return skipped('too-large');
  const buffer = await readFile(absolute);
  if (buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return skipped('binary');
  return { kind: 'file', path, lines: splitLines(decodeUtf8(buffer)) };
}

/** Drops a UTF-8 byte order mark, which would otherwise shift every column of line 1. */
function decodeUtf8(buffer: Buffer): string {
  return new TextDecoder('utf-8').decode(buffer);
}
