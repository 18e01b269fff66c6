/**
 * The values of the env vars the config marks `secret: true`, as set in this run's environment:
 * the scanner searches them verbatim (and encoded) in build output and logs, which finds a server
 * secret shipped to the browser with no false positives. The environment arrives through
 * `CheckDeps.env` (read only by the entry points), never from `process.env` here. Values too short
 * to search are the scanner's to skip and report (engine/known-values.ts).
 */
import type { EnvConfig } from './config-types.js';
import type { KnownValue } from '../detect/contracts.js';

/** The secret-marked variables that are set (non-empty), with their values; `[]` without an env section. */
export function knownValuesFrom(env: EnvConfig | undefined, values: Readonly<Record<string, string | undefined>> | undefined): KnownValue[] {
  if (!env || !values) return [];
  return Object.entries(env.vars).flatMap(([name, spec]) => {
    const value = values[name];
    return spec.secret && value ? [{ name, value }] : [];
  });
}
