import { LineIndex, lineAround } from '../../src/detect/line-index.js';

describe('LineIndex', () => {
  const text = 'ab\ncde\r\n\nf';
  const index = new LineIndex(text);

  test.each([
    [0, { line: 1, column: 1 }],
    [2, { line: 1, column: 3 }],
    [3, { line: 2, column: 1 }],
    [6, { line: 2, column: 4 }],
    [8, { line: 3, column: 1 }],
    [9, { line: 4, column: 1 }]
  ])('offset %i → %j', (offset, expected) => {
    expect(index.position(offset)).toEqual(expected);
  });

  test('line starts and count; a trailing newline opens no line', () => {
    expect([1, 2, 3, 4].map((line) => index.startOf(line))).toEqual([0, 3, 8, 9]);
    expect(index.lineCount).toBe(4);
    expect(new LineIndex('a\n').lineCount).toBe(1);
    expect(new LineIndex('').lineCount).toBe(1);
  });
});

describe('lineAround', () => {
  test('the whole line when it is short', () => {
    const text = 'one\nsha256 = abc\nthree';
    expect(lineAround(text, text.indexOf('abc'), text.indexOf('abc') + 3)).toBe('sha256 = abc');
  });

  test('clipped to the radius on both sides on a minified line', () => {
    const text = `${'a'.repeat(1000)}KEY${'b'.repeat(1000)}`;
    const around = lineAround(text, 1000, 1003, 10);
    expect(around).toBe(`${'a'.repeat(10)}KEY${'b'.repeat(10)}`);
  });

  test('at the very start of the text', () => {
    expect(lineAround('KEY rest\nnext', 0, 3)).toBe('KEY rest');
  });
});
