/**
 * The keyword automaton against a plain search: for random keyword sets over a small alphabet
 * (so keywords share prefixes and suffixes), every keyword's every end in a random text, in any
 * case, is a hit for its rules, and there is no other hit.
 */
import { buildAutomaton, keywordHitsInTs, ALPHABET } from '../../src/detect/keyword-automaton.js';
import { seededRandom } from '../helpers/seeded-random.js';

function word(next: () => number, min: number, max: number): string {
  const length = min + Math.floor(next() * (max - min + 1));
  return Array.from({ length }, () => 'abc_-:'[Math.floor(next() * 6)]).join('');
}

describe('buildAutomaton', () => {
  test('the hits are every end of every keyword, in any case, with the rules it belongs to', () => {
    const next = seededRandom(23);
    for (let round = 0; round < 200; round += 1) {
      const keywords: Array<[string, number]> = Array.from({ length: 1 + Math.floor(next() * 12) }, (_, rule) => [word(next, 1, 5), rule]);
      const text = Array.from({ length: 200 }, () => (next() < 0.5 ? word(next, 1, 1) : word(next, 1, 1).toUpperCase())).join('');
      const automaton = buildAutomaton(keywords);
      const found = new Map<number, number[]>();
      const hits = keywordHitsInTs(Buffer.from(text, 'latin1'), automaton);
      for (let at = 0; at < hits.length; at += 2) found.set(hits[at] as number, [...(automaton.outputs[(hits[at + 1] as number) / ALPHABET] as number[])].sort((a, b) => a - b));
      const expected = new Map<number, number[]>();
      const lower = text.toLowerCase();
      for (const [keyword, rule] of keywords) {
        for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) {
          const end = at + keyword.length - 1;
          expected.set(end, [...new Set([...(expected.get(end) ?? []), rule])].sort((a, b) => a - b));
        }
      }
      expect([round, found]).toEqual([round, expected]);
    }
  });
});
