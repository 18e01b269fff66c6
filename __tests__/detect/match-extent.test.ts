import { matchExtent } from '../../src/detect/match-extent.js';

describe('matchExtent', () => {
  test.each([
    ['abc', { longest: 3, reach: 0 }],
    ['a{2,5}b?', { longest: 6, reach: 0 }],
    ['(?:ab|cde){3}', { longest: 9, reach: 0 }],
    ['[a-z\\]]{4}\\d\\x41\\u0042', { longest: 7, reach: 0 }],
    ['(?<secret>[0-9a-f]{32})-us\\d{1,2}', { longest: 37, reach: 0 }],
    // Look-arounds match nothing; what they read is reach, nested ones included.
    ['(?<![A-Za-z0-9_](?<!\\\\[nrt]))KEY[0-9A-F]{32}(?![A-Za-z0-9_])', { longest: 35, reach: 3 }],
    ['://(?<=[a-z][a-z0-9+.-]{1,20}://)x', { longest: 4, reach: 24 }],
    ['\\bword\\b', { longest: 4, reach: 1 }],
    ['^(?i:token)[ \\t]{0,4}=$', { longest: 10, reach: 0 }],
    ['a{0}b', { longest: 1, reach: 0 }],
    ['x{', { longest: 2, reach: 0 }]
  ])('%s', (source, extent) => {
    expect(matchExtent(source)).toEqual(extent);
  });

  test.each([['a*'], ['a+b'], ['a{3,}'], ['(a)\\1'], ['\\k<name>'], ['(?:a|b'], ['[abc']])('%s is unbounded or not understood', (source) => {
    expect(matchExtent(source)).toBeUndefined();
  });

  test('an empty group repeated without bound still matches nothing', () => {
    expect(matchExtent('(?=a)*b')).toEqual({ longest: 1, reach: 1 });
  });
});
