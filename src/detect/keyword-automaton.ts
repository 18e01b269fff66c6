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
 * The automaton of `[lowercase keyword, rule index]` pairs. Each scan thread builds it as it
 * starts, in code not yet optimised, so the work per cell is a copy: a state's row is its suffix
 * state's row (final by then, as the walk is breadth first), copied whole, then its own
 * transitions over it. A loop over every cell of the 2,800 × 128 table took ~20 ms.
 */
export function buildAutomaton(keywords: ReadonlyArray<[string, number]>): Automaton {
  // The trie: each state's own transitions as (code, state) pairs, and the rules ending there.
  const children: number[][] = [[]];
  const outputs: number[][] = [[]];
  for (const [keyword, rule] of keywords) {
    let state = 0;
    for (let index = 0; index < keyword.length; index += 1) {
      const code = keyword.charCodeAt(index);
      const own = children[state] as number[];
      let target = -1;
      for (let at = 0; at < own.length && target === -1; at += 2) if (own[at] === code) target = own[at + 1] as number;
      if (target === -1) {
        target = outputs.length;
        own.push(code, target);
        children.push([]);
        outputs.push([]);
      }
      state = target;
    }
    (outputs[state] as number[]).push(rule);
  }
  return { table: transitionTable(children, outputs), outputs, longest: Math.max(1, ...keywords.map(([keyword]) => keyword.length)) };
}

/**
 * Classic breadth-first construction: a missing transition follows the longest proper suffix
 * (the suffix state's row). Each cell holds the next state premultiplied by ALPHABET, negated
 * less one when that state ends a keyword; `A`–`Z` go where `a`–`z` go (keywords are lowercase).
 * Merges suffix states' rules into `outputs`.
 */
function transitionTable(children: readonly number[][], outputs: number[][]): Int32Array {
  // The root's row starts all zero: every byte leads back to the root.
  const table = new Int32Array(outputs.length * ALPHABET);
  const fail = new Int32Array(outputs.length);
  const queue = [0];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as number;
    const row = state * ALPHABET;
    const suffixRow = (fail[state] as number) * ALPHABET;
    if (state !== 0) table.copyWithin(row, suffixRow, suffixRow + ALPHABET);
    const own = children[state] as number[];
    for (let at = 0; at < own.length; at += 2) {
      const code = own[at] as number;
      const target = own[at + 1] as number;
      // Where the suffix state goes on this byte; the root's own children fall back to the root.
      const suffix = state === 0 ? 0 : stateOf(table[suffixRow + code] as number);
      fail[target] = suffix;
      // Most states' suffix state ends no keyword: nothing to merge.
      const inherited = outputs[suffix] as number[];
      if (inherited.length > 0) outputs[target] = [...new Set([...(outputs[target] as number[]), ...inherited])];
      const cell = (outputs[target] as number[]).length > 0 ? -(target * ALPHABET) - 1 : target * ALPHABET;
      table[row + code] = cell;
      if (code >= 97 && code <= 122) table[row + code - 32] = cell;
      queue.push(target);
    }
  }
  return table;
}

/** The state a table cell leads to. */
function stateOf(cell: number): number {
  return (cell < 0 ? -cell - 1 : cell) / ALPHABET;
}
