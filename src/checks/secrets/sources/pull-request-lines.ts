/**
 * The lines a pull request adds: from local git when both commits are in the checkout, else from
 * GitHub's PR files API. Added lines only, so a secret that already was on the base branch is not
 * blamed on the PR (the tree scan is where it shows).
 */
import type { PullRequestFile } from '../../check.js';
import type { Logger } from '../../../logger.js';
import { commitExists, runGit } from '../../../git/run-git.js';
import type { PathFilter } from '../filter-paths.js';
import { parsePatch, parseUnifiedDiff } from '../parse-unified-diff.js';
import type { SourceItem } from './source-item.js';

/**
 * Flags that make the output ours to parse whatever the user's git config says:
 * - `--unified=0`: context lines are not scanned;
 * - `--find-renames`: a moved file shows only its edits, as on GitHub, not as "all lines added";
 * - `--no-ext-diff --no-textconv --no-color --no-relative`, explicit prefixes: undo `diff.external`,
 *   textconv drivers, `color.ui=always`, `diff.relative`, `diff.noprefix`/`diff.mnemonicPrefix`.
 */
const DIFF_FLAGS = [
  'diff',
  '--unified=0',
  '--find-renames',
  '--no-ext-diff',
  '--no-textconv',
  '--no-color',
  '--no-relative',
  '--src-prefix=a/',
  '--dst-prefix=b/'
];

/** Inputs of {@link readPullRequestLines}. */
export interface PullRequestLinesInput {
  workspace: string;
  pullRequest: { number: number; baseSha: string; headSha: string };
  isIncluded: PathFilter;
  listPullRequestFiles?: () => Promise<PullRequestFile[]>;
  logger: Logger;
}

/** The fix, shared by both "commit not in the checkout" messages. */
export const MISSING_HISTORY_FIX =
  'use actions/checkout with fetch-depth: 0, or give a token so the PR files API can be used';

/**
 * Reads the PR's added lines. Throws when neither git nor the API can provide them; `run-checks`
 * reports the check as errored with that message.
 */
export async function readPullRequestLines(input: PullRequestLinesInput): Promise<SourceItem[]> {
  const { workspace, pullRequest } = input;
  const [hasBase, hasHead] = await Promise.all([
    commitExists(workspace, pullRequest.baseSha),
    commitExists(workspace, pullRequest.headSha)
  ]);
  if (hasBase && hasHead) {
    try {
      return await diffFromGit(input);
    } catch (error) {
      // e.g. a shallow clone with both commits but no merge base ("no merge base").
      if (!input.listPullRequestFiles) throw error;
      input.logger.debug('secrets: git diff failed, reading the PR files from the API instead');
    }
  }
  if (input.listPullRequestFiles) return diffFromApi(await input.listPullRequestFiles(), input.isIncluded);
  const missing = hasBase ? `head commit ${pullRequest.headSha}` : `base commit ${pullRequest.baseSha}`;
  throw new Error(`the PR's ${missing} is not in the checkout: ${MISSING_HISTORY_FIX}`);
}

/** Three dots: changes since the merge base, which is what GitHub's PR "Files changed" shows. */
async function diffFromGit(input: PullRequestLinesInput): Promise<SourceItem[]> {
  const { baseSha, headSha } = input.pullRequest;
  const text = await runGit([...DIFF_FLAGS, `${baseSha}...${headSha}`, '--'], { cwd: input.workspace });
  return parseUnifiedDiff(text)
    .filter((file) => input.isIncluded(file.path))
    .map((file): SourceItem =>
      file.binary
        ? { kind: 'skipped', path: file.path, reason: 'binary' }
        : { kind: 'file', path: file.path, lines: file.lines }
    );
}

/**
 * GitHub omits `patch` for binary files and for diffs too large to show
 * (https://docs.github.com/rest/pulls/pulls#list-pull-requests-files): those count as skipped.
 */
function diffFromApi(files: readonly PullRequestFile[], isIncluded: PathFilter): SourceItem[] {
  return files
    .filter((file) => file.status !== 'removed' && isIncluded(file.filename))
    .map((file): SourceItem =>
      file.patch === undefined
        ? { kind: 'skipped', path: file.filename, reason: 'no-patch' }
        : { kind: 'file', path: file.filename, lines: parsePatch(file.patch) }
    );
}
