/**
 * The perf baseline in the run's store (a file, or the git ref on GitHub). A missing, unreadable
 * or corrupt baseline is a warning and a report without a regression verdict, never a crash
 * (issue #15, acceptance 4).
 */
import type { CheckStore } from '../../check.js';
import type { PerfBaseline } from '../perf-types.js';
import { BaselineError, parseBaseline, renderBaseline } from './baseline-json.js';

/** What the store held: the baseline, or why there is none to compare with. */
export interface BaselineRead {
  baseline?: PerfBaseline;
  warning?: string;
}

export async function readStoredBaseline(store: CheckStore, key: string): Promise<BaselineRead> {
  const where = store.describe(key);
  let text: string | undefined;
  try {
    text = await store.read(key);
  } catch (error) {
    return { warning: `the baseline ${(error as Error).message}: ignored` };
  }
  if (text === undefined) return { warning: `no baseline yet at ${where}: this run is reported, not compared` };
  try {
    return { baseline: parseBaseline(text, where) };
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    return { warning: `the baseline ${where} is not valid (${error.detail}): ignored` };
  }
}

export async function writeStoredBaseline(store: CheckStore, key: string, baseline: PerfBaseline): Promise<void> {
  if (!store.write) throw new Error(`this run may not record a baseline at ${store.describe(key)}`);
  await store.write(key, renderBaseline(baseline));
}
