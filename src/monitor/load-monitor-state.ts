/**
 * Reads the stored state through its slot, never failing: a missing document is a fresh start, a
 * corrupt or unreadable one a warning and a fresh start (issue #18). The version comes back with
 * it so the write can be a compare-and-swap.
 */
import type { StateSlot } from '../files/state-slot.js';
import { summarizeGitHubError } from '../github/github-error.js';
import type { Logger } from '../logger.js';
import { emptyState, type MonitorState } from './monitor-state.js';
import { CorruptState, parseMonitorState } from './parse-monitor-state.js';

/** The key of the state document in a store (the git ref's tree). */
export const MONITOR_STATE_KEY = 'monitor-state.json';

export async function loadMonitorState(slot: StateSlot, logger: Logger): Promise<{ state: MonitorState; version: string }> {
  let loaded: { text?: string; version: string };
  try {
    loaded = await slot.load();
  } catch (error) {
    // An empty version: the write that follows refuses to replace a document it could not read.
    logger.warning(`could not read the monitor state ${slot.describe} (${summarizeGitHubError(error)}): starting fresh`);
    return { state: emptyState(), version: '' };
  }
  if (loaded.text === undefined) return { state: emptyState(), version: loaded.version };
  try {
    return { state: parseMonitorState(loaded.text), version: loaded.version };
  } catch (error) {
    if (!(error instanceof CorruptState)) throw error;
    logger.warning(`the monitor state ${slot.describe} is corrupt (${error.message}): starting fresh; it is replaced at the end of this run`);
    return { state: emptyState(), version: loaded.version };
  }
}
