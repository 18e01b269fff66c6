import { sparseText } from '../../../../src/checks/secrets/sources/source-item.js';

test.each([
  ['no lines', [], ''],
  ['line 1', [{ line: 1, text: 'a' }], 'a\n'],
  ['gaps keep line numbers', [{ line: 2, text: 'b' }, { line: 3, text: 'c' }, { line: 6, text: 'f' }], '\nb\nc\n\n\nf\n']
])('sparseText: %s', (_name, lines, expected) => {
  expect(sparseText(lines)).toBe(expected);
});
