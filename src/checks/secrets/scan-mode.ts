/** Which part of the repository the secrets check reads for this config and event. */
import type { SecretsConfig } from '../../config/config-types.js';
import type { Context } from '../../context/context.js';

/**
 * - `pull-request`: the net lines the PR adds (merge base → head) and the changed files' content;
 * - `push`: the same for the commits a push or merge group brings (`before` → `after`);
 * - `tree`: every tracked file as checked out;
 * - `history`: every line every commit added.
 */
export type ScanMode =
  | { mode: 'pull-request'; pullRequest: NonNullable<Context['pullRequest']> }
  | { mode: 'push'; push: NonNullable<Context['push']> }
  | { mode: 'tree' }
  | { mode: 'history' };

/**
 * `scan: diff` reads the change when the event has one (a PR, a push, a merge group) and the tree
 * otherwise (local runs, schedules, manual runs, deployments: there is no change to read).
 * `scan: tree` and `scan: history` are what they say, on any event.
 */
export function chooseScanMode(scan: SecretsConfig['scan'], context: Context): ScanMode {
  if (scan === 'history') return { mode: 'history' };
  if (scan === 'tree') return { mode: 'tree' };
  if (context.kind === 'pull_request' && context.pullRequest) return { mode: 'pull-request', pullRequest: context.pullRequest };
  if ((context.kind === 'push' || context.kind === 'merge_group') && context.push) return { mode: 'push', push: context.push };
  return { mode: 'tree' };
}
