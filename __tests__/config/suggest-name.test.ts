import { editDistance, suggestName } from '../../src/config/suggest-name.js';

describe('editDistance', () => {
  test.each([
    ['samples', 'samples', 0],
    ['samles', 'samples', 1],
    ['hgih', 'high', 1],
    ['concurency', 'concurrency', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ca', 'abc', 3]
  ])('%s → %s is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('suggestName', () => {
  const sections = ['failOn', 'baseUrl', 'headers', 'secrets', 'env', 'smoke', 'perf', 'domain', 'monitor'];
  test.each([
    { name: 'smok', expected: 'smoke' },
    { name: 'failon', expected: 'failOn' },
    { name: 'base_url', expected: 'baseUrl' },
    { name: 'secret', expected: 'secrets' },
    { name: 'monitr', expected: 'monitor' },
    { name: 'colour', expected: undefined },
    { name: 'x', expected: undefined },
    { name: 'performance', expected: undefined }
  ])('$name → $expected', ({ name, expected }) => {
    expect(suggestName(name, sections)).toBe(expected);
  });

  test('ties go to the earlier candidate', () => {
    expect(suggestName('lo', ['low', 'log'])).toBe('low');
  });
});
