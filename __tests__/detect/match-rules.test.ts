import type { SecretRule } from '../../src/detect/contracts.js';
import { compileRule, findMatches, findMatchesOnLines } from '../../src/detect/match-rules.js';

function rule(pattern: RegExp, extra: Partial<SecretRule> = {}): SecretRule {
  return { id: 'r', title: 'r', description: 'r', severity: 'high', keywords: [], pattern, remediation: '', ...extra };
}

const matches = (text: string, r: SecretRule) => [...findMatches(text, compileRule(r))].map(({ value, start, end }) => ({ value, start, end }));

describe('findMatches', () => {
  test('adds g and d, and m for line scope; keeps the rule\'s own flags', () => {
    expect(compileRule(rule(/a/i)).pattern.flags).toBe('dgim');
    expect(compileRule(rule(/a/, { scope: 'file' })).pattern.flags).toBe('dg');
  });

  test('the whole match, a numbered group, or the named group `secret`', () => {
    const text = 'key = abc123';
    expect(matches(text, rule(/key = (\w+)/))).toEqual([{ value: 'key = abc123', start: 0, end: 12 }]);
    expect(matches(text, rule(/key = (\w+)/, { secretGroup: 1 }))).toEqual([{ value: 'abc123', start: 6, end: 12 }]);
    expect(matches(text, rule(/(key) = (?<secret>\w+)/, { secretGroup: 1 }))).toEqual([{ value: 'abc123', start: 6, end: 12 }]);
  });

  test('a secret group that did not take part means no match', () => {
    expect(matches('key', rule(/key(?<secret>=\w+)?/))).toEqual([]);
  });

  test('line scope: ^ and $ mean the line, as when rules ran per line', () => {
    expect(matches('x\nabc\ny', rule(/^abc$/))).toEqual([{ value: 'abc', start: 2, end: 5 }]);
  });

  test('line scope: a match across a newline is re-run on its first line, and the scan goes on', () => {
    const text = 'secret =\n  tok1 secret = tok2\nsecret = tok3';
    const found = matches(text, rule(/secret\s*=\s*(\w+)/, { secretGroup: 1 }));
    expect(found.map((m) => m.value)).toEqual(['tok2', 'tok3']);
  });

  test('line scope: the shorter match on the same line is not lost to the longer one', () => {
    const text = 'a=1 b=\n2';
    expect(matches(text, rule(/\w=\s*\d/)).map((m) => m.value)).toEqual(['a=1']);
  });

  test('file scope: a match may span lines', () => {
    const text = 'x\nBEGIN\nbody\nEND\n';
    expect(matches(text, rule(/BEGIN[\s\S]*?END/, { scope: 'file' }))).toEqual([{ value: 'BEGIN\nbody\nEND', start: 2, end: 16 }]);
  });

  test('keyword scope: line when a keyword is written in the pattern, else file; explicit wins', () => {
    expect(compileRule(rule(/ghp_[a-z]{4}/, { keywords: ['ghp_'] })).keywordLines).toBe(true);
    expect(compileRule(rule(/gh[pousr]_[a-z]{4}/, { keywords: ['ghp_'] })).keywordLines).toBe(false);
    expect(compileRule(rule(/[MNO][a-z]{20}/, { keywords: ['discord'] })).keywordLines).toBe(false);
    expect(compileRule(rule(/[MNO][a-z]{20}/, { keywords: ['discord'], keywordScope: 'line' })).keywordLines).toBe(true);
    expect(compileRule(rule(/ghp_[a-z]{4}/, { keywords: ['ghp_'], scope: 'file' })).keywordLines).toBe(false);
  });

  test('on keyword lines only: adjacent lines are one slice, offsets stay the text\'s', () => {
    const text = 'k=1\nk=2\nx=3\nk=4';
    const compiled = compileRule(rule(/\w=(\d)/, { secretGroup: 1 }));
    const found = [...findMatchesOnLines(text, compiled, [0, 4, 12])].map(({ value, start }) => [value, start]);
    expect(found).toEqual([
      ['1', 2],
      ['2', 6],
      ['4', 14]
    ]);
  });

  test('a rule that reads the line before: each keyword line with the line above it, in one slice when they touch', () => {
    // The name on one line, its value under it; the pattern looks back across the newline.
    const entry = rule(/(?<=name: (?:secret|token)\r?\n *)value: (\w+)/, { secretGroup: 1, keywords: ['value:'], keywordScope: 'line', readsLineBefore: true });
    const compiled = compileRule(entry);
    const text = 'value: first\nname: token\n  value: t1\nx\nname: secret\nvalue: s1\nname: secret\r\nvalue: s2';
    const starts = [0, 25, 52, 76];
    expect(text.slice(25, 32)).toBe('  value');
    const found = [...findMatchesOnLines(text, compiled, starts)].map(({ value, start }) => [value, start]);
    expect(found).toEqual([
      ['t1', text.indexOf('t1')],
      ['s1', text.indexOf('s1')],
      ['s2', text.indexOf('s2')]
    ]);
    // The same rule read line by line misses the name above.
    expect([...findMatchesOnLines(text, compileRule({ ...entry, readsLineBefore: false }), starts)]).toEqual([]);
  });

  test('an empty match never hangs and reports nothing', () => {
    expect(matches('abc\n\ndef', rule(/x*/))).toEqual([]);
  });
});
