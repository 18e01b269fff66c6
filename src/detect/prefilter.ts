/**
 * The keyword prefilter: one pass over the text finds which rules' keywords occur, and on which
 * lines; only those rules' regexes run, and a rule whose keywords are part of its match
 * (`keywordScope: 'line'`) only on the lines that hold one (as the first, line-by-line scanner did).
 * The way gitleaks and trufflehog keep cost near one read of the bytes; the lines matter for rules
 * whose pattern starts with a character class (`[0-9a-f]{32}-us\d`), which irregexp must try at
 * every position of the text.
 *
 * The pass is an Aho-Corasick automaton's walk over the text's bytes (keyword-automaton.ts).
 * Measured with Node 24 on 8 MB of code-like text and 120 keywords of the rule pack's
 * kind (2-core CI-class machine, median of 5): this automaton 140–210 MB/s; one combined
 * case-insensitive RegExp alternation 55–90 MB/s (rebuilt without the keywords already seen:
 * 65–105 MB/s); `toLowerCase()` + `indexOf` per keyword 20 MB/s. The automaton stays.
 */
import { asciiBytes } from './ascii-bytes.js';
import type { SecretRule } from './contracts.js';
import { ALPHABET, buildAutomaton, keywordHits, type Automaton } from './keyword-automaton.js';
import { anchorKeywords, startTestOf } from './match-prefix.js';

/** A rule worth running on a text, and where. */
export interface Selection {
  rule: SecretRule;
  /**
   * Offsets of the starts of the lines that hold one of the rule's keywords, ascending; undefined
   * when the rule has no keywords, or its keywords are on more than `MAX_KEYWORD_LINES` lines
   * (then the whole text is scanned).
   */
  lineStarts?: number[];
  /**
   * On lines longer than {@link LONG_LINE}: where the rule's keywords are, as `[from, to)` offset
   * pairs, ascending (`from` as far back as the longest keyword could start). A rule whose matches
   * are bounded runs around them only (match-rules.ts). Absent when there are none.
   */
  longLineKeywords?: number[];
  /**
   * For a rule whose every match starts with one of its keywords (match-prefix.ts): where those
   * keywords start in the text, ascending; the rule need be tried there only. Absent for other
   * rules, and when there are more than {@link MAX_KEYWORD_LINES}.
   */
  matchStarts?: number[];
}

/** A line longer than this (a minified bundle, a source map) has its keywords' places kept. */
export const LONG_LINE = 2048;

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
  /** The keyword automaton: plain data, to hand to a prefilter of the same rules in another thread. */
  readonly automaton: Automaton;
  /** `select`, and whether the text holds the marker keyword (in any case), found in the same pass. */
  selectAndLook(text: string, ascii?: Uint8Array): { selections: Selection[]; marked: boolean };
}

export interface PrefilterOptions {
  /** The automaton another prefilter built from the same rules and marker (`Prefilter.automaton`); built here when absent. */
  automaton?: Automaton;
  /**
   * A keyword that belongs to no rule, looked for in the same pass: the start of the inline
   * suppression markers (`launch-ready:`), which most files do not hold. Searching each text for it
   * again cost as much as a fifth of the automaton's walk.
   */
  marker?: string;
}

/** Builds the automaton once per scanner; rules with no keyword (or a non-ASCII one) always run. */
export function createPrefilter(rules: readonly SecretRule[], options: PrefilterOptions = {}): Prefilter {
  const always: boolean[] = rules.map(
    (rule) => rule.keywords.length === 0 || rule.keywords.some((keyword) => keyword === '' || !isAscii(keyword))
  );
  const keywords: Array<[string, number]> = [];
  rules.forEach((rule, index) => {
    if (!always[index]) for (const keyword of rule.keywords) keywords.push([keyword.toLowerCase(), index]);
  });
  // The marker's hits are recorded as those of one more rule, after the real ones.
  const markerIndex = rules.length;
  if (options.marker !== undefined) keywords.push([options.marker.toLowerCase(), markerIndex]);
  // Building it cost a scan worker ~25 ms as it started; the main thread's is handed over.
  const automaton = options.automaton ?? buildAutomaton(keywords);
  const alwaysRun = rules.flatMap((_rule, index) => (always[index] ? [index] : []));
  // What each rule's matches start with, read from its pattern when a keyword of it is first seen:
  // a text of real code holds keywords of a few dozen rules, and reading all 330 patterns cost
  // each scan thread ~15 ms as it started.
  const anchorOf = (rule: number): Anchor | null => {
    const keywords = rule < rules.length && !always[rule] ? anchorKeywords(rules[rule] as SecretRule) : undefined;
    return keywords ? { lengths: keywords.map((keyword) => keyword.length), couldStartAt: startTestOf((rules[rule] as SecretRule).pattern) } : null;
  };
  const anchors = new Anchors(rules.length + 1, anchorOf);
  const scratch = new KeywordLines(anchors, automaton.outputs, automaton.longest);
  const selectionsOf = (chosen: readonly number[], found: KeywordLines): Selection[] =>
    chosen.map((index): Selection => {
      const rule = rules[index] as SecretRule;
      const lineStarts = always[index] ? null : found.lines[index];
      if (!lineStarts) return { rule };
      const matchStarts = found.matchStarts(index);
      if (matchStarts) return { rule, lineStarts, matchStarts };
      const longLineKeywords = found.longLineKeywords[index];
      return longLineKeywords ? { rule, lineStarts, longLineKeywords } : { rule, lineStarts };
    });
  const selectAndLook = (text: string, ascii?: Uint8Array): { selections: Selection[]; marked: boolean } => {
    const found = findKeywordLines(text, ascii ?? asciiBytes(text), automaton, scratch);
    // The rules a keyword was seen for, not all of them: a file of real code has a keyword of a
    // dozen rules, and a loop over every rule for every file cost a quarter of the prefilter.
    const chosen = [...alwaysRun, ...found.rules.filter((index) => index !== markerIndex)].sort((a, b) => a - b);
    return { selections: selectionsOf(chosen, found), marked: found.lines[markerIndex] !== undefined };
  };
  return { select: (text, ascii) => selectAndLook(text, ascii).selections, selectAndLook, automaton };
}

/** What a rule's matches start with: its anchor keywords' lengths, and the test of a start (match-prefix.ts). */
interface Anchor {
  lengths: readonly number[];
  couldStartAt: (text: string, start: number) => boolean;
}

/** Each rule's anchor (null: none), read on first use. */
class Anchors {
  private readonly read: Array<Anchor | null | undefined>;

  constructor(
    readonly count: number,
    private readonly anchorOf: (rule: number) => Anchor | null
  ) {
    this.read = new Array<Anchor | null | undefined>(count).fill(undefined);
  }

  of(rule: number): Anchor | null {
    let anchor = this.read[rule];
    if (anchor === undefined) anchor = this.read[rule] = this.anchorOf(rule);
    return anchor;
  }
}

/**
 * The rules a keyword was seen for, in the order first seen, and per rule: undefined (no keyword
 * seen), the starts of the lines with a keyword, or null (too many such lines: scan the whole text).
 */
function findKeywordLines(text: string, bytes: Uint8Array, automaton: Automaton, found: KeywordLines): KeywordLines {
  const hits = keywordHits(bytes, automaton);
  found.begin(text);
  for (let at = 0; at < hits.length; at += 2) found.add(hits[at] as number, (hits[at + 1] as number) / ALPHABET);
  return found;
}

/**
 * The lines keywords end on, by rule. A keyword's line is looked up when it ends past the line of
 * the one before (back to the newline before it, forward to the one after), so the cost follows
 * the lines that hold keywords, not every line of the text.
 */
class KeywordLines {
  readonly lines: Array<number[] | null | undefined>;
  /** The rules with a line in `lines`, in the order first seen. */
  readonly rules: number[] = [];
  /** Per rule, its keywords on long lines (see `Selection.longLineKeywords`). */
  readonly longLineKeywords: Array<number[] | undefined>;
  /** Per anchored rule, where a match may start (see `Selection.matchStarts`); null past the limit. */
  private readonly starts: Array<number[] | null | undefined>;
  private text = '';
  private lineStart = 0;
  /** Offset of the newline ending the current line; -1 before the first keyword. */
  private lineEnd = -1;

  constructor(
    private readonly anchors: Anchors,
    private readonly outputs: readonly number[][],
    private readonly longestKeyword: number
  ) {
    this.lines = new Array<number[] | null | undefined>(anchors.count).fill(undefined);
    this.longLineKeywords = new Array<number[] | undefined>(anchors.count).fill(undefined);
    this.starts = new Array<number[] | null | undefined>(anchors.count).fill(undefined);
  }

  /** Empties what the last text left (the rules it saw), for `text`. What was handed out stays as it was. */
  begin(text: string): void {
    for (const rule of this.rules) {
      this.lines[rule] = undefined;
      this.longLineKeywords[rule] = undefined;
      this.starts[rule] = undefined;
    }
    this.rules.length = 0;
    this.text = text;
    this.lineStart = 0;
    this.lineEnd = -1;
  }

  /**
   * The starts of the rule's anchor keywords, ascending, if it has them and they are within the
   * limit. Even where they crowd a few lines (`EAA` thousands of times on a line of base64), trying
   * each costs about what searching those lines does; and a rule run both ways has two patterns
   * for irregexp to compile.
   */
  matchStarts(rule: number): number[] | undefined {
    const starts = this.starts[rule];
    if (!starts) return undefined;
    // Anchors of different lengths ending in order may start out of order.
    if ((this.anchors.of(rule) as Anchor).lengths.length > 1) return [...new Set(starts)].sort((a, b) => a - b);
    return starts;
  }

  /** A keyword ends at `index` (offsets ascending from call to call), in automaton state `state` (not premultiplied). */
  add(index: number, state: number): void {
    if (index > this.lineEnd) {
      this.lineStart = this.text.lastIndexOf('\n', index) + 1;
      const newline = this.text.indexOf('\n', index);
      this.lineEnd = newline === -1 ? this.text.length : newline;
    }
    const rules = this.outputs[state] as number[];
    for (const rule of rules) {
      this.addLine(rule, this.lineStart);
      const anchor = this.anchors.of(rule);
      if (anchor) this.addStarts(rule, index, anchor);
    }
    if (this.lineEnd - this.lineStart > LONG_LINE) {
      const from = Math.max(this.lineStart, index + 1 - this.longestKeyword);
      for (const rule of rules) (this.longLineKeywords[rule] ??= []).push(from, index + 1);
    }
  }

  /**
   * Where the rule's anchor keywords would start if one ends at `index`, where a match could start
   * there (the pattern's own case, a token's start): `key` is a hit for `KEY…`, and `EAA` amid a
   * line of base64 one for `EAA…`, thousands of times. The state may have ended another of its
   * keywords there: a start too many is only a place the rule is tried in vain.
   */
  private addStarts(rule: number, index: number, anchor: Anchor): void {
    let starts = this.starts[rule];
    if (starts === null) return;
    if (starts === undefined) starts = this.starts[rule] = [];
    for (const length of anchor.lengths) {
      const start = index + 1 - length;
      if (start < 0 || starts[starts.length - 1] === start || !anchor.couldStartAt(this.text, start)) continue;
      if (starts.length >= MAX_KEYWORD_LINES) {
        this.starts[rule] = null;
        return;
      }
      starts.push(start);
    }
  }

  private addLine(rule: number, lineStart: number): void {
    const { lines } = this;
    const starts = lines[rule];
    if (starts === null) return;
    if (starts === undefined) {
      lines[rule] = [lineStart];
      this.rules.push(rule);
    } else if (starts[starts.length - 1] !== lineStart) {
      if (starts.length >= MAX_KEYWORD_LINES) lines[rule] = null;
      else starts.push(lineStart);
    }
  }
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) >= ALPHABET) return false;
  return true;
}
