/**
 * On a pull request with no base URL from anywhere else, the deploy to test is the preview the
 * hosting integration builds for the head commit: wait while it is missing or pending (builds take
 * minutes), with backoff, until it is ready, fails, or the check's deadline comes.
 */
import type { Clock } from '../../clock.js';
import type { PreviewDeployment } from '../../github/find-preview-deployment.js';
import type { GitHubReader } from '../../github/github-reader.js';

const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 15_000;

export interface PreviewWait {
  found: PreviewDeployment;
  waitedMs: number;
  polls: number;
}

export async function waitForPreview(
  github: GitHubReader,
  deps: { clock: Clock; signal: AbortSignal; random?: () => number },
  deadline: number
): Promise<PreviewWait> {
  const started = deps.clock.now();
  const random = deps.random ?? Math.random;
  for (let poll = 1; ; poll += 1) {
    const found = await github.findPreviewDeployment();
    const left = deadline - deps.clock.now();
    if (found.state === 'ready' || found.state === 'failed' || left <= 0 || deps.signal.aborted) {
      return { found, waitedMs: deps.clock.now() - started, polls: poll };
    }
    const backoff = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 1.5 ** (poll - 1)) * (0.75 + random() / 2);
    await deps.clock.sleep(Math.min(backoff, left), deps.signal).catch(() => {});
  }
}
