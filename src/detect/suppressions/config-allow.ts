/**
 * `secrets.allow`: accepted findings, each with a reason. An entry matches when every field it sets
 * matches: `rule` and `path` are picomatch globs (`dot: true`), `value` is the exact secret,
 * `valueRegex` a JavaScript RegExp found anywhere in the secret (a leading `(?i)` is the `i` flag;
 * anchor with `^…$` for the whole value). An entry that sets none of them matches nothing: a bare
 * `reason` must not silence the whole check. From its `expires` date (UTC) on, an entry matches
 * nothing and is reported as expired, so a temporary exception cannot become permanent unnoticed.
 */
import picomatch from 'picomatch';
import type { SecretsConfig } from '../../config/config-types.js';

export type AllowEntry = SecretsConfig['allow'][number];

/** What the allow-list sees of a match; the value never leaves the scanner. */
export interface AllowCandidate {
  ruleId: string;
  path: string;
  value: string;
}

export interface AllowEntryState {
  /** Index in `secrets.allow`, for messages (`secrets.allow[2]`). */
  index: number;
  entry: AllowEntry;
  expired: boolean;
  used: boolean;
}

export interface AllowList {
  /** Whether an entry accepts the candidate; marks the entries that do as used. */
  allows(candidate: AllowCandidate): boolean;
  readonly states: readonly AllowEntryState[];
}

type Test = (candidate: AllowCandidate) => boolean;

export function compileAllowList(entries: readonly AllowEntry[], today: Date): AllowList {
  const day = today.toISOString().slice(0, 10);
  const compiled = entries.map((entry, index) => ({
    state: { index, entry, expired: entry.expires !== undefined && entry.expires <= day, used: false },
    test: compileEntry(entry)
  }));
  return {
    allows(candidate) {
      let allowed = false;
      for (const { state, test } of compiled) {
        if (state.expired || !test?.(candidate)) continue;
        state.used = true;
        allowed = true;
      }
      return allowed;
    },
    states: compiled.map(({ state }) => state)
  };
}

function compileEntry(entry: AllowEntry): Test | undefined {
  const tests: Test[] = [];
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
  if (entry.valueRegex !== undefined) {
    const regex = compileValueRegex(entry.valueRegex);
    tests.push((candidate) => regex.test(candidate.value));
  }
  if (tests.length === 0) return undefined;
  return (candidate) => tests.every((test) => test(candidate));
}

/** The config loader has checked that it compiles (find-semantic-problems.ts). */
export function compileValueRegex(source: string): RegExp {
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source);
}
