import { parseDurationMs, parsePercentage } from '../../src/config/units.js';

test.each([
  ['250ms', 250],
  ['0ms', 0],
  ['30s', 30_000],
  ['1.5s', 1500],
  ['5m', 300_000],
  ['1h', 3_600_000],
  ['1d', 86_400_000],
  ['1.5d', 129_600_000],
  ['0.0004s', 0]
])('parseDurationMs(%s) = %d', (text, ms) => {
  expect(parseDurationMs(text)).toBe(ms);
});

test.each([
  ['10%', 0.1],
  ['0%', 0],
  ['2.5%', 0.025],
  ['150%', 1.5]
])('parsePercentage(%s) = %d', (text, fraction) => {
  expect(parsePercentage(text)).toBe(fraction);
});

test.each(['5 minutes', '5', '-1s', '1w', '1h30m', 'd', 's', ''])('parseDurationMs rejects %j', (text) => {
  expect(() => parseDurationMs(text)).toThrow('not a duration');
});

test.each(['10', '0.1', '%', '10 %'])('parsePercentage rejects %j', (text) => {
  expect(() => parsePercentage(text)).toThrow('not a percentage');
});
