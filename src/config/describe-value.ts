/**
 * Wording shared by every config message: how a key path and a value are printed. Values are the
 * user's own, so short ones help ("got \"ten\""), except where they may be credentials.
 */

/** Longer values are cut, so one line stays one line and a pasted blob stays out of logs. */
export const MAX_ECHO_LENGTH = 40;

/**
 * Keys whose values are never echoed: header values carry bypass tokens, `json` bodies may carry
 * passwords, `webhook` URLs are credentials themselves, allow-list `value`s are the secret, and an
 * env var's `default` may be a real key, and a `password` written where `${env.NAME}` belongs is one.
 */
const SENSITIVE_KEYS = new Set(['headers', 'json', 'webhook', 'value', 'valueRegex', 'default', 'password']);

/** True when a value at `path` (or under it) must not be printed. */
export function isSensitivePath(path: readonly string[]): boolean {
  return path.some((segment) => SENSITIVE_KEYS.has(segment));
}

/** `smoke.routes[0].expect.status`, `headers["x-api-key"]`; `the top level` for the empty path. */
export function formatPath(path: readonly string[]): string {
  if (path.length === 0) return 'the top level';
  return path
    .map((segment, index) => {
      if (/^\d+$/.test(segment)) return `[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return index === 0 ? segment : `.${segment}`;
      return `[${quote(segment)}]`;
    })
    .join('');
}

/** A value as it appears after "got": `"5 minutes"`, `3`, `true`, `a list`, `an empty value`. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return kindOf(value);
}

/** A value as it appears after "expected …, got": `a string ("ten")`, or just `a string` if sensitive. */
export function describeValue(value: unknown, sensitive: boolean): string {
  const kind = kindOf(value);
  const scalar = typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && value !== '');
  if (sensitive || !scalar) return kind;
  return `${kind} (${quoteValue(value)})`;
}

/** A JSON-quoted string, cut to `MAX_ECHO_LENGTH` characters. */
export function quote(text: string): string {
  return JSON.stringify(text.length > MAX_ECHO_LENGTH ? `${text.slice(0, MAX_ECHO_LENGTH)}…` : text);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value === 'number') return 'a number';
  return typeof value === 'boolean' ? 'a boolean' : typeof value;
}
