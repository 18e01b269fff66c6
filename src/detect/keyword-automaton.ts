/**
 * The keyword automaton of the prefilter: an Aho-Corasick automaton (A. V. Aho, M. J. Corasick,
 * "Efficient string matching", CACM 18(6), 1975) over ASCII, case folded in its transition table so
 * the text is neither copied nor lowercased, and its walk over a text's bytes: in WebAssembly
 * (kernels/byte-kernels.ts), or in TypeScript where that cannot run. Both give the same hits.
 */
import { keywordHitsInWasm } from './kernels/byte-kernels.js';

/** ASCII only: a keyword outside it makes its rule run always (see `createPrefilter`). */
export const ALPHABET = 128;

export interface Automaton {
  /**
   * `state * ALPHABET + charCode` → next state premultiplied by ALPHABET; stored as `-(next) - 1`
   * when the next state ends a keyword, so the hot loop tests one sign.
   */
  table: Int32Array;
  /** Rule indexes whose keyword ends in each state (including by suffix links). */
  outputs: number[][];
  /** The longest keyword's length. */
  longest: number;
}

/**
 * Every keyword that ends in `bytes` (one byte per character, as `asciiBytes` gives them), as
 * (offset of its last byte, state premultiplied by ALPHABET) pairs in offset order. A byte outside
 * ASCII is folded (`& 127`), which can only add hits (never lose one, as keywords are ASCII).
 */
export function keywordHits(bytes: Uint8Array, automaton: Automaton): ArrayLike<number> {
  return keywordHitsInWasm(bytes, automaton.table, automaton.longest) ?? keywordHitsInTs(bytes, automaton);
}

/**
 * `keywordHits` in TypeScript, where the WebAssembly walk cannot run: one step a byte, a hit
 * wherever the next state is stored negative.
 */
export function keywordHitsInTs(bytes: Uint8Array, { table }: Automaton): number[] {
  const hits: number[] = [];
  let state = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    state = table[state + ((bytes[index] as number) & (ALPHABET - 1))] as number;
    if (state < 0) {
      state = -state - 1;
      hits.push(index, state);
    }
  }
  return hits;
}

/** The automaton of `[lowercase keyword, rule index]` pairs. */
export function buildAutomaton(keywords: ReadonlyArray<[string, number]>): Automaton {
  const next: number[][] = [new Array<number>(ALPHABET).fill(-1)];
  const outputs: number[][] = [[]];
  for (const [keyword, rule] of keywords) {
    let state = 0;
    for (let index = 0; index < keyword.length; index += 1) {
      const code = keyword.charCodeAt(index);
      const row = next[state] as number[];
      if (row[code] === -1) {
        row[code] = next.length;
        next.push(new Array<number>(ALPHABET).fill(-1));
        outputs.push([]);
      }
      state = row[code] as number;
    }
    (outputs[state] as number[]).push(rule);
  }
  linkFailures(next, outputs);
  return { table: foldedTable(next, outputs), outputs, longest: Math.max(1, ...keywords.map(([keyword]) => keyword.length)) };
}

/** Classic breadth-first construction: missing transitions follow the longest proper suffix. */
function linkFailures(next: number[][], outputs: number[][]): void {
  const fail = new Array<number>(next.length).fill(0);
  const queue: number[] = [];
  const root = next[0] as number[];
  for (let code = 0; code < ALPHABET; code += 1) {
    if (root[code] === -1) root[code] = 0;
    else queue.push(root[code] as number);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as number;
    const row = next[state] as number[];
    const fallback = next[fail[state] as number] as number[];
    for (let code = 0; code < ALPHABET; code += 1) {
      const target = row[code] as number;
      if (target === -1) {
        row[code] = fallback[code] as number;
        continue;
      }
      fail[target] = fallback[code] as number;
      outputs[target] = [...new Set([...(outputs[target] as number[]), ...(outputs[fail[target] as number] as number[])])];
      queue.push(target);
    }
  }
}

/** Flattens the transitions, sending `A`–`Z` where `a`–`z` go (keywords are lowercase). */
function foldedTable(next: number[][], outputs: number[][]): Int32Array {
  const table = new Int32Array(next.length * ALPHABET);
  next.forEach((row, state) => {
    for (let code = 0; code < ALPHABET; code += 1) {
      const folded = code >= 65 && code <= 90 ? code + 32 : code;
      const target = row[folded] as number;
      const premultiplied = target * ALPHABET;
      table[state * ALPHABET + code] = (outputs[target] as number[]).length > 0 ? -premultiplied - 1 : premultiplied;
    }
  });
  return table;
}
