// The WebAssembly kernels against their TypeScript twins: same views, hits and runs, on texts built to
// hit the edges (quarter and chunk boundaries, the ends, non-ASCII bytes, stale memory from a
// longer text before), and the fallbacks where a kernel declines.
import { asciiBytes, fromValidUtf8InTs } from '../../src/detect/ascii-bytes.js';
import { base64RunsInTs, findBase64Spans, MIN_BASE64_RUN } from '../../src/detect/decode-spans.js';
import { asciiViewInWasm, base64RunsInWasm, keywordHitsInWasm, MAX_KERNEL_TEXT } from '../../src/detect/kernels/byte-kernels.js';
import { buildAutomaton, keywordHits, keywordHitsInTs, type Automaton } from '../../src/detect/keyword-automaton.js';
import { BUILTIN_RULES } from '../../src/detect/rules/index.js';
import { seededRandom } from '../helpers/seeded-random.js';

const BUILTIN = buildAutomaton(BUILTIN_RULES.flatMap((rule, index) => rule.keywords.map((keyword) => [keyword.toLowerCase(), index] as [string, number])));
const KEYWORDS = BUILTIN_RULES.flatMap((rule) => rule.keywords);

/** Text of keywords (any case), their prefixes, filler, newlines and non-ASCII characters. */
function keywordText(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    const pick = next();
    const keyword = KEYWORDS[Math.floor(next() * KEYWORDS.length)] as string;
    if (pick < 0.3) text += next() < 0.5 ? keyword : keyword.toUpperCase();
    else if (pick < 0.5) text += keyword.slice(0, Math.max(1, Math.floor(next() * keyword.length)));
    else if (pick < 0.6) text += '\n';
    else if (pick < 0.65) text += 'é€';
    else text += ' = "xyz'.slice(0, 1 + Math.floor(next() * 7));
  }
  return text.slice(0, length);
}

function wasmHits(text: string, automaton: Automaton = BUILTIN): number[] | undefined {
  const hits = keywordHitsInWasm(asciiBytes(text), automaton.table, automaton.longest);
  return hits && [...hits];
}

describe('keywordHitsInWasm', () => {
  test('the same hits as the TypeScript walk on 400 texts of 0 to 3,000 characters', () => {
    const next = seededRandom(7);
    for (let round = 0; round < 400; round += 1) {
      const text = keywordText(next, Math.floor(next() * (round < 200 ? 64 : 3_000)));
      expect([round, wasmHits(text)]).toEqual([round, keywordHitsInTs(asciiBytes(text), BUILTIN)]);
    }
  });

  test('a keyword across each quarter boundary, and at either end, is found once', () => {
    for (const length of [40, 41, 42, 43, 101]) {
      for (let at = 0; at + 'github_pat_'.length <= length; at += 1) {
        const text = `${'.'.repeat(at)}github_pat_${'.'.repeat(length - at - 'github_pat_'.length)}`;
        const hits = wasmHits(text);
        expect([length, at, hits]).toEqual([length, at, keywordHitsInTs(asciiBytes(text), BUILTIN)]);
      }
    }
  });

  test('a shorter text after a longer one sees none of its bytes (the lead and the padding are zeroed)', () => {
    const long = `ghp_${'.'.repeat(16)}`.repeat(2_000);
    expect(wasmHits(long)?.length).toBe(4_000);
    for (const text of ['', 'g', 'hp_', 'p_ ghp', 'x ghp_']) expect(wasmHits(text)).toEqual(keywordHitsInTs(asciiBytes(text), BUILTIN));
  });

  test('two automata in turn: each text is walked with its own table', () => {
    const other = buildAutomaton([['zebra', 0], ['ebr', 1]]);
    for (let round = 0; round < 3; round += 1) {
      expect(wasmHits('a zebra and ghp_', other)).toEqual(keywordHitsInTs(asciiBytes('a zebra and ghp_'), other));
      expect(wasmHits('a zebra and ghp_')).toEqual(keywordHitsInTs(asciiBytes('a zebra and ghp_'), BUILTIN));
    }
  });

  test('a text denser in keywords than one in 16 bytes is walked again with more room; denser than one in 2, the TypeScript walk answers', () => {
    const dense = 'pat'.repeat(10_000);
    expect(wasmHits(dense)).toEqual(keywordHitsInTs(asciiBytes(dense), BUILTIN));
    expect(keywordHitsInTs(asciiBytes(dense), BUILTIN).length).toBeGreaterThan(2 * 9_000);
    const everyByte = buildAutomaton([['a', 0]]);
    const text = 'a'.repeat(10_000);
    expect(wasmHits(text, everyByte)).toBeUndefined();
    expect(Array.from(keywordHits(asciiBytes(text), everyByte))).toEqual(keywordHitsInTs(asciiBytes(text), everyByte));
  });

  test(`declines a text over ${MAX_KERNEL_TEXT} bytes`, () => {
    expect(keywordHitsInWasm(new Uint8Array(MAX_KERNEL_TEXT + 1), BUILTIN.table, BUILTIN.longest)).toBeUndefined();
    expect(base64RunsInWasm(new Uint8Array(MAX_KERNEL_TEXT + 1))).toBeUndefined();
  });
});

const BASE64_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';

/** Runs of base64 characters of lengths around MIN_BASE64_RUN, between separators of every kind. */
function base64Text(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    const runLength = next() < 0.5 ? MIN_BASE64_RUN - 2 + Math.floor(next() * 5) : Math.floor(next() * 80);
    for (let index = 0; index < runLength; index += 1) text += BASE64_CHARACTERS[Math.floor(next() * BASE64_CHARACTERS.length)];
    text += ' \n="é.:\u0000@[`{'[Math.floor(next() * 13)];
  }
  return text.slice(0, length);
}

function wasmRuns(text: string): number[] | undefined {
  const runs = base64RunsInWasm(asciiBytes(text));
  return runs && [...runs];
}

describe('base64RunsInWasm', () => {
  test('the same runs and class mixes as the TypeScript search on 400 texts of 0 to 3,000 characters', () => {
    const next = seededRandom(11);
    for (let round = 0; round < 400; round += 1) {
      const text = base64Text(next, Math.floor(next() * (round < 200 ? 100 : 3_000)));
      expect([round, wasmRuns(text)]).toEqual([round, base64RunsInTs(text)]);
    }
  });

  test('runs of 23, 24 and 25 characters starting at every offset of a 32-byte chunk, and up to the end', () => {
    for (const runLength of [23, 24, 25, 31, 32, 33, 64, 65]) {
      for (let at = 0; at < 40; at += 1) {
        const text = `${'.'.repeat(at)}${'aB3+'.repeat(20).slice(0, runLength)}`;
        for (const variant of [text, `${text}.`, `${text}${'.'.repeat(40)}`]) {
          expect([runLength, at, wasmRuns(variant)]).toEqual([runLength, at, base64RunsInTs(variant)]);
        }
      }
    }
  });

  test('a shorter text after a longer one: no run reaches into the longer text’s bytes', () => {
    expect(wasmRuns('A'.repeat(5_000))).toEqual([0, 5_000, 1]);
    expect(wasmRuns('B'.repeat(30))).toEqual([0, 30, 1]);
    expect(wasmRuns('')).toEqual([]);
  });

  test('findBase64Spans finds spans at their UTF-16 offsets after non-ASCII text, given the bytes or not', () => {
    const encoded = Buffer.from('password=correct-horse-battery-staple\n').toString('base64');
    const text = `a: ${encoded}\nb: é€ ${encoded}`;
    const spans = findBase64Spans(text);
    expect(spans.map((span) => [span.start, span.end, span.decoded])).toEqual([
      [3, 3 + encoded.length, 'password=correct-horse-battery-staple\n'],
      [text.length - encoded.length, text.length, 'password=correct-horse-battery-staple\n']
    ]);
    expect(findBase64Spans(text, asciiBytes(text))).toEqual(spans);
  });
});

describe('asciiViewInWasm', () => {
  /** Text with characters of one to four UTF-8 bytes, runs of ASCII longer and shorter than 16. */
  function mixedText(next: () => number, length: number): string {
    const pieces = ['a', 'key = "v";', 'é', '€', '😀', 'x'.repeat(17), 'ü'.repeat(5), '\n', 'ab😀cd'];
    let text = '';
    while (text.length < length) text += pieces[Math.floor(next() * pieces.length)];
    return text;
  }

  test('the same view as the TypeScript walk on 400 texts of 0 to 3,000 characters, with and without a byte order mark', () => {
    const next = seededRandom(17);
    for (let round = 0; round < 400; round += 1) {
      const text = mixedText(next, Math.floor(next() * (round < 200 ? 60 : 3_000)));
      const utf8 = Buffer.from(text, 'utf8');
      expect([round, [...(asciiViewInWasm(utf8, text.length) ?? [])]]).toEqual([round, [...(fromValidUtf8InTs(utf8, text.length, false) ?? [])]]);
      const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
      expect(asciiBytes(text, withBom)).toEqual(fromValidUtf8InTs(withBom, text.length, true));
    }
  });

  test('declines bytes that are not the text’s (the count differs)', () => {
    expect(asciiViewInWasm(Buffer.from('é€', 'utf8'), 5)).toBeUndefined();
  });

  test('the view it leaves in place is what the walk and the base64 search read: the same hits and runs as from a copy', () => {
    const encoded = Buffer.from('client_secret=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n').toString('base64');
    const text = `é ghp_ token ${encoded} € api_key 😀 ${'AKIA'.repeat(3)}`;
    const view = asciiBytes(text, Buffer.from(text, 'utf8'));
    const copy = Uint8Array.from(view);
    expect([...(keywordHitsInWasm(view, BUILTIN.table, BUILTIN.longest) ?? [])]).toEqual(keywordHitsInTs(copy, BUILTIN));
    expect([...(base64RunsInWasm(view) ?? [])]).toEqual(base64RunsInTs(text));
    // A longer text before does not leave its bytes after a shorter one's view.
    asciiBytes('é'.repeat(4_000), Buffer.from('é'.repeat(4_000), 'utf8'));
    const short = asciiBytes('é AAAAAAAAAAAAAAAAAAAAAAAA', Buffer.from('é AAAAAAAAAAAAAAAAAAAAAAAA', 'utf8'));
    expect([...(base64RunsInWasm(short) ?? [])]).toEqual([2, 26, 1]);
  });
});
