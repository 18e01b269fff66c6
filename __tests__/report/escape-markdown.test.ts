import { codeSpan, escapeMarkdown, toSingleLine, truncateText } from '../../src/report/escape-markdown.js';

const ZWJ = '\u200d';

describe('escapeMarkdown', () => {
  test.each([
    { input: 'a|b', expected: 'a\\|b' },
    { input: '<script>alert(1)</script>', expected: '&lt;script&gt;alert\\(1\\)&lt;/script&gt;' },
    { input: '[x](javascript:alert(1))', expected: '\\[x\\]\\(javascript\\:alert\\(1\\)\\)' },
    { input: 'a `b` ``c``', expected: 'a \\`b\\` \\`\\`c\\`\\`' },
    { input: '@octocat', expected: `@${ZWJ}octocat` },
    { input: 'fixes #123', expected: `fixes \\#${ZWJ}123` },
    { input: '<!-- launch-ready -->', expected: '&lt;\\!\\-\\- launch\\-ready \\-\\-&gt;' },
    { input: '*b* _i_ ~~s~~ $x$', expected: '\\*b\\* \\_i\\_ \\~\\~s\\~\\~ \\$x\\$' },
    { input: 'www.evil.com', expected: 'www\\.evil.com' },
    { input: '1. first', expected: '1\\. first' },
    { input: 'a\\|b', expected: 'a\\\\\\|b' },
    { input: 'AT&T', expected: 'AT&amp;T' },
    { input: 'line one\nline two\r\n', expected: 'line one line two ' },
    { input: 'tab\there\u0000\u001b[31m', expected: 'tab here \\[31m' },
    { input: 'abc\u202edef', expected: 'abcdef' }
  ])('$input', ({ input, expected }) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test('never lets a raw `<`, `|` or newline through, whatever the input', () => {
    const hostile = '<!-- launch-ready:comment -->\n| x | y |\n<img src=x onerror=alert(1)>';
    const escaped = escapeMarkdown(hostile);
    expect(escaped).not.toMatch(/<|\n|(?<!\\)\|/);
    expect(escaped).not.toContain('<!--');
  });

  test('caps very long text, counting the input', () => {
    const escaped = escapeMarkdown('x'.repeat(100_000));
    expect(escaped).toHaveLength(500);
    expect(escaped.endsWith('…')).toBe(true);
    expect(escapeMarkdown('y'.repeat(50), 10)).toBe(`${'y'.repeat(9)}…`);
  });
});

describe('codeSpan', () => {
  test.each([
    { input: 'src/app.ts:12', expected: '<code>src/app.ts&#58;12</code>' },
    { input: 'a|b', expected: '<code>a&#124;b</code>' },
    { input: 'docs/a|b <img src=x>.md', expected: '<code>docs/a&#124;b &#60;img src=x&#62;.md</code>' },
    { input: 'x`y``z', expected: '<code>x&#96;y&#96;&#96;z</code>' },
    { input: '*not bold* _nor_ [link](x)', expected: '<code>&#42;not bold&#42; &#95;nor&#95; &#91;link&#93;&#40;x&#41;</code>' },
    { input: '</code><script>', expected: '<code>&#60;/code&#62;&#60;script&#62;</code>' },
    { input: 'C:\\Users\\me', expected: '<code>C&#58;&#92;Users&#92;me</code>' },
    { input: 'www.evil.com', expected: '<code>www&#46;evil.com</code>' },
    { input: 'ünïcödé/日本.ts', expected: '<code>ünïcödé/日本.ts</code>' }
  ])('$input', ({ input, expected }) => {
    expect(codeSpan(input)).toBe(expected);
  });

  test('contains no character that Markdown or a table row would act on', () => {
    const span = codeSpan('<!-- launch-ready:comment --> `|` @octocat #1 \\ & ; \n');
    const inner = span.slice('<code>'.length, -'</code>'.length).replace(/&#\d+;/g, '');
    expect(inner).not.toMatch(/[<>`|@#&;\\*_[\]()\n]/);
    expect(span).not.toContain('<!--');
  });

  test('caps long text', () => {
    expect(codeSpan('z'.repeat(1_000), 20)).toBe(`<code>${'z'.repeat(19)}…</code>`);
  });
});

describe('helpers', () => {
  test('truncateText never splits a surrogate pair', () => {
    expect(truncateText('ab😀cd', 4)).toBe('ab…');
    expect(truncateText('short', 10)).toBe('short');
  });

  test('toSingleLine turns controls into spaces and drops bidi overrides', () => {
    expect(toSingleLine('a\r\nb\u2066c\u2069')).toBe('a bc');
  });
});
