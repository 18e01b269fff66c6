/**
 * No built-in pattern backtracks catastrophically.
 *
 * `recheck` (https://makenowjust-labs.github.io/recheck/) proves it with its automaton checker,
 * which is exact and fast (milliseconds per pattern, offline) but does not model look-around. So
 * each pattern is checked with its look-arounds removed (which only widens what it matches), each
 * look-around body is checked on its own, and a structural check requires every quantifier, in
 * look-arounds too, to be bounded: then a look-around costs a bounded number of steps wherever it
 * is tried. A hostile-input test runs every rule over a text built to make it retry, and counts.
 */
import { check } from 'recheck';
import { BUILTIN_RULES } from '../../../src/detect/rules/index.js';
import { findSecrets } from './find-secrets.js';
import { sampleFor } from './samples.js';

/** Flags recheck knows; `d` and `g` change neither the language nor the backtracking. */
const flagsOf = (pattern: RegExp) => pattern.flags.replace(/[dg]/g, '');

/** A pattern's look-arounds cut out, and their bodies: `a(?<!b)c` → `{ outer: 'ac', bodies: ['b'] }`. */
function splitLookarounds(source: string): { outer: string; bodies: string[] } {
  let outer = '';
  const bodies: string[] = [];
  let index = 0;
  while (index < source.length) {
    const opener = /^\(\?(?:<[=!]|[=!])/.exec(source.slice(index));
    if (!opener) {
      const end = tokenEnd(source, index);
      outer += source.slice(index, end);
      index = end;
      continue;
    }
    let depth = 1;
    let cursor = index + opener[0].length;
    while (depth > 0) {
      if (source[cursor] === '(') depth += 1;
      if (source[cursor] === ')') depth -= 1;
      cursor = depth > 0 ? tokenEnd(source, cursor) : cursor;
    }
    const inner = splitLookarounds(source.slice(index + opener[0].length, cursor));
    bodies.push(inner.outer, ...inner.bodies);
    index = cursor + 1;
  }
  return { outer, bodies };
}

/** The end of the token at `index`: an escape, a character class, or one character. */
function tokenEnd(source: string, index: number): number {
  if (source[index] === '\\') return index + 2;
  if (source[index] !== '[') return index + 1;
  let cursor = index + 1;
  while (source[cursor] !== ']') cursor += source[cursor] === '\\' ? 2 : 1;
  return cursor + 1;
}

/** Unbounded quantifiers (`*`, `+`, `{n,}`) outside character classes and escapes. */
function unboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  for (let index = 0; index < source.length; index = tokenEnd(source, index)) {
    const rest = source.slice(index);
    if (rest[0] === '*' || rest[0] === '+') found.push(`${rest[0]} at ${index}`);
    const open = /^\{\d+,\}/.exec(rest);
    if (open) found.push(`${open[0]} at ${index}`);
  }
  return found;
}

const RULES = BUILTIN_RULES.map((rule) => [rule.id, rule] as const);

describe('ReDoS', () => {
  test('the checker tells a vulnerable pattern (sanity)', async () => {
    const diagnostics = await check(splitLookarounds('(?<![a-z])(?:a|a)+$').outer, '', { checker: 'automaton' });
    expect(diagnostics.status).toBe('vulnerable');
  });

  test.each(RULES)('%s: recheck finds it safe', async (_id, rule) => {
    const { outer, bodies } = splitLookarounds(rule.pattern.source);
    for (const source of [outer, ...bodies.filter(Boolean)]) {
      const diagnostics = await check(source, flagsOf(rule.pattern), { checker: 'automaton', timeout: 10_000 });
      expect({ source, status: diagnostics.status }).toEqual({ source, status: 'safe' });
    }
  });

  test.each(RULES)('%s: every quantifier is bounded', (_id, rule) => {
    expect(unboundedQuantifiers(rule.pattern.source)).toEqual([]);
  });

  test.each(RULES)('%s: a hostile text of near misses is matched at most once per repetition', (id, rule) => {
    const sample = sampleFor(id);
    // The secret minus its last character, glued to the next copy: every copy is a start that fails late.
    const nearMiss = sample.line.replace(sample.secret, () => sample.secret.slice(0, -1));
    const repetitions = 400;
    expect(findSecrets(rule, nearMiss.repeat(repetitions)).length).toBeLessThanOrEqual(repetitions);
    expect(findSecrets(rule, `${sample.secret.slice(0, 12)}${'a1B2-c_3/'.repeat(2000)}`).length).toBeLessThanOrEqual(1);
  });
});
