import type { SecretRule } from '../../src/detect/contracts.js';
import { asciiBytes, NON_ASCII } from '../../src/detect/ascii-bytes.js';
import { createPrefilter, MAX_KEYWORD_LINES } from '../../src/detect/prefilter.js';

function rule(id: string, keywords: string[]): SecretRule {
  return { id, title: id, description: id, severity: 'high', keywords, pattern: /x/g, remediation: '' };
}

const RULES = [
  rule('github', ['ghp_', 'github_pat_']),
  rule('stripe', ['sk_live_']),
  rule('live', ['live_']),
  rule('always', []),
  rule('accented', ['clé_']),
  rule('slack', ['xoxb-'])
];

const selected = (text: string) => createPrefilter(RULES).select(text).map((selection) => selection.rule.id);

describe('createPrefilter', () => {
  test.each([
    ['no keyword: only the rules without keywords (and with a non-ASCII keyword)', 'const a = 1;', ['always', 'accented']],
    ['a keyword anywhere in the text', 'line one\nconst t = "ghp_…";', ['github', 'always', 'accented']],
    ['any case', 'TOKEN=GHP_ABC', ['github', 'always', 'accented']],
    ['a keyword that ends inside another (suffix link)', 'key = sk_live_123', ['stripe', 'live', 'always', 'accented']],
    ['a keyword after a false start', 'gh ghx ghp_', ['github', 'always', 'accented']],
    ['the second keyword of a rule', 'github_pat_11', ['github', 'always', 'accented']],
    ['a keyword after non-ASCII text', 'xoé xoxb-1', ['always', 'accented', 'slack']],
    ['a keyword split by non-ASCII text is no keyword', 'xoxé-b', ['always', 'accented']],
    ['rule order is kept', 'xoxb- ghp_', ['github', 'always', 'accented', 'slack']]
  ])('%s', (_name, text, expected) => {
    expect(selected(text)).toEqual(expected);
  });

  test('the marker keyword is looked for in the same pass, in any case, and selects no rule', () => {
    const prefilter = createPrefilter(RULES, { marker: 'launch-ready:' });
    const { selections, marked } = prefilter.selectAndLook('x = 1 // Launch-Ready:allow\nghp_');
    expect([selections.map((selection) => selection.rule.id), marked]).toEqual([['github', 'always', 'accented'], true]);
    expect(prefilter.selectAndLook('launch-ready allow, launch-readyz:').marked).toBe(false);
    expect(createPrefilter(RULES).selectAndLook('// launch-ready:allow').marked).toBe(false);
  });

  test('a prefilter given the automaton another built from the same rules selects the same (a worker takes the main thread\'s)', () => {
    const built = createPrefilter(RULES, { marker: 'launch-ready:' });
    const handedOver = createPrefilter(RULES, { marker: 'launch-ready:', automaton: structuredClone(built.automaton) });
    const text = 'a\nghp_ x sk_live_1\n// launch-ready:allow\nxoxb-';
    expect(handedOver.selectAndLook(text)).toEqual(built.selectAndLook(text));
  });

  test('the lines that hold a keyword, once each; none for rules without keywords', () => {
    const text = 'a\nghp_ x ghp_\nb\nGITHUB_PAT_1\nc';
    const byId = Object.fromEntries(createPrefilter(RULES).select(text).map((s) => [s.rule.id, s.lineStarts]));
    expect(byId).toEqual({ github: [2, 16], always: undefined, accented: undefined });
  });

  test('a keyword on too many lines means the whole text', () => {
    const text = Array.from({ length: MAX_KEYWORD_LINES + 1 }, () => 'ghp_').join('\n');
    expect(createPrefilter(RULES).select(text).find((s) => s.rule.id === 'github')).toEqual({ rule: RULES[0] });
  });

  test('an empty keyword makes its rule always run instead of matching everywhere', () => {
    const prefilter = createPrefilter([rule('empty', ['']), rule('other', ['zz'])]);
    expect(prefilter.select('abc').map((selection) => selection.rule.id)).toEqual(['empty']);
  });

  test('a large text with no keyword selects only the rules without keywords', () => {
    const text = 'g'.repeat(5_000_000);
    expect(createPrefilter(RULES).select(text).map((selection) => selection.rule.id)).toEqual(['always', 'accented']);
  });

  test('lines are right across non-ASCII text, empty lines and a long line full of keywords', () => {
    const long = 'ghp_ é '.repeat(100_000);
    const text = `é\n\n${long}\nxoxb-\n\nsk_live_ ghp_`;
    const byId = Object.fromEntries(createPrefilter(RULES).select(text).map((s) => [s.rule.id, s.lineStarts]));
    const lastLine = text.lastIndexOf('\n') + 1;
    expect(byId).toEqual({
      github: [3, lastLine],
      stripe: [lastLine],
      live: [lastLine],
      always: undefined,
      accented: undefined,
      slack: [3 + long.length + 1]
    });
  });

  test('a keyword is found wherever it sits, across the middle of the text too (the two walks meet there)', () => {
    for (const length of [10, 11, 40, 41]) {
      for (let at = 0; at + 'github_pat_'.length <= length; at += 1) {
        const text = `${'.'.repeat(at)}github_pat_${'.'.repeat(length - at - 'github_pat_'.length)}`;
        expect([length, at, selected(text)]).toEqual([length, at, ['github', 'always', 'accented']]);
      }
    }
  });

  test('keywords on both sides of the middle and on the line across it, each line once, in order', () => {
    const text = `ghp_\n${'x'.repeat(50)}\nsk_live_ ${'y'.repeat(20)} ghp_ ${'z'.repeat(20)}\n${'w'.repeat(50)}\nghp_`;
    const byId = Object.fromEntries(createPrefilter(RULES).select(text).map((s) => [s.rule.id, s.lineStarts]));
    const acrossMiddle = text.indexOf('sk_live_');
    expect(byId).toEqual({ github: [0, acrossMiddle, text.lastIndexOf('\n') + 1], stripe: [acrossMiddle], live: [acrossMiddle], always: undefined, accented: undefined });
  });

  test('the bytes a text was read from give what the text gives', () => {
    const text = 'a\nghp_ x\nxoxb-1\nsk_live_';
    const prefilter = createPrefilter(RULES);
    expect(prefilter.select(text, Buffer.from(text))).toEqual(prefilter.select(text));
  });
});

describe('asciiBytes', () => {
  test('ASCII text: its bytes', () => {
    expect([...asciiBytes('ab\n~')]).toEqual([97, 98, 10, 126]);
  });

  test('one byte per UTF-16 code unit, every character past ASCII as NON_ASCII, whatever its low byte', () => {
    // U+0141 and U+0161 have the low bytes of 'A' and 'a'; the emoji is two code units.
    expect([...asciiBytes('Łš k😀e')]).toEqual([NON_ASCII, NON_ASCII, 32, 107, NON_ASCII, NON_ASCII, 101]);
  });

  test('bytes the text was decoded from are used when they have one byte per character', () => {
    const read = Buffer.from('token=1');
    expect(asciiBytes('token=1', read)).toBe(read);
    const utf8 = Buffer.from('clé');
    expect([...asciiBytes('clé', utf8)]).toEqual([99, 108, NON_ASCII]);
  });
});
