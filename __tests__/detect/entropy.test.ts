import { shannonEntropy } from '../../src/detect/entropy.js';

describe('shannonEntropy', () => {
  test.each([
    ['', 0],
    ['aaaaaaaa', 0],
    ['abab', 1],
    ['abcd', 2],
    ['0123456789abcdef', 4]
  ])('%j → %d bits per character', (value, bits) => {
    expect(shannonEntropy(value)).toBeCloseTo(bits, 10);
  });

  test('a generated token scores well above a word', () => {
    expect(shannonEntropy('Q7w8E9r0T1y2U3i4O5p6A7s8D9f0G1h2')).toBeGreaterThan(4.5);
    expect(shannonEntropy('password')).toBeLessThan(3);
  });
});
