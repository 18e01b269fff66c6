import { describeValue, formatPath, isSensitivePath, quoteValue } from '../../src/config/describe-value.js';

test.each([
  [[], 'the top level'],
  [['perf', 'samples'], 'perf.samples'],
  [['smoke', 'routes', '0', 'expect', 'status', '1'], 'smoke.routes[0].expect.status[1]'],
  [['headers', 'x-vercel-protection-bypass'], 'headers["x-vercel-protection-bypass"]'],
  [['smoke', 'routes', '3', 'expect', 'json', '/status'], 'smoke.routes[3].expect.json["/status"]']
])('formatPath(%j) = %s', (path, text) => {
  expect(formatPath(path)).toBe(text);
});

test.each([
  ['ten', false, 'a string ("ten")'],
  ['ten', true, 'a string'],
  ['', false, 'an empty string'],
  [10, false, 'a number (10)'],
  [true, false, 'a boolean (true)'],
  [null, false, 'an empty value'],
  [[], false, 'an empty list'],
  [[1], false, 'a list'],
  [{ a: 1 }, false, 'a mapping'],
  ['line one\nline two', false, 'a string ("line one\\nline two")']
])('describeValue(%j, sensitive: %s) = %s', (value, sensitive, text) => {
  expect(describeValue(value, sensitive)).toBe(text);
});

test('quoteValue cuts long strings to 40 characters', () => {
  expect(quoteValue('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
  expect(quoteValue('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
});

test.each([
  [['headers', 'authorization'], true],
  [['smoke', 'routes', '0', 'json', 'password'], true],
  [['monitor', 'alert', 'webhook'], true],
  [['secrets', 'allow', '0', 'value'], true],
  [['env', 'vars', 'KEY', 'default'], true],
  [['perf', 'samples'], false]
])('isSensitivePath(%j) = %s', (path, sensitive) => {
  expect(isSensitivePath(path)).toBe(sensitive);
});
