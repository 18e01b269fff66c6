/**
 * The last line of defence of "never print a value": every string the env check hands back (and
 * the message of an error it throws) has the values of secret variables cut out. The rules already
 * print shapes only; this catches what a helper might echo by mistake (a parser quoting a line, a
 * library error quoting its input). Only values of secret variables (marked `secret`, or named
 * like a credential) of at least 8 characters are cut: shorter ones, and values of ordinary
 * variables (`production`, `3000`), would cut ordinary words out of the text.
 */
import type { EnvVarSpec } from '../../config/config-types.js';
import type { CheckOutcome } from '../check.js';
import { looksSecret } from './values/describe-shape.js';

const MIN_SCRUBBED_LENGTH = 8;
export const SCRUBBED = '[redacted]';

/** A name and a value it had somewhere (the job's environment, an env file). */
export interface NamedValue {
  name: string;
  value: string;
}

/** The values to cut: of secret-marked or secret-named variables, longest first. */
export function secretValuesOf(values: Iterable<NamedValue>, vars: Record<string, EnvVarSpec>): string[] {
  const found = new Set<string>();
  for (const { name, value } of values) {
    const spec = vars[name];
    const secret = spec?.secret === true || (spec?.public !== true && looksSecret(name));
    const trimmed = value.trim();
    if (secret && trimmed.length >= MIN_SCRUBBED_LENGTH) {
      found.add(value);
      found.add(trimmed);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

export function scrubText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join(SCRUBBED);
  return result;
}

/** The outcome with every string scrubbed (findings, tables, reason); the same object when there is nothing to cut. */
export function scrubOutcome(outcome: CheckOutcome, secrets: readonly string[]): CheckOutcome {
  if (secrets.length === 0) return outcome;
  return scrubDeep(outcome, secrets);
}

function scrubDeep<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return scrubText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubDeep(item, secrets)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubDeep(item, secrets)])) as T;
}
