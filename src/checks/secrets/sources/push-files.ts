/**
 * `push` and `merge_group`: the net lines the pushed commits add, read like a PR (whole files at
 * `after`, added lines reported). Which commits were pushed:
 * - a fast-forward: `before..after`;
 * - a force push (`before` not an ancestor of `after`): from `merge-base(before, after)`, so the
 *   rewritten commits are scanned and the shared history is not;
 * - a new branch (`before` unknown, or gone from the remote after a force push): the commits on no
 *   other remote branch, from the first-parent chain's fork point; with no other branch in the
 *   checkout to compare with, every tracked file (the tree).
 * A shallow checkout is deepened first; what could still not be seen is said in a coverage note.
 */
import type { Logger } from '../../../logger.js';
import {
  countCommits,
  emptyTree,
  firstParent,
  firstParentChain,
  isAncestor,
  mergeBase,
  remoteBranchTips,
  shallowBoundary
} from '../../../git/commit-graph.js';
import { deepenUntil } from '../../../git/deepen-history.js';
import { commitExists } from '../../../git/run-git.js';
import type { PathFilter } from '../../../files/filter-paths.js';
import { readRangeFiles } from './range-files.js';
import type { Coverage, SourceStream } from './source-item.js';
import { readTreeFiles } from './tree-files.js';

/** Inputs of {@link readPushFiles}. */
export interface PushFilesInput {
  workspace: string;
  push: { before?: string; after: string };
  isSelected: PathFilter;
  /** Paths an include glob names though vendored or minified (`createChosenFilter`): not skipped as such. Default: none. */
  isChosen?: PathFilter;
  logger: Logger;
  coverage: Coverage;
}

/** The range to diff, or the tree when no range can be told. */
type PushPlan = { kind: 'range'; base: string } | { kind: 'tree' };

/** The pushed files; never throws for missing history, it scans more (the tree) and says why. */
export async function readPushFiles(input: PushFilesInput): Promise<SourceStream> {
  const { workspace, push } = input;
  const plan = await planPush(input);
  if (plan.kind === 'tree') return readTreeFiles({ workspace, isSelected: input.isSelected, isChosen: input.isChosen });
  return readRangeFiles({ workspace, base: plan.base, head: push.after, isSelected: input.isSelected, isChosen: input.isChosen });
}

async function planPush(input: PushFilesInput): Promise<PushPlan> {
  const { workspace: cwd, push, logger, coverage } = input;
  const short = (sha: string) => sha.slice(0, 12);
  const hasAfter = await ensure(input, [push.after], () => commitExists(cwd, push.after));
  if (!hasAfter) {
    coverage.notes.push(`the pushed commit ${short(push.after)} is not in the checkout, so the checked-out files were scanned instead`);
    return { kind: 'tree' };
  }
  if (push.before) {
    const before = push.before;
    const hasBefore = await ensure(input, [before, push.after], () => commitExists(cwd, before));
    if (hasBefore && (await isAncestor(cwd, before, push.after))) {
      coverage.commits += await countCommits(cwd, push.after, [before]);
      return { kind: 'range', base: before };
    }
    let base: string | undefined;
    if (hasBefore) await ensure(input, [before, push.after], async () => (base = await mergeBase(cwd, before, push.after)) !== undefined);
    if (base) {
      logger.info(`secrets: force push: scanning from the merge base ${short(base)} of ${short(before)} and ${short(push.after)}`);
      coverage.commits += await countCommits(cwd, push.after, [base]);
      return { kind: 'range', base };
    }
    logger.info(`secrets: the previous tip ${short(before)} is not in the history of the checkout; scanning the commits on no other branch`);
  }
  return planNewBranch(input);
}

/** A new branch: the commits no other remote branch has, diffed from where the branch forked. */
async function planNewBranch(input: PushFilesInput): Promise<PushPlan> {
  const { workspace: cwd, push, logger, coverage } = input;
  const others = (await remoteBranchTips(cwd)).filter((tip) => tip !== push.after);
  if (others.length === 0) {
    logger.info('secrets: new branch and no other remote branch in the checkout to compare with; scanning every tracked file');
    return { kind: 'tree' };
  }
  let chain: string[] = [];
  // The fork point is the parent of the oldest new first-parent commit; in a shallow clone that
  // commit may be a boundary whose parent is not fetched yet.
  const forkKnown = async () => {
    chain = await firstParentChain(cwd, push.after, others);
    const oldest = chain.at(-1);
    return oldest === undefined || !(await shallowBoundary(cwd)).has(oldest);
  };
  const known = await ensure(input, [push.after], forkKnown);
  coverage.commits += await countCommits(cwd, push.after, others);
  const oldest = chain.at(-1);
  if (oldest === undefined) return { kind: 'range', base: push.after };
  const parent = known ? await firstParent(cwd, oldest) : undefined;
  if (!known) {
    logger.info('secrets: the fork point of the new branch is beyond the shallow history; scanning every file at the pushed commit as added');
  }
  return { kind: 'range', base: parent ?? (await emptyTree(cwd)) };
}

/** `isSatisfied()`, deepening a shallow checkout (by fetching `want`) until it is. */
async function ensure(input: PushFilesInput, want: string[], isSatisfied: () => Promise<boolean>): Promise<boolean> {
  return (await deepenUntil({ cwd: input.workspace, want, isSatisfied, logger: input.logger })).satisfied;
}
