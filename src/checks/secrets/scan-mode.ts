/** Which lines the secrets check reads for this config and event. */
import type { SecretsConfig } from '../../config/config-types.js';
import type { Context } from '../../context/context.js';

/** `diff`: the lines a pull request adds; `tree`: every tracked file. */
export type ScanMode =
  | { mode: 'diff'; pullRequest: NonNullable<Context['pullRequest']> }
  | { mode: 'tree'; note?: string };

/**
 * `scan: diff` on a pull request reads the PR's added lines; everything else scans the tree:
 * pushes and local runs (a push range diff is a later issue), `scan: tree`, and `scan: history`
 * until the history engine exists, with a note saying so.
 */
export function chooseScanMode(scan: SecretsConfig['scan'], context: Context): ScanMode {
  if (scan === 'diff' && context.kind === 'pull_request' && context.pullRequest) {
    return { mode: 'diff', pullRequest: context.pullRequest };
  }
  if (scan === 'history') {
    return {
      mode: 'tree',
      note: 'secrets: history scanning comes in a later version; scanning the tracked files instead'
    };
  }
  return { mode: 'tree' };
}
