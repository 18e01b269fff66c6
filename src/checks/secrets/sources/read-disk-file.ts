/** One file on disk → a source item, with the shared skips (symlink, size, minified, binary). */
import { closeSync, fstatSync } from 'node:fs';
import { openListedFile } from '../../../files/open-listed-file.js';
import { ReadBuffer } from '../../../files/read-buffer.js';
import { decodeText, isBinary, skipByPath } from '../../../files/skip-policy.js';
import type { DiskFile, ReadItem, SkipReason, SourceItem } from './source-item.js';

/**
 * Reads and classifies one file; never throws for a file that vanished or is not a regular file.
 * Synchronous on purpose: open, read and close cost ~75 µs of CPU per file this way against ~150
 * µs through `fs/promises` (each call a thread-pool round trip, and the pool is busy with the
 * fingerprints' scrypt during a large scan), measured with Node 24 on the 3,905 files of the
 * throughput corpus; the scan of each file is synchronous anyway.
 *
 * `into`: a buffer to read into, reused file after file (see `ReadBuffer`); the item's bytes are
 * then a view of it, valid until its next read. Without it, the item owns its bytes.
 */
export function readDiskFile(file: DiskFile, into?: ReadBuffer): ReadItem {
  const skipped = (reason: SkipReason): ReadItem => ({ kind: 'skipped', path: file.path, reason });
  let fd: number;
  try {
    fd = openListedFile(file.absolute);
  } catch (error) {
    // A symlink's target is either another file of the scan (scanned there) or outside it; a
    // missing file was deleted since it was listed.
    return skipped((error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink' : 'not-a-file');
  }
  try {
    // Reading a folder (a submodule) throws; the size is asked only when the read leaves a doubt.
    const read = (into ?? new ReadBuffer()).readFrom(fd, file.maxBytes + 1);
    if (read.length === 0 || read.length > file.maxBytes) {
      // Empty, or past the limit: a regular file, or a pipe or device put where a file was listed.
      if (!fstatSync(fd).isFile()) return skipped('not-a-file');
      if (read.length > file.maxBytes) return skipped('too-large');
    }
    const byPath = file.chosen ? undefined : skipByPath(file.path, read.length);
    if (byPath) return skipped(byPath);
    if (isBinary(read)) return skipped('binary');
    const content = into ? read : Buffer.from(read);
    return { kind: 'source', source: { path: file.path, text: decodeText(content), bytes: content, origin: file.origin, ...(file.gitState ? { gitState: file.gitState } : {}) }, bytes: content.length };
  } catch {
    return skipped('not-a-file');
  } finally {
    closeSync(fd);
  }
}

/** The files in the given order, unread: the scan reads each where it scans it (scan-sources.ts). */
export function* readDiskFiles(files: readonly DiskFile[]): Generator<SourceItem> {
  for (const file of files) yield { kind: 'unread', file };
}
