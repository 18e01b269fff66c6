/** The HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  if (error !== null && typeof error === 'object' && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return undefined;
}

/**
 * The status and the first line of a failed GitHub call, at most 200 characters of it. Octokit's
 * messages can embed the request (never the token, which it redacts), so the rest is dropped.
 */
export function summarizeGitHubError(error: unknown): string {
  const status = httpStatus(error);
  const message = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).slice(0, 200);
  return status ? `${status}: ${message}` : message;
}

/** {@link summarizeGitHubError} for a failed comment write, with what to do about a 403 or 404. */
export function describeGitHubError(error: unknown): string {
  const status = httpStatus(error);
  if (status === 403 || status === 404) {
    return `${summarizeGitHubError(error)} — the token cannot write here (a pull request from a fork gets a read-only token; see the README's "Fork pull requests" section, or grant \`pull-requests: write\`)`;
  }
  return summarizeGitHubError(error);
}
