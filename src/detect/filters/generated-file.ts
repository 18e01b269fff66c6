/**
 * Source maps' `mappings`: base64 VLQ (Source Map v3, https://tc39.es/ecma426/), letters and
 * digits by the megabyte, where a name-based guess finds "keys" (issue #16). Only the generic
 * rule's guesses inside that one string are dropped: `sourcesContent` is the package's own source,
 * scanned like any source (a secret bundled from a config file is still one), and a provider's
 * token is found by its own rule wherever it is. Lockfiles' digests are lockfile-integrity.ts's.
 */
import type { FilterInput, SharedFilter } from './filter-types.js';

const MAPPINGS_KEY = '"mappings"';
/** How far back the key may be: a `mappings` string of a large bundle runs to megabytes. */
const MAX_MAPPINGS_LENGTH = 64 * 1024 * 1024;

/** Whether the match sits inside the `"mappings": "…"` string of a `.map` file. */
export function isInSourceMapMappings(input: Pick<FilterInput, 'path' | 'text' | 'start'>): boolean {
  if (!input.path.endsWith('.map')) return false;
  const key = input.text.lastIndexOf(MAPPINGS_KEY, input.start);
  if (key < 0 || input.start - key > MAX_MAPPINGS_LENGTH) return false;
  const open = input.text.indexOf('"', key + MAPPINGS_KEY.length);
  if (open < 0 || open >= input.start) return false;
  // The string is open at the match when its closing quote comes after it (VLQ has no quotes).
  const close = input.text.indexOf('"', open + 1);
  return close === -1 || close >= input.start;
}

export const generatedFileFilter: SharedFilter = {
  name: 'generated-file',
  judge: (input) => (input.rule.category === 'generic' && isInSourceMapMappings(input) ? 'drop' : 'keep')
};
