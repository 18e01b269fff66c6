/**
 * The loop between the sources and the scanner: every file of every stream through
 * `SecretScanner.scan()`, a committed env file's own finding beside it, and the counts the check
 * reports. Skipped files are counted by reason, never dropped silently. Files on disk go to scan
 * workers when the run has them (a large tree or folder): the main thread hands out files and scans
 * those no worker has room for, and the results are put back in stream order, so a report does not
 * depend on which thread finished first.
 */
import { setImmediate } from 'node:timers/promises';
import type { Finding } from '../../report/finding.js';
import { committedEnvFileFinding, isCommittedEnvFile, isEncryptedEnvVault } from './committed-env-file.js';
import type { SecretScanner } from '../../detect/contracts.js';
import type { PathFilter } from '../../files/filter-paths.js';
import { ReadBuffer } from '../../files/read-buffer.js';
import { readDiskFile } from './sources/read-disk-file.js';
import type { Coverage, DiskFile, ReadItem, SkipReason, SourceStream } from './sources/source-item.js';

/** A stream of files, and which of them git has, where a `.env` file is a finding (committed-env-file.ts). */
export interface SourceStreamEntry {
  items: SourceStream;
  /**
   * `true` when every file comes from git (tree, diff, history), `false` for none (artifacts), or
   * per path: a folder on disk, where only the files git tracks are committed.
   */
  committed: boolean | PathFilter;
}

/** Counts kept while scanning. */
export interface ScanTally {
  filesScanned: number;
  /** Bytes of the texts handed to the scanner (whole files for diffs, added lines for history). */
  bytesScanned: number;
  skipped: Map<SkipReason, number>;
}

/** One file's outcome, wherever it was scanned. */
export type ScannedFile = { kind: 'skipped'; path: string; reason: SkipReason } | { kind: 'scanned'; bytes: number; findings: Finding[] };

/** Scan workers, as scan-sources uses them (parallel/scan-workers.ts). */
export interface ScanWorkers {
  /** Hands the file to a worker with room in its queue; undefined when every queue is full (scan it here). */
  offer(file: DiskFile, committed: boolean): Promise<ScannedFile> | undefined;
  /** Whether a worker has built its scanner, so a file offered now is scanned at once. */
  ready(): boolean;
  /** Whether none is ready yet, and one is still starting (not dead). */
  starting(): boolean;
  /** After the last offer: waits for the workers' last shares (see `SecretScanner.absorb`), then stops them. */
  finish(): Promise<void>;
  /** Stops them at once (the scan failed). */
  stop(): Promise<void>;
}

/** Reads and scans a file on the main thread. */
export type ScanHere = (file: DiskFile, committed: boolean) => ScannedFile;

export interface ScanSourcesOptions {
  /**
   * Starts scan workers; called once the streams have handed out {@link FILES_BEFORE_WORKERS} files
   * on disk, with how to scan a file here (for the files of a worker that dies).
   */
  startWorkers?: (scanHere: ScanHere) => ScanWorkers;
  /**
   * Start them before the first file instead (a whole tree or folder): listing a large one takes a
   * few hundred milliseconds, and the workers start up meanwhile. Before the
   * {@link FILES_BEFORE_WORKERS}th file they get files only once one is ready (the main thread
   * does not wait for a worker to start); a worker given none (a small tree) is stopped unheard.
   */
  startWorkersAtOnce?: boolean;
}

/** Fewer files on disk than this are scanned on the main thread alone: a worker costs ~100 ms of CPU to start. */
export const FILES_BEFORE_WORKERS = 128;
/** Files between two turns of the event loop, so checks running beside the scan and the workers' answers keep going. */
const FILES_PER_TURN = 16;

/** Scans every stream in order; findings are as the scanner returned them, not yet de-duplicated. */
export async function scanSources(
  streams: readonly SourceStreamEntry[],
  scanner: SecretScanner,
  options: ScanSourcesOptions = {}
): Promise<{ findings: Finding[]; tally: ScanTally }> {
  const results: Array<ScannedFile | Promise<ScannedFile>> = [];
  let workers: ScanWorkers | undefined;
  let onDisk = 0;
  const scanHere: ScanHere = (file, committed) => scanDiskFile(file, committed, scanner);
  if (options.startWorkersAtOnce) workers = options.startWorkers?.(scanHere);
  try {
    for (const { items, committed } of streams) {
      const isCommitted: PathFilter = typeof committed === 'boolean' ? () => committed : committed;
      for await (const item of items) {
        // While workers started at once are starting, a turn after each file: the one that says it
        // is ready is heard at once, not up to 16 files later (~30 ms on node_modules).
        if (workers?.starting() || results.length % FILES_PER_TURN === FILES_PER_TURN - 1) await setImmediate();
        if (item.kind === 'unread') {
          onDisk += 1;
          const large = onDisk >= FILES_BEFORE_WORKERS;
          if (!workers && options.startWorkers && large) workers = options.startWorkers(scanHere);
          // Workers started at once get no file of a small scan: the main thread is done before they are up.
          const offered = large || workers?.ready() ? workers?.offer(item.file, isCommitted(item.file.path)) : undefined;
          if (offered) {
            // Awaited below, in order; until then a failure must not surface as an unhandled rejection.
            offered.catch(() => {});
            results.push(offered);
            continue;
          }
        }
        if (item.kind === 'unread') results.push(scanHere(item.file, isCommitted(item.file.path)));
        else results.push(scanItem(item, item.kind === 'source' && isCommitted(item.source.path), scanner));
      }
    }
    const scanned = await Promise.all(results);
    await workers?.finish();
    return tallied(scanned);
  } catch (error) {
    await workers?.stop();
    throw error;
  }
}

/** This thread's buffer for the files it reads to scan: each is scanned before the next is read. */
const READ_BUFFER = new ReadBuffer();

/** Reads a file on disk into this thread's buffer and scans it (`scanItem`). */
export function scanDiskFile(file: DiskFile, committed: boolean, scanner: SecretScanner): ScannedFile {
  return scanItem(readDiskFile(file, READ_BUFFER), committed, scanner);
}

/** One read item through the scanner, with a committed env file's own finding. */
export function scanItem(item: ReadItem, committed: boolean, scanner: SecretScanner): ScannedFile {
  if (item.kind === 'skipped') return item;
  const findings = scanner.scan(item.source);
  const { path, text } = item.source;
  if (committed && isCommittedEnvFile(path) && !isEncryptedEnvVault(path, text)) findings.push(committedEnvFileFinding(item.source, findings));
  return { kind: 'scanned', bytes: item.bytes, findings };
}

function tallied(scanned: readonly ScannedFile[]): { findings: Finding[]; tally: ScanTally } {
  const tally: ScanTally = { filesScanned: 0, bytesScanned: 0, skipped: new Map() };
  const findings: Finding[] = [];
  for (const file of scanned) {
    if (file.kind === 'skipped') {
      tally.skipped.set(file.reason, (tally.skipped.get(file.reason) ?? 0) + 1);
      continue;
    }
    tally.filesScanned += 1;
    tally.bytesScanned += file.bytes;
    for (const finding of file.findings) findings.push(finding);
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
