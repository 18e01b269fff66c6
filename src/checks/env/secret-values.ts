/**
 * Which values the env check read must never print: those of variables marked `secret`, or named
 * like a credential and not declared public. The check hands them to the pipeline (`redact`), which
 * cuts them from every check's output (see report/scrub-values.ts).
 */
import type { EnvVarSpec } from '../../config/config-types.js';
import { scrubbable } from '../../report/scrub-values.js';
import { looksSecret } from './values/describe-shape.js';

/** A name and a value it had somewhere (the job's environment, an env file). */
export interface NamedValue {
  name: string;
  value: string;
}

/** The values to cut: of secret-marked or secret-named variables, longest first. */
export function secretValuesOf(values: Iterable<NamedValue>, vars: Record<string, EnvVarSpec>): string[] {
  const secret: string[] = [];
  for (const { name, value } of values) {
    const spec = vars[name];
    if (spec?.secret === true || (spec?.public !== true && looksSecret(name))) secret.push(value);
  }
  return scrubbable(secret);
}
