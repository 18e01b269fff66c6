/**
 * What validating one env var value concluded. A `problem` names the kind of problem and what was
 * expected ("not a URL: missing scheme"), never the value: it goes into findings for variables
 * that may be credentials.
 */

/** `unset` (absent, or empty without `allowEmpty`), `valid` (with a canonical form where one exists) or `invalid`. */
export type ValueVerdict =
  | { state: 'unset' }
  | { state: 'valid'; normalized?: string }
  | { state: 'invalid'; problem: string };

/** The verdict for an unset variable. */
export const UNSET: ValueVerdict = Object.freeze({ state: 'unset' });

/** A valid verdict; `normalized` only when it differs in kind from the raw text (e.g. `yes` → `true`). */
export function valid(normalized?: string): ValueVerdict {
  return normalized === undefined ? { state: 'valid' } : { state: 'valid', normalized };
}

/** An invalid verdict; `problem` must never quote the value. */
export function invalid(problem: string): ValueVerdict {
  return { state: 'invalid', problem };
}
