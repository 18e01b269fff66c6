import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from '../logger.js';
import { VERSION } from '../version.js';

const GitHubClient = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubClient>;

/** How many times a rate-limited request is retried before it fails. */
const RATE_LIMIT_RETRIES = 2;

/**
 * The only place Octokit is created: retries 5xx and network errors (plugin-retry), waits out
 * primary and secondary rate limits a bounded number of times (plugin-throttling, as GitHub's
 * "best practices for using the REST API" asks), and logs through our Logger, never the console.
 */
export function createOctokit(options: { token: string; baseUrl: string; logger: Logger }): GitHubClient {
  const { logger } = options;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    logger.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter}s`);
    return retryCount < RATE_LIMIT_RETRIES;
  };
  return new GitHubClient({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: `launch-ready/${VERSION}`,
    log: { debug: () => {}, info: () => {}, warn: (message: string) => logger.warning(message), error: (message: string) => logger.warning(message) },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    retry: { retries: 2 }
  });
}
