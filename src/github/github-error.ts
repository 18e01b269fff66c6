/** The HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(error: unknown): number | undefined {
  if (error !== null && typeof error === 'object' && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return undefined;
}

/**
 * A short, safe description of a failed GitHub call. Octokit's messages can embed the request
 * (never the token, which it redacts), so we keep the status and the first line only.
 */
export function describeGitHubError(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  if (status === 403 || status === 404) {
    return `${status}: ${message.slice(0, 200)} — the token cannot write here (a pull request from a fork gets a read-only token; see the README's "Fork pull requests" section, or grant \`pull-requests: write\`)`;
  }
  return status ? `${status}: ${message.slice(0, 200)}` : message.slice(0, 200);
}
