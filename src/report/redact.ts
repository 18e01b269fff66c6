/**
 * The only place a secret value is turned into text that leaves the scanner: its shape, never the
 * value. At most 4 leading characters (enough to tell `ghp_` from `gho_` or `sk_live_`), fewer for
 * short values, where 4 characters would be a large share of the secret.
 */

/** Values at least this long show 4 characters; shorter ones show 2 or none. */
const FULL_PREFIX_MIN_LENGTH = 12;
const SHORT_PREFIX_MIN_LENGTH = 8;

/**
 * `ghp_… (40 chars)` for a 40-character value; `ab… (9 chars)`; `… (5 chars)`.
 * Lengths count Unicode code points so a prefix never splits a surrogate pair.
 */
export function redact(value: string): string {
  const chars = Array.from(value);
  const shown = prefixLength(chars.length);
  return `${chars.slice(0, shown).join('')}… (${chars.length} chars)`;
}

function prefixLength(length: number): number {
  if (length >= FULL_PREFIX_MIN_LENGTH) return 4;
  if (length >= SHORT_PREFIX_MIN_LENGTH) return 2;
  return 0;
}
