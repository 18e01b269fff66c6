/**
 * URLs built from PR-controlled paths and report fields, made safe for a Markdown link destination
 * inside a table cell and for a SARIF `artifactLocation.uri`.
 */

/** Where file links point: `${repoUrl}/blob/${sha}/${path}#L${line}`. */
export interface RepoLinks {
  /** e.g. `https://github.com/owner/name` */
  repoUrl: string;
  /** The commit the findings were made on, so links keep pointing at the right lines. */
  sha: string;
}

/**
 * A repository-relative path as a URI path: each segment percent-encoded (RFC 3986 §2.1), `/` kept,
 * Windows separators and a leading `./` or `/` removed. `encodeURIComponent` leaves `!'()*` alone;
 * they are encoded too because parentheses end a Markdown link destination.
 */
export function encodePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/|\/)+/, '')
    .split('/')
    .map(encodeSegment)
    .join('/');
}

/** One path segment, percent-encoded including `!'()*`. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, percentEncode);
}

/**
 * `url` when it is an absolute http(s) URL, serialised so it cannot break out of a Markdown link
 * destination or a table cell; `undefined` otherwise (`javascript:`, relative, malformed).
 */
export function safeHttpUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // The WHATWG serialiser already encodes spaces, `"` and angle brackets; it leaves parentheses
  // (they end a Markdown link destination, CommonMark §6.3), `|` (splits a GFM table row), and `'`,
  // backslashes and backticks in the query.
  return parsed.href.replace(/[()|'\\`]/g, percentEncode);
}

/** Link to a line of a file at the links' commit, or `undefined` when the repository URL is not http(s). */
export function fileLineUrl(links: RepoLinks, path: string, line: number): string | undefined {
  const repoUrl = safeHttpUrl(links.repoUrl);
  if (!repoUrl) return undefined;
  const anchor = Number.isInteger(line) && line > 0 ? `#L${line}` : '';
  return `${repoUrl.replace(/\/+$/, '')}/blob/${encodeSegment(links.sha)}/${encodePath(path)}${anchor}`;
}

function percentEncode(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
