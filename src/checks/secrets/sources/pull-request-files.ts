/**
 * `pull_request`: the net lines the PR adds, from its merge base to its head, whatever the number
 * of commits (the PR files API's commit-by-commit peers stop at 30), plus each changed file's
 * whole content for multi-line rules. A shallow checkout is deepened until the merge base is
 * there; when it cannot be, GitHub's PR files API gives the patches (a partial view, and the
 * check says so); without a token either, the check errors with the fix.
 */
import type { PullRequestFile } from '../../../github/github-reader.js';
import type { Logger } from '../../../logger.js';
import { countCommits, mergeBase } from '../../../git/commit-graph.js';
import { deepenUntil } from '../../../git/deepen-history.js';
import { commitExists } from '../../../git/run-git.js';
import type { PathFilter } from '../../../files/filter-paths.js';
import { parsePatch } from '../parse-unified-diff.js';
import { addedLinesOnly, readRangeFiles } from './range-files.js';
import { skipByPath } from '../../../files/skip-policy.js';
import type { Coverage, SourceItem, SourceStream } from './source-item.js';

/** Inputs of {@link readPullRequestFiles}. */
export interface PullRequestFilesInput {
  workspace: string;
  pullRequest: { number: number; baseSha: string; headSha: string };
  isSelected: PathFilter;
  /** Paths an include glob names though vendored or minified (`createChosenFilter`): not skipped as such. Default: none. */
  isChosen?: PathFilter;
  listPullRequestFiles?: () => Promise<PullRequestFile[]>;
  logger: Logger;
  coverage: Coverage;
}

/** The fix, shared by the "commit not in the checkout" messages. */
export const MISSING_HISTORY_FIX =
  'use actions/checkout with fetch-depth: 0, or give a token so the PR files API can be used';

/** Said in the check's reason when the API had to be used. */
export const API_FALLBACK_NOTE =
  "the PR's merge base is not in the checkout, so the lines came from the PR files API: patches only, " +
  'without the rest of each file (multi-line secrets can be missed) and without files GitHub sends no ' +
  'patch for; use actions/checkout with fetch-depth: 0 for a full scan';

/** The PR's files; throws when neither git nor the API can provide them (the check is then errored). */
export async function readPullRequestFiles(input: PullRequestFilesInput): Promise<SourceStream> {
  const { workspace, pullRequest, logger } = input;
  let base: string | undefined;
  await deepenUntil({
    cwd: workspace,
    want: [pullRequest.baseSha, pullRequest.headSha],
    isSatisfied: async () => (base = await findMergeBase(workspace, pullRequest)) !== undefined,
    logger
  });
  if (base) {
    input.coverage.commits += await countCommits(workspace, pullRequest.headSha, [base]);
    return readRangeFiles({ workspace, base, head: pullRequest.headSha, isSelected: input.isSelected, isChosen: input.isChosen });
  }
  if (input.listPullRequestFiles) {
    input.coverage.notes.push(API_FALLBACK_NOTE);
    return filesFromApi(await input.listPullRequestFiles(), input);
  }
  const hasBase = await commitExists(workspace, pullRequest.baseSha);
  const hasHead = await commitExists(workspace, pullRequest.headSha);
  const missing = !hasHead
    ? `head commit ${pullRequest.headSha} is`
    : !hasBase
      ? `base commit ${pullRequest.baseSha} is`
      : 'merge base of the base and head commits is';
  throw new Error(`the PR's ${missing} not in the checkout: ${MISSING_HISTORY_FIX}`);
}

async function findMergeBase(cwd: string, pullRequest: PullRequestFilesInput['pullRequest']): Promise<string | undefined> {
  const [hasBase, hasHead] = await Promise.all([commitExists(cwd, pullRequest.baseSha), commitExists(cwd, pullRequest.headSha)]);
  return hasBase && hasHead ? mergeBase(cwd, pullRequest.baseSha, pullRequest.headSha) : undefined;
}

/**
 * GitHub omits `patch` for binary files and for diffs too large to show
 * (https://docs.github.com/rest/pulls/pulls#list-pull-requests-files): those count as skipped.
 */
function filesFromApi(files: readonly PullRequestFile[], { isSelected, isChosen }: Pick<PullRequestFilesInput, 'isSelected' | 'isChosen'>): SourceItem[] {
  return files
    .filter((file) => file.status !== 'removed' && isSelected(file.filename))
    .map((file): SourceItem => {
      const reason = file.patch === undefined ? 'no-patch' : isChosen?.(file.filename) ? undefined : skipByPath(file.filename);
      if (reason) return { kind: 'skipped', path: file.filename, reason };
      return addedLinesOnly({ path: file.filename, lines: parsePatch(file.patch ?? '') });
    });
}
