/**
 * Questions about the commit graph that the scans ask: merge bases, ancestry, which commits a push
 * brings, and whether the checkout is shallow. Each answers `undefined`/`false` when git cannot
 * tell (a commit missing from a shallow clone) rather than throwing, so the caller can deepen.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runGit } from './run-git.js';

/** `git merge-base a b`, or undefined when there is none in the checkout. */
export async function mergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  return firstLine(runGit(['merge-base', a, b], { cwd }));
}

/** Whether `ancestor` is an ancestor of (or equal to) `commit`. */
export async function isAncestor(cwd: string, ancestor: string, commit: string): Promise<boolean> {
  return runGit(['merge-base', '--is-ancestor', ancestor, commit], { cwd }).then(
    () => true,
    () => false
  );
}

/** Commits reachable from `include` and from none of `exclude` (`git rev-list --count`). */
export async function countCommits(cwd: string, include: string, exclude: readonly string[]): Promise<number> {
  const output = await runGit(['rev-list', '--count', '--stdin'], { cwd, input: revisions(include, exclude) });
  return Number(output.trim());
}

/** The first-parent chain from `include` back to (not into) `exclude`, newest first. */
export async function firstParentChain(cwd: string, include: string, exclude: readonly string[]): Promise<string[]> {
  const output = await runGit(['rev-list', '--first-parent', '--stdin'], { cwd, input: revisions(include, exclude) });
  return output.split('\n').filter(Boolean);
}

/** The commit's first parent, or undefined for a root commit or a shallow boundary. */
export async function firstParent(cwd: string, commit: string): Promise<string | undefined> {
  return firstLine(runGit(['rev-parse', '--verify', '--quiet', `${commit}^1^{commit}`], { cwd }));
}

/** Tips of the remote-tracking branches (`refs/remotes/*`), without duplicates. */
export async function remoteBranchTips(cwd: string): Promise<string[]> {
  const output = await runGit(['for-each-ref', '--format=%(objectname)', 'refs/remotes'], { cwd });
  return [...new Set(output.split('\n').filter(Boolean))];
}

/** The empty tree's id in this repository's hash (SHA-1 or SHA-256): the base of a diff of everything. */
export async function emptyTree(cwd: string): Promise<string> {
  return (await runGit(['hash-object', '-t', 'tree', '--stdin'], { cwd, input: '' })).trim();
}

/** Whether the checkout is a shallow clone (`git rev-parse --is-shallow-repository`, git ≥ 2.15). */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await runGit(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
}

/** The commits a shallow clone has without their parents (`.git/shallow`). */
export async function shallowBoundary(cwd: string): Promise<Set<string>> {
  const file = (await runGit(['rev-parse', '--git-path', 'shallow'], { cwd })).trim();
  const text = await readFile(resolve(cwd, file), 'utf8').catch(() => '');
  return new Set(text.split('\n').filter(Boolean));
}

/** The remote to fetch from: `origin` when there is one, else the first listed, else undefined. */
export async function defaultRemote(cwd: string): Promise<string | undefined> {
  const remotes = (await runGit(['remote'], { cwd })).split('\n').filter(Boolean);
  return remotes.includes('origin') ? 'origin' : remotes[0];
}

/**
 * `rev-list --stdin` input (no argv length limit for thousands of branches): the tip, then each
 * excluded tip as `^tip` (a `--not` line on stdin needs git 2.42).
 */
function revisions(include: string, exclude: readonly string[]): string {
  return [include, ...exclude.map((tip) => `^${tip}`), ''].join('\n');
}

async function firstLine(output: Promise<string>): Promise<string | undefined> {
  try {
    return (await output).split('\n')[0]?.trim() || undefined;
  } catch {
    return undefined;
  }
}
