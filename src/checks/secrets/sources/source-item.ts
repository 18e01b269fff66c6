/** What a source hands the scanner, one file at a time, and what it learns about its own coverage. */
import type { ScanSource } from '../../../detect/contracts.js';
import type { SourceLine } from '../parse-unified-diff.js';

import type { SkipReason } from '../../../files/skip-policy.js';

export type { SkipReason };

/** A file on disk to read and classify (see read-disk-file.ts). */
export interface DiskFile {
  absolute: string;
  /** The path findings show: repository- or scan-root-relative, `/` separators. */
  path: string;
  origin: ScanSource['origin'];
  maxBytes: number;
  /** The user named it (an artifact glob, a path on the command line): no vendored or minified skip. */
  chosen?: boolean;
  /** A folder scan's file that git does not track (see `ScanSource.gitState`). */
  gitState?: ScanSource['gitState'];
}

/**
 * A file to scan (with its size in bytes, for the metrics), one that was skipped (never silently),
 * or a file on disk not read yet: whoever scans it reads it (`readDiskFile`), the main thread or a
 * scan worker, so file texts are never copied between threads.
 */
export type SourceItem =
  | { kind: 'source'; source: ScanSource; bytes: number }
  | { kind: 'skipped'; path: string; reason: SkipReason }
  | { kind: 'unread'; file: DiskFile };

/** An item once its file is read. */
export type ReadItem = Exclude<SourceItem, { kind: 'unread' }>;

/** Items as a source produces them: a list, or a stream read as the scan goes. */
export type SourceStream = Iterable<SourceItem> | AsyncIterable<SourceItem>;

/**
 * What the sources report beside the files: commits walked and what they could not see. Every note
 * ends up in the check's `reason`, so a partial scan always says so.
 */
export interface Coverage {
  commits: number;
  notes: string[];
}

export function emptyCoverage(): Coverage {
  return { commits: 0, notes: [] };
}

/** A source item for text held in memory. */
export function sourceItem(source: ScanSource): SourceItem {
  return { kind: 'source', source, bytes: Buffer.byteLength(source.text, 'utf8') };
}

/**
 * The given lines at their own line numbers, empty lines between: the text of a file of which only
 * the added lines are known (a PR patch, a commit's diff), so findings keep their real line numbers
 * and consecutive added lines (a PEM block) stay together for multi-line rules.
 */
export function sparseText(lines: readonly SourceLine[]): string {
  let text = '';
  let next = 1;
  for (const { line, text: lineText } of lines) {
    if (line > next) text += '\n'.repeat(line - next);
    text += `${lineText}\n`;
    next = Math.max(next, line + 1);
  }
  return text;
}
