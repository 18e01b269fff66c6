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

/**
 * The automaton of `[lowercase keyword, rule index]` pairs. Built in one flat array (a row of
 * ALPHABET next states per state): each scan thread builds it as it starts, in code not yet
 * optimised, and 2,800 row arrays cost it ~10 ms more.
 */
export function buildAutomaton(keywords: ReadonlyArray<[string, number]>): Automaton {
  const capacity = 1 + keywords.reduce((sum, [keyword]) => sum + keyword.length, 0);
  const next = new Int32Array(capacity * ALPHABET).fill(-1);
  const outputs: number[][] = [[]];
  for (const [keyword, rule] of keywords) {
    let state = 0;
    for (let index = 0; index < keyword.length; index += 1) {
      const at = state * ALPHABET + keyword.charCodeAt(index);
      if (next[at] === -1) {
        next[at] = outputs.length;
        outputs.push([]);
      }
      state = next[at] as number;
    }
    (outputs[state] as number[]).push(rule);
  }
  const rows = next.subarray(0, outputs.length * ALPHABET);
  linkFailures(rows, outputs);
  return { table: foldedTable(rows, outputs), outputs, longest: Math.max(1, ...keywords.map(([keyword]) => keyword.length)) };
}

/** Classic breadth-first construction: missing transitions follow the longest proper suffix. */
function linkFailures(next: Int32Array, outputs: number[][]): void {
  const fail = new Int32Array(outputs.length);
  const queue: number[] = [];
  for (let code = 0; code < ALPHABET; code += 1) {
    if (next[code] === -1) next[code] = 0;
    else queue.push(next[code] as number);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as number;
    const row = state * ALPHABET;
    const fallback = (fail[state] as number) * ALPHABET;
    for (let code = 0; code < ALPHABET; code += 1) {
      const target = next[row + code] as number;
      if (target === -1) {
        next[row + code] = next[fallback + code] as number;
        continue;
      }
      fail[target] = next[fallback + code] as number;
      // Most states' suffix state ends no keyword: nothing to merge.
      const inherited = outputs[fail[target] as number] as number[];
      if (inherited.length > 0) outputs[target] = [...new Set([...(outputs[target] as number[]), ...inherited])];
      queue.push(target);
    }
  }
}

/** The transitions premultiplied and marked, sending `A`–`Z` where `a`–`z` go (keywords are lowercase). */
function foldedTable(next: Int32Array, outputs: number[][]): Int32Array {
  const table = new Int32Array(next.length);
  for (let state = 0; state < outputs.length; state += 1) {
    for (let code = 0; code < ALPHABET; code += 1) {
      const folded = code >= 65 && code <= 90 ? code + 32 : code;
      const target = next[state * ALPHABET + folded] as number;
      const premultiplied = target * ALPHABET;
      table[state * ALPHABET + code] = (outputs[target] as number[]).length > 0 ? -premultiplied - 1 : premultiplied;
    }
  }
  return table;
}
