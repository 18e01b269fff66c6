/**
 * The shared false-positive filters: each looks at one candidate secret and says keep it, drop it,
 * or keep it at low confidence. One file each, composed in `apply-filters.ts`.
 */
import type { SecretRule, SharedFilterName } from '../contracts.js';

/** What a filter sees of a candidate; it never leaves the scanner. */
export interface FilterInput {
  rule: SecretRule;
  /** The secret as the rule captured it. */
  value: string;
  /** The line around the secret, at most 256 characters each side (see `lineAround`). */
  line: string;
  /** Repository-relative path with `/` separators. */
  path: string;
  /** The scanned text and the secret's offset in it, for filters that look past the line (PEM blocks). */
  text: string;
  start: number;
}

/** `lower`: a real-looking value in a place that says it is fake; reported at low confidence. */
export type FilterVerdict = 'keep' | 'drop' | 'lower';

export interface SharedFilter {
  name: SharedFilterName;
  judge(input: FilterInput): FilterVerdict;
}
