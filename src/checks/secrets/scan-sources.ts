/**
 * The loop between the sources and the scanner: every file of every stream through
 * `SecretScanner.scan()`, a committed env file's own finding beside it, and the counts the check
 * reports. Skipped files are counted by reason, never dropped silently.
 */
import type { Finding } from '../../report/finding.js';
import { committedEnvFileFinding, isCommittedEnvFile } from './committed-env-file.js';
import type { SecretScanner } from './engine/contracts.js';
import type { Coverage, SkipReason, SourceStream } from './sources/source-item.js';

/** A stream of files; `committed` when they come from git (tree, diff, history), where a `.env` file is a finding. */
export interface SourceStreamEntry {
  items: SourceStream;
  committed: boolean;
}

/** Counts kept while scanning. */
export interface ScanTally {
  filesScanned: number;
  /** Bytes of the texts handed to the scanner (whole files for diffs, added lines for history). */
  bytesScanned: number;
  skipped: Map<SkipReason, number>;
}

/** Scans every stream in order; findings are as the scanner returned them, not yet de-duplicated. */
export async function scanSources(streams: readonly SourceStreamEntry[], scanner: SecretScanner): Promise<{ findings: Finding[]; tally: ScanTally }> {
  const tally: ScanTally = { filesScanned: 0, bytesScanned: 0, skipped: new Map() };
  const findings: Finding[] = [];
  for (const { items, committed } of streams) {
    for await (const item of items) {
      if (item.kind === 'skipped') {
        tally.skipped.set(item.reason, (tally.skipped.get(item.reason) ?? 0) + 1);
        continue;
      }
      tally.filesScanned += 1;
      tally.bytesScanned += item.bytes;
      const found = scanner.scan(item.source);
      findings.push(...found);
      if (committed && isCommittedEnvFile(item.source.path)) findings.push(committedEnvFileFinding(item.source, found));
    }
  }
  return { findings, tally };
}

/** Metric names per skip reason, in the order they are reported. */
const SKIP_METRICS: ReadonlyArray<[SkipReason, string]> = [
  ['binary', 'skippedBinary'],
  ['too-large', 'skippedTooLarge'],
  ['vendored', 'skippedVendored'],
  ['minified', 'skippedMinified'],
  ['symlink', 'skippedSymlink'],
  ['not-a-file', 'skippedNotAFile'],
  ['no-patch', 'skippedNoPatch']
];

/**
 * The check's metrics, the telling ones first (the comment shows the first two): files and bytes
 * scanned, commits read (diff and history scans), files skipped and, for each reason that occurred,
 * how many.
 */
export function scanMetrics(tally: ScanTally, coverage: Coverage, options: { commits: boolean }): Record<string, number> {
  const metrics: Record<string, number> = { filesScanned: tally.filesScanned, bytesScanned: tally.bytesScanned };
  if (options.commits) metrics['commitsScanned'] = coverage.commits;
  metrics['filesSkipped'] = [...tally.skipped.values()].reduce((sum, count) => sum + count, 0);
  for (const [reason, name] of SKIP_METRICS) {
    const count = tally.skipped.get(reason);
    if (count) metrics[name] = count;
  }
  return metrics;
}
