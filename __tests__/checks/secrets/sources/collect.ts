/** Reading source streams in tests: every item, and a compact view of each. */
import type { ScanSource } from '../../../../src/detect/contracts.js';
import type { SourceItem, SourceStream } from '../../../../src/checks/secrets/sources/source-item.js';
import { readDiskFile } from '../../../../src/checks/secrets/sources/read-disk-file.js';
import { emptyCoverage } from '../../../../src/checks/secrets/sources/source-item.js';
import { recordingLogger } from '../../../../src/logger.js';

/** Every item, files read (a source hands out disk files unread: the scan reads them where it scans them). */
export async function collect(stream: SourceStream | Promise<SourceStream>): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of await stream) items.push(item.kind === 'unread' ? readDiskFile(item.file) : item);
  return items;
}

export function sources(items: readonly SourceItem[]): ScanSource[] {
  return items.flatMap((item) => (item.kind === 'source' ? [item.source] : []));
}

export function skipped(items: readonly SourceItem[]): Array<[string, string]> {
  return items.flatMap((item) => (item.kind === 'skipped' ? [[item.path, item.reason] as [string, string]] : []));
}

/** path → the reported line numbers (`'all'` when every line is reported). */
export function reported(items: readonly SourceItem[]): Record<string, number[] | 'all'> {
  return Object.fromEntries(
    sources(items).map((source) => [source.path, source.reportLines ? [...source.reportLines].sort((a, b) => a - b) : 'all'])
  );
}

/** The text of line `line` (1-based) of a source. */
export function lineOf(source: ScanSource, line: number): string | undefined {
  return source.text.split('\n')[line - 1];
}

export const everyPath = (): boolean => true;

/** A logger, a coverage record and the shared inputs of the git sources. */
export function sourceDeps() {
  return { logger: recordingLogger(), coverage: emptyCoverage() };
}
