/** One file on disk → a source item, with the shared skips (symlink, size, minified, binary). */
import { lstat, readFile } from 'node:fs/promises';
import type { ScanSource } from '../engine/contracts.js';
import { decodeText, isBinary, skipByPath } from './skip-policy.js';
import type { SkipReason, SourceItem } from './source-item.js';

/** Inputs of {@link readDiskFile}. */
export interface DiskFile {
  absolute: string;
  /** The path findings show: repository- or scan-root-relative, `/` separators. */
  path: string;
  origin: ScanSource['origin'];
  maxBytes: number;
  /** The user named it (an artifact glob, a path on the command line): no vendored or minified skip. */
  chosen?: boolean;
}

/** Files read at once by the sources that read the disk: enough to hide latency, few enough to bound memory. */
export const READ_BATCH = 16;

/** Reads and classifies one file; never throws for a file that vanished or is not a regular file. */
export async function readDiskFile(file: DiskFile): Promise<SourceItem> {
  const skipped = (reason: SkipReason): SourceItem => ({ kind: 'skipped', path: file.path, reason });
  const stats = await lstat(file.absolute).catch(() => undefined);
  // A symlink's target is either another file of the scan (scanned there) or outside it.
  if (stats?.isSymbolicLink()) return skipped('symlink');
  // Directories here are submodules; a missing file was deleted since it was listed.
  if (!stats?.isFile()) return skipped('not-a-file');
  if (stats.size > file.maxBytes) return skipped('too-large');
  const byPath = file.chosen ? undefined : skipByPath(file.path, stats.size);
  if (byPath) return skipped(byPath);
  const content = await readFile(file.absolute).catch(() => undefined);
  if (!content) return skipped('not-a-file');
  if (isBinary(content)) return skipped('binary');
  return { kind: 'source', source: { path: file.path, text: decodeText(content), origin: file.origin }, bytes: content.length };
}

/** Reads paths in batches of {@link READ_BATCH}, yielding in the given order. */
export async function* readDiskFiles(files: readonly DiskFile[]): AsyncGenerator<SourceItem> {
  for (let start = 0; start < files.length; start += READ_BATCH) {
    yield* await Promise.all(files.slice(start, start + READ_BATCH).map(readDiskFile));
  }
}
