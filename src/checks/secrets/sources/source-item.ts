/** What a source hands the scanner, one file at a time. */
import type { SourceLine } from '../scan-lines.js';

/** Why a file was not scanned; counted in the `filesSkipped` metric. */
export type SkipReason = 'binary' | 'too-large' | 'symlink' | 'not-a-file' | 'no-patch';

/** A file to scan, or one that was skipped (never silently: it shows in the metrics). */
export type SourceItem =
  | { kind: 'file'; path: string; lines: SourceLine[] }
  | { kind: 'skipped'; path: string; reason: SkipReason };

/**
 * Splits file text into 1-based lines: `\n` ends a line, a `\r` before it (CRLF) is dropped, and
 * the empty string after a final newline is not a line.
 */
export function splitLines(text: string): SourceLine[] {
  const parts = text.split('\n');
  if (parts.at(-1) === '') parts.pop();
  return parts.map((part, index) => ({
    line: index + 1,
    text: part.endsWith('\r') ? part.slice(0, -1) : part
  }));
}
