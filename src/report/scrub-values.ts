/**
 * The last line of defence of "never print a value": every string a check hands back (and the
 * reason of a check that errored) has the secret values of the run cut out before the report
 * exists. Checks print shapes only; this catches what a helper might echo by mistake (a parser
 * quoting a line, a library error quoting its input). Values shorter than 8 characters are never
 * cut: `true` or `3000` would cut ordinary words out of the text.
 */

export const MIN_SCRUBBED_LENGTH = 8;
export const SCRUBBED = '[redacted]';

/** The values worth cutting, each also trimmed, longest first (so a longer value is cut whole). */
export function scrubbable(values: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed.length < MIN_SCRUBBED_LENGTH) continue;
    found.add(value);
    found.add(trimmed);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

export function scrubText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join(SCRUBBED);
  return result;
}

/** `value` with every string in it scrubbed (findings, tables, reason); the same object when there is nothing to cut. */
export function scrubValues<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  return scrubDeep(value, secrets);
}

function scrubDeep<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return scrubText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubDeep(item, secrets)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubDeep(item, secrets)])) as T;
}
