/**
 * A shallow checkout (actions/checkout's default `fetch-depth: 1`) lacks the commits a diff needs.
 * Rather than scan less, fetch more: `git fetch --deepen=N` a few times with growing N, asking for
 * the commits we need by id, until the caller's question can be answered. Bounded, so a huge
 * repository costs at most three fetches; when it still fails, the caller says what it could not see.
 */
import type { Logger } from '../logger.js';
import { defaultRemote, isShallow } from './commit-graph.js';
import { isObjectId, runGit } from './run-git.js';

/** Commits added to the shallow boundary per attempt; three attempts reach 5,550 commits deep. */
export const DEEPEN_STEPS = [50, 500, 5000] as const;

/** Inputs of {@link deepenUntil}. */
export interface DeepenInput {
  cwd: string;
  /** Commits to fetch by id (hex ids only; anything else is ignored). */
  want: readonly string[];
  /** Re-asked after each fetch; deepening stops when it is true. */
  isSatisfied: () => Promise<boolean>;
  logger: Logger;
}

/** What deepening achieved: `fetches` is how many fetches ran (0 when none was needed or possible). */
export interface DeepenResult {
  satisfied: boolean;
  fetches: number;
}

/** Deepens a shallow clone until `isSatisfied()`; a complete clone is never fetched into. */
export async function deepenUntil(input: DeepenInput): Promise<DeepenResult> {
  if (await input.isSatisfied()) return { satisfied: true, fetches: 0 };
  const { cwd, logger } = input;
  if (!(await isShallow(cwd))) return { satisfied: false, fetches: 0 };
  const remote = await defaultRemote(cwd);
  if (!remote) return { satisfied: false, fetches: 0 };
  const want = [...new Set(input.want.filter(isObjectId))];
  let fetches = 0;
  for (const depth of DEEPEN_STEPS) {
    fetches += 1;
    logger.info(`secrets: the checkout is shallow; fetching ${depth} more commits of history from ${remote}`);
    try {
      await runGit(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', `--deepen=${depth}`, remote, ...want], {
        cwd,
        // Never wait for a password prompt: CI has no one to type it.
        env: { GIT_TERMINAL_PROMPT: '0' }
      });
    } catch (error) {
      logger.debug(`secrets: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (await input.isSatisfied()) return { satisfied: true, fetches };
    if (!(await isShallow(cwd))) break;
  }
  return { satisfied: false, fetches };
}
