/**
 * The literal text every match starts with, read from a pattern, and the keywords a rule's matches
 * start with; then the point of it: for every built-in rule whose matches start with a keyword, the
 * rule tried at its keywords' starts finds exactly what a search of the whole text finds, on its
 * sample among long lines of other rules' keywords.
 */
import type { SecretRule } from '../../src/detect/contracts.js';
import { anchorKeywords, literalPrefixes } from '../../src/detect/match-prefix.js';
import { compileRule, findMatches, findMatchesAt } from '../../src/detect/match-rules.js';
import { createPrefilter } from '../../src/detect/prefilter.js';
import { BUILTIN_RULES } from '../../src/detect/rules.js';
import { START } from '../../src/detect/rules/pattern.js';
import { sampleSecrets } from './rules/samples.js';

function rule(pattern: RegExp, keywords: string[]): SecretRule {
  return { id: 'r', title: 'r', description: 'r', severity: 'high', keywords, pattern, remediation: '' };
}

describe('literalPrefixes', () => {
  test.each([
    ['a literal after a look-behind', `${START}EAA[A-Za-z0-9]{97,400}`, ['EAA']],
    ['each alternative of a leading group', `${START}(?:EAAA[a-z]{60}|sq0atp-[a-z]{22})`, ['EAAA', 'sq0atp-']],
    ['escaped punctuation, then a look-behind', String.raw`:\/\/(?<=[a-z]{1,20}:\/\/)[^@]{1,64}@`, ['://']],
    ['a named group', String.raw`(?<token>ghp_)[A-Za-z0-9]{36}`, ['ghp_']],
    ['top-level alternatives', 'abc|de[0-9]', ['abc', 'de']],
    ['not a character a quantifier applies to', 'ab?c', ['a']]
  ])('%s', (_name, source, expected) => {
    expect(literalPrefixes(source)).toEqual(expected);
  });

  test.each([
    ['an optional leading group', '(?:transfer)?wise[_-]key'],
    ['a character class first', '[a-f0-9]{32}-us[0-9]'],
    ['an escape that is no literal', String.raw`\bkey`],
    ['an empty alternative', 'abc|'],
    ['a quantified first character', 'a*bc'],
    ['an unbalanced group', '(?:abc']
  ])('none for %s', (_name, source) => {
    expect(literalPrefixes(source)).toBeUndefined();
  });
});

describe('anchorKeywords', () => {
  test('the longest keyword each prefix starts with; none when a prefix starts with no keyword', () => {
    expect(anchorKeywords(rule(/sk_live_[a-z]{24}/g, ['sk_', 'sk_live_', 'stripe']))).toEqual(['sk_live_']);
    expect(anchorKeywords(rule(/(?:EAAA[a-z]{4}|sq0atp-[a-z]{4})/g, ['eaaa', 'sq0atp-']))).toEqual(['eaaa', 'sq0atp-']);
    expect(anchorKeywords(rule(/gh[po]_[a-z]{36}/g, ['ghp_', 'gho_']))).toBeUndefined();
    expect(anchorKeywords(rule(/KEY[0-9A-F]{32}/g, ['telnyx']))).toBeUndefined();
  });
});

describe('findMatchesAt', () => {
  const matchesAt = (pattern: RegExp, text: string, starts: number[]) => [...findMatchesAt(text, compileRule(rule(pattern, [])), starts)].map(({ value, start }) => [value, start]);

  test('tries each start once, skips starts inside the last match and a prefix in another case', () => {
    const text = 'KEY1 key2 KEYKEY3';
    expect(matchesAt(/KEY[A-Z0-9]{1,4}/, text, [0, 5, 10, 13])).toEqual([
      ['KEY1', 0],
      ['KEYKEY3', 10]
    ]);
  });

  test('line scope: a match across a newline is re-run on its line, as a search does', () => {
    const text = 'tok=\n  x tok=2 tok=3';
    const pattern = /tok=\s*(\w+)/;
    const compiled = compileRule({ ...rule(pattern, ['tok=']), secretGroup: 1 });
    const searched = [...findMatches(text, compiled)].map(({ value, start }) => [value, start]);
    expect([...findMatchesAt(text, compiled, [0, 9, 15])].map(({ value, start }) => [value, start])).toEqual(searched);
    expect(searched).toEqual([
      ['2', 13],
      ['3', 19]
    ]);
  });

  describe('every built-in rule whose matches start with a keyword: the same matches as a search of the whole text', () => {
    const prefilter = createPrefilter(BUILTIN_RULES);
    const filler = 'var key=e.key||"";function pat(t){return t}eaa.us-1,EAA AKIA ghp_ :A re_ u="https://x.io/a";'.repeat(40);
    const anchored = sampleSecrets().filter((sample) => {
      const builtin = BUILTIN_RULES.find((candidate) => candidate.id === sample.ruleId);
      return builtin !== undefined && anchorKeywords(builtin) !== undefined;
    });

    test('most rules are', () => {
      expect(anchored.length).toBeGreaterThan(150);
    });

    test.each(anchored.map((sample) => [sample.ruleId, sample] as const))('%s', (ruleId, sample) => {
      const compiled = compileRule(BUILTIN_RULES.find((candidate) => candidate.id === ruleId) as SecretRule);
      const text = [`${filler}${sample.line}`, sample.line, `${sample.line} ${sample.line};${filler}`, `x${sample.line}`].join('\n');
      const selection = prefilter.select(text).find((selected) => selected.rule.id === ruleId);
      const starts = selection?.matchStarts ?? [];
      const found = [...findMatchesAt(text, compiled, starts)].map((match) => `${match.start}:${match.value}`);
      expect(found).toEqual([...findMatches(text, compiled)].map((match) => `${match.start}:${match.value}`));
      expect(found.some((match) => match.endsWith(`:${sample.secret}`))).toBe(true);
    });
  });
});
