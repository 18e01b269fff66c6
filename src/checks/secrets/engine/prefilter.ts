/**
 * The keyword prefilter: one pass over the text finds which rules' keywords occur, and on which
 * lines; only those rules' regexes run, and a rule whose keywords are part of its match
 * (`keywordScope: 'line'`) only on the lines that hold one (as the first, line-by-line scanner did). The way gitleaks and trufflehog keep cost
 * near one read of the bytes; the lines matter for rules whose pattern starts with a character
 * class (`[0-9a-f]{32}-us\d`), which irregexp must try at every position of the text.
 *
 * An Aho-Corasick automaton (A. V. Aho, M. J. Corasick, "Efficient string matching", CACM 18(6),
 * 1975) over ASCII, case folded in the transition table, so the text is neither copied nor
 * lowercased. Measured with Node 24 on 8 MB of code-like text and 120 keywords of the rule pack's
 * kind (2-core CI-class machine, median of 5): this automaton 140–210 MB/s; one combined
 * case-insensitive RegExp alternation 55–90 MB/s (rebuilt without the keywords already seen:
 * 65–105 MB/s); `toLowerCase()` + `indexOf` per keyword 20 MB/s. The automaton stays.
 */
import { asciiBytes } from './ascii-bytes.js';
import type { SecretRule } from './contracts.js';

/** ASCII only: a keyword outside it makes its rule run always (see `createPrefilter`). */
const ALPHABET = 128;

/** A rule worth running on a text, and where. */
export interface Selection {
  rule: SecretRule;
  /**
   * Offsets of the starts of the lines that hold one of the rule's keywords, ascending; undefined
   * when the rule has no keywords, or its keywords are on more than `MAX_KEYWORD_LINES` lines
   * (then the whole text is scanned).
   */
  lineStarts?: number[];
}

/**
 * Past this many lines with a keyword, a rule scans the whole text: the list of lines would cost
 * memory (8 bytes a line) for little gain.
 */
export const MAX_KEYWORD_LINES = 65_536;

export interface Prefilter {
  /**
   * The rules worth running on `text`, in rule order: those with a keyword in it, and those without
   * keywords. `ascii`: the text as `asciiBytes` gives it, when the caller has it already.
   */
  select(text: string, ascii?: Uint8Array): Selection[];
}

interface Automaton {
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

/** Builds the automaton once per scanner; rules with no keyword (or a non-ASCII one) always run. */
export function createPrefilter(rules: readonly SecretRule[]): Prefilter {
  const always: boolean[] = rules.map(
    (rule) => rule.keywords.length === 0 || rule.keywords.some((keyword) => keyword === '' || !isAscii(keyword))
  );
  const keywords: Array<[string, number]> = [];
  rules.forEach((rule, index) => {
    if (!always[index]) for (const keyword of rule.keywords) keywords.push([keyword.toLowerCase(), index]);
  });
  const automaton = buildAutomaton(keywords);
  return {
    select(text, ascii) {
      const lines = findKeywordLines(text, ascii ?? asciiBytes(text), automaton, rules.length);
      const selections: Selection[] = [];
      rules.forEach((rule, index) => {
        if (always[index]) selections.push({ rule });
        else if (lines[index] === null) selections.push({ rule });
        else if (lines[index] !== undefined) selections.push({ rule, lineStarts: lines[index] });
      });
      return selections;
    }
  };
}

/**
 * One pass over the text's bytes (see `asciiBytes`). Per rule: undefined (no keyword seen), the
 * starts of the lines with a keyword, or null (too many such lines: scan the whole text).
 *
 * Each table step waits for the one before it (the next state is read at the current one), so the
 * loop walks two halves of the text at once: the CPU overlaps the two chains of reads. The second
 * walk starts `longest - 1` bytes before the middle, so it sees whole every keyword ending in its
 * half, and its hits wait until the first half's are in (`KeywordLines` wants them in order).
 * A byte outside ASCII is folded (`& 127`), which can only add keyword hits (never lose one, as
 * keywords are ASCII). On the 200 MB benchmark corpus: 1.7× faster than one walk over the bytes,
 * which a walk over the characters (`charCodeAt`) does not gain from.
 */
function findKeywordLines(text: string, bytes: Uint8Array, { table, outputs, longest }: Automaton, ruleCount: number): Array<number[] | null | undefined> {
  const length = bytes.length;
  const middle = length >> 1;
  const secondStart = Math.max(0, middle - longest + 1);
  // Hits as offset, state pairs: the first walk's in order, then the second's (those in its own half).
  // Kept in plain arrays and read after the loop, so the loop holds no call.
  const hits: number[] = [];
  const later: number[] = [];
  let first = 0;
  let second = 0;
  for (let step = 0; step < middle; step += 1) {
    first = table[first + ((bytes[step] as number) & (ALPHABET - 1))] as number;
    second = table[second + ((bytes[secondStart + step] as number) & (ALPHABET - 1))] as number;
    if ((first | second) < 0) {
      if (first < 0) {
        first = -first - 1;
        hits.push(step, first);
      }
      if (second < 0) {
        second = -second - 1;
        if (secondStart + step >= middle) later.push(secondStart + step, second);
      }
    }
  }
  for (let index = secondStart + middle; index < length; index += 1) {
    second = table[second + ((bytes[index] as number) & (ALPHABET - 1))] as number;
    if (second < 0) {
      second = -second - 1;
      if (index >= middle) later.push(index, second);
    }
  }
  const found = new KeywordLines(text, ruleCount, outputs);
  for (let at = 0; at < hits.length; at += 2) found.add(hits[at] as number, (hits[at + 1] as number) / ALPHABET);
  for (let at = 0; at < later.length; at += 2) found.add(later[at] as number, (later[at + 1] as number) / ALPHABET);
  return found.lines;
}

/**
 * The lines keywords end on, by rule. A keyword's line is looked up when it ends past the line of
 * the one before (back to the newline before it, forward to the one after), so the cost follows
 * the lines that hold keywords, not every line of the text.
 */
class KeywordLines {
  readonly lines: Array<number[] | null | undefined>;
  private lineStart = 0;
  /** Offset of the newline ending the current line; -1 before the first keyword. */
  private lineEnd = -1;

  constructor(
    private readonly text: string,
    ruleCount: number,
    private readonly outputs: readonly number[][]
  ) {
    this.lines = new Array<number[] | null | undefined>(ruleCount);
  }

  /** A keyword ends at `index` (offsets ascending from call to call), in automaton state `state` (not premultiplied). */
  add(index: number, state: number): void {
    if (index > this.lineEnd) {
      this.lineStart = this.text.lastIndexOf('\n', index) + 1;
      const newline = this.text.indexOf('\n', index);
      this.lineEnd = newline === -1 ? this.text.length : newline;
    }
    for (const rule of this.outputs[state] as number[]) addLine(this.lines, rule, this.lineStart);
  }
}

function addLine(lines: Array<number[] | null | undefined>, rule: number, lineStart: number): void {
  const starts = lines[rule];
  if (starts === null) return;
  if (starts === undefined) {
    lines[rule] = [lineStart];
  } else if (starts[starts.length - 1] !== lineStart) {
    if (starts.length >= MAX_KEYWORD_LINES) lines[rule] = null;
    else starts.push(lineStart);
  }
}

function buildAutomaton(keywords: ReadonlyArray<[string, number]>): Automaton {
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

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) >= ALPHABET) return false;
  return true;
}
