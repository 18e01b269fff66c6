/**
 * `secrets.allow`: accepted findings, each with a reason. An entry matches a finding when every field
 * it sets matches: `rule` and `path` are picomatch globs (`dot: true`), `value` is the exact secret
 * (for documented test values that are public anyway). An entry that sets none of the three matches
 * nothing: a bare `reason` must not silence the whole check.
 */
import picomatch from 'picomatch';
import type { SecretsConfig } from '../../config/config-types.js';

/** What the allow-list sees of a match; the value never leaves the scanner. */
export interface AllowCandidate {
  ruleId: string;
  path: string;
  value: string;
}

/** Whether a match is allowed (not reported). */
export type AllowPredicate = (candidate: AllowCandidate) => boolean;

type Matcher = (candidate: AllowCandidate) => boolean;

/** Compiles the allow entries once into a predicate. */
export function createAllowList(entries: SecretsConfig['allow']): AllowPredicate {
  const matchers = entries.flatMap((entry) => {
    const matcher = compileEntry(entry);
    return matcher ? [matcher] : [];
  });
  return (candidate) => matchers.some((matches) => matches(candidate));
}

function compileEntry(entry: SecretsConfig['allow'][number]): Matcher | undefined {
  const tests: Matcher[] = [];
  if (entry.rule !== undefined) {
    const rule = picomatch(entry.rule, { dot: true });
    tests.push((candidate) => rule(candidate.ruleId));
  }
  if (entry.path !== undefined) {
    const path = picomatch(entry.path, { dot: true });
    tests.push((candidate) => path(candidate.path));
  }
  if (entry.value !== undefined) {
    const value = entry.value;
    tests.push((candidate) => candidate.value === value);
  }
  if (tests.length === 0) return undefined;
  return (candidate) => tests.every((test) => test(candidate));
}
