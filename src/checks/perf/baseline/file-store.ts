/**
 * The CLI's store (`perf.baseline: .launch-ready/perf-baseline.json`): one JSON file. A missing,
 * unreadable or corrupt baseline is a warning and a report without a regression verdict, never a
 * crash (issue #15, acceptance 4).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PerfBaseline } from '../perf-types.js';
import { BaselineError, parseBaseline, renderBaseline } from './baseline-json.js';

/** Larger than any file {@link renderBaseline} writes within the limits (~40 MB): not ours. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** What a store read: the baseline, or why there is none to compare with. */
export interface BaselineRead {
  baseline?: PerfBaseline;
  warning?: string;
}

/** Reads and validates the baseline at `path`; never throws for a missing, unreadable or invalid file. */
export async function readBaselineFile(path: string): Promise<BaselineRead> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_FILE_BYTES) return { warning: `the baseline ${path} is not valid (${size} bytes, over ${MAX_FILE_BYTES}): ignored` };
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { warning: `no baseline yet at ${path}: this run is reported, not compared` };
    return { warning: `the baseline ${path} cannot be read (${code ?? (error as Error).message}): ignored` };
  }
  try {
    return { baseline: parseBaseline(text, path) };
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    return { warning: `the baseline ${path} is not valid (${error.detail}): ignored` };
  }
}

/**
 * Writes the baseline atomically: a temp file in the same folder (so the rename stays on one
 * file system), flushed, then renamed over the old one; a reader sees the old file or the new
 * one, never half of either. Creates missing folders.
 */
export async function writeBaselineFile(path: string, baseline: PerfBaseline): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(renderBaseline(baseline), 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
